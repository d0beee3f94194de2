package org.localis.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small read-only element tree of one part of a camt.053 file (a {@code Ntry}, a {@code Bal}…), by
 * local name (namespace prefixes ignored), with the 1-based line and the character range of the
 * element in the decoded text.
 */
final class XmlNode {

    final String name;
    final int line;
    final int start;
    int end;
    final Map<String, String> attributes;
    final List<XmlNode> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    XmlNode(String name, int line, int start, Map<String, String> attributes) {
        this.name = name;
        this.line = line;
        this.start = start;
        this.attributes = attributes;
    }

    void appendText(String s) {
        text.append(s);
    }

    /** The element's own text, stripped; empty when it has none. */
    String text() {
        return text.toString().strip();
    }

    String attribute(String localName) {
        return attributes.get(localName);
    }

    /** The first child with this local name, or null. */
    XmlNode child(String childName) {
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    /** The first descendant along this path of local names, or null. */
    XmlNode path(String... names) {
        XmlNode n = this;
        for (String name : names) {
            n = n.child(name);
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    /** The text at this path, stripped, or null when the element is absent or empty. */
    String text(String... names) {
        XmlNode n = path(names);
        if (n == null) {
            return null;
        }
        String t = n.text();
        return t.isEmpty() ? null : t;
    }

    /** Every child with this local name. */
    List<XmlNode> all(String childName) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Every element reached by this path of local names (each step may repeat). */
    List<XmlNode> allAlong(String... names) {
        List<XmlNode> level = List.of(this);
        for (String name : names) {
            List<XmlNode> next = new ArrayList<>();
            for (XmlNode n : level) {
                next.addAll(n.all(name));
            }
            level = next;
        }
        return level;
    }
}
