package org.localis.statement;

import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.localis.input.ErrorCollector;

/**
 * Safe intake of an XML statement: bytes to text (byte order mark, UTF-16 sniffing, the XML declaration's
 * encoding, strict decoding), the DOCTYPE guard, and a StAX reader that can neither process a DTD nor
 * fetch anything. Knows nothing of camt.
 *
 * <p>No DTD is ever processed: a file with a {@code DOCTYPE} is refused before a parser sees it (so XXE and
 * entity-expansion "billion laughs" files are rejected with a clear message and nothing is fetched), and
 * the parser runs with {@code SUPPORT_DTD=false}, {@code IS_SUPPORTING_EXTERNAL_ENTITIES=false}, no external
 * DTD/schema access and a resolver that refuses everything.
 */
final class XmlIntake {

    private static final Pattern DECLARED_ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    /** The decoded text (lone CRs turned into LFs) and its line index. */
    record Text(String text, LineIndex lines) {
    }

    private final byte[] bytes;
    private final ErrorCollector errors;

    private XmlIntake(byte[] bytes, ErrorCollector errors) {
        this.bytes = bytes;
        this.errors = errors;
    }

    /**
     * Decodes the bytes and applies the DOCTYPE guard.
     *
     * @throws StopParsing after recording the problem in {@code errors}
     */
    static Text text(byte[] bytes, ErrorCollector errors) {
        XmlIntake intake = new XmlIntake(bytes, errors);
        if (bytes.length > StatementFiles.MAX_BYTES) {
            intake.stop(0, "", StatementFiles.tooLarge(bytes.length));
        }
        String text = intake.decode();
        Text t = new Text(text, new LineIndex(text));
        intake.refuseDoctype(t);
        return t;
    }

    /** A namespace-aware StAX reader over the text that processes no DTD and reads nothing external. */
    static XMLStreamReader reader(Text text) throws XMLStreamException {
        return factory().createXMLStreamReader(new StringReader(text.text()));
    }

    private void stop(int line, String field, String message) {
        errors.add(line, field, message);
        throw new StopParsing();
    }

    private String decode() {
        if (bytes.length == 0) {
            stop(0, "", "the file is empty");
        }
        Charset charset;
        int skip = 0;
        if (StrictDecoding.startsWith(bytes, StrictDecoding.UTF8_BOM)) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (StrictDecoding.startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (StrictDecoding.startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (StrictDecoding.startsWith(bytes, new byte[] {0, '<'})) {
            charset = StandardCharsets.UTF_16BE;
        } else if (StrictDecoding.startsWith(bytes, new byte[] {'<', 0})) {
            charset = StandardCharsets.UTF_16LE;
        } else {
            charset = declaredCharset();
        }
        StrictDecoding.Decoded decoded = StrictDecoding.decode(bytes, skip, charset);
        if (!decoded.ok()) {
            int line = charset.name().startsWith("UTF-16") ? 0 : StrictDecoding.lineOfByte(bytes, skip + decoded.badOffset());
            stop(line, "", "is not valid " + charset.name() + " text (byte " + (skip + decoded.badOffset() + 1)
                    + "); save the statement as the bank delivered it");
        }
        return lineBreaks(decoded.text());
    }

    /**
     * A lone CR becomes LF, as XML reads it anyway: the parser then counts lines and columns the way
     * {@link LineIndex} does. CRLF is kept.
     */
    private static String lineBreaks(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n')) {
                return s.replaceAll("\r(?!\n)", "\n");
            }
        }
        return s;
    }

    /** The encoding of the XML declaration ({@code <?xml … encoding="…"?>}), UTF-8 when there is none. */
    private Charset declaredCharset() {
        int n = Math.min(bytes.length, 200);
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        if (!head.startsWith("<?xml")) {
            return StandardCharsets.UTF_8;
        }
        int end = head.indexOf("?>");
        Matcher m = DECLARED_ENCODING.matcher(end < 0 ? head : head.substring(0, end));
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            stop(1, "encoding", "the XML declaration names the encoding '" + m.group(1) + "', which is not supported");
            return null;
        }
    }

    /**
     * Refuses any DOCTYPE in the prolog before a parser sees the text: no entity is declared, expanded or
     * fetched.
     */
    private void refuseDoctype(Text t) {
        String text = t.text();
        int i = 0;
        int n = text.length();
        if (n > 0 && text.charAt(0) == '\uFEFF') {
            i = 1;
        }
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                i++;
            } else if (text.startsWith("<?", i)) {
                int j = text.indexOf("?>", i + 2);
                if (j < 0) {
                    return;
                }
                i = j + 2;
            } else if (text.startsWith("<!--", i)) {
                int j = text.indexOf("-->", i + 4);
                if (j < 0) {
                    return;
                }
                i = j + 3;
            } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                stop(t.lines().lineOf(i), "DOCTYPE", "a DOCTYPE (document type declaration) is not allowed in a bank"
                        + " statement; the file was refused without being processed (a DOCTYPE can declare"
                        + " entities that expand without bound or read other files)");
            } else {
                return;
            }
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        setIfSupported(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        setIfSupported(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not read (" + systemId + ")");
        });
        f.setXMLReporter((message, type, info, location) -> {
        });
        return f;
    }

    private static void setIfSupported(XMLInputFactory f, String property, Object value) {
        try {
            f.setProperty(property, value);
        } catch (IllegalArgumentException e) {
            // this property is not known to the parser; the DOCTYPE guard covers it
        }
    }
}
