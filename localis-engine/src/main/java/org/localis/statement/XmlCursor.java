package org.localis.statement;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.localis.input.ErrorCollector;

/**
 * A forward cursor over a StAX reader of text from {@link XmlIntake}: moves tag by tag, skips elements,
 * reads one element into an {@link XmlNode} tree with exact lines and source ranges, and turns every parser
 * failure into a recorded error ({@code line: message}) followed by {@link StopParsing}. Knows nothing of camt.
 */
final class XmlCursor implements AutoCloseable {

    private final XMLStreamReader reader;
    private final String text;
    private final LineIndex lines;
    private final ErrorCollector errors;
    private final int maxDepth;

    XmlCursor(XMLStreamReader reader, XmlIntake.Text text, ErrorCollector errors, int maxDepth) {
        this.reader = reader;
        this.text = text.text();
        this.lines = text.lines();
        this.errors = errors;
        this.maxDepth = maxDepth;
    }

    void stop(int line, String field, String message) {
        errors.add(line, field, message);
        throw new StopParsing();
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // nothing left to release
        }
    }

    /** The source text between two offsets (for the raw text of an element). */
    String source(int start, int end) {
        return text.substring(start, Math.max(start, end));
    }

    /** The line of the end of the text. */
    int lastLine() {
        return lines.lineOf(text.length());
    }

    int eventType() {
        return reader.getEventType();
    }

    String localName() {
        return reader.getLocalName();
    }

    String namespaceUri() {
        return reader.getNamespaceURI();
    }

    int next() {
        try {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                stop(line(reader.getLocation()), "DOCTYPE", "a DOCTYPE is not allowed in a bank statement");
            }
            return event;
        } catch (XMLStreamException e) {
            int line = line(e.getLocation());
            boolean atEnd = line >= lastLine();
            stop(line, "", (atEnd ? "unexpected end of file (the file may be truncated): " : "malformed XML: ")
                    + message(e));
        } catch (StopParsing e) {
            throw e;
        } catch (RuntimeException e) {
            stop(line(safeLocation()), "", "malformed XML: " + e.getMessage());
        }
        return -1;
    }

    private Location safeLocation() {
        try {
            return reader.getLocation();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int line(Location location) {
        return location == null ? 0 : Math.max(location.getLineNumber(), 0);
    }

    /** The parser's message without the JDK's position prefix. */
    static String message(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int i = m.indexOf("Message: ");
        return (i >= 0 ? m.substring(i + 9) : m).strip();
    }

    /** Moves to the next child start tag, or to the end tag of the current element. */
    int nextTag() {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
                return event;
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                stop(lastLine(), "", "unexpected end of file");
            }
        }
    }

    /** Skips the element whose start tag is current, up to its end tag. */
    void skip() {
        int depth = 1;
        while (depth > 0) {
            int event = nextTag();
            depth += event == XMLStreamConstants.START_ELEMENT ? 1 : -1;
        }
    }

    /** Where the current start tag begins (its '<'). */
    int startOffset() {
        int off = offset();
        if (off <= 0) {
            return 0;
        }
        int lt = text.lastIndexOf('<', off - 1);
        return Math.max(lt, 0);
    }

    /** Just past the current end tag (its '>'). */
    private int endOffset() {
        int off = offset();
        if (off > 0 && text.charAt(off - 1) == '>') {
            return off;
        }
        int gt = text.indexOf('>', Math.max(off, 0));
        return gt < 0 ? text.length() : gt + 1;
    }

    /**
     * The parser's position just after the current tag, as an offset into the text. Taken from the line
     * and column, which the JDK parser keeps exactly; its character offset drifts after some entity
     * references, so it is only a fallback.
     */
    private int offset() {
        Location loc = reader.getLocation();
        int off = lines.offsetOf(loc.getLineNumber(), loc.getColumnNumber());
        if (endsTag(off)) {
            return off;
        }
        int alt = loc.getCharacterOffset();
        if (endsTag(alt)) {
            return alt;
        }
        return off < 0 || off > text.length() ? -1 : off;
    }

    private boolean endsTag(int off) {
        return off > 0 && off <= text.length() && text.charAt(off - 1) == '>';
    }

    int startLine() {
        return lines.lineOf(startOffset());
    }

    int lineOf(int offset) {
        return lines.lineOf(offset);
    }

    /** Reads the element whose start tag is current into a tree, up to its end tag. */
    XmlNode readNode() {
        XmlNode root = newNode();
        Deque<XmlNode> open = new ArrayDeque<>();
        open.push(root);
        while (!open.isEmpty()) {
            int event = next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (open.size() >= maxDepth) {
                        stop(startLine(), reader.getLocalName(), "elements are nested more than " + maxDepth + " deep");
                    }
                    XmlNode child = newNode();
                    open.peek().children.add(child);
                    open.push(child);
                }
                case XMLStreamConstants.END_ELEMENT -> open.pop().end = endOffset();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        open.peek().appendText(reader.getText());
                case XMLStreamConstants.END_DOCUMENT -> stop(lastLine(), "", "unexpected end of file");
                default -> {
                    // comments and processing instructions carry no statement data
                }
            }
        }
        return root;
    }

    private XmlNode newNode() {
        int start = startOffset();
        int count = reader.getAttributeCount();
        Map<String, String> attributes = Map.of();
        if (count > 0) {
            attributes = new HashMap<>();
            for (int i = 0; i < count; i++) {
                attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
            }
        }
        return new XmlNode(reader.getLocalName(), lines.lineOf(start), start, attributes);
    }
}
