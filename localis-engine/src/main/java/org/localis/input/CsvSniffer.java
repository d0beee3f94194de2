package org.localis.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Detects how a CSV file was written from its first bytes: the encoding, then the separator of its first
 * record. Encoding: a byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE); otherwise the sample is UTF-8
 * when it decodes as UTF-8 (ASCII included), else windows-1251 (the only other encoding Russian spreadsheets
 * save CSV in). Separator: of comma, semicolon and tab, the one found most often outside quotes in the first
 * record (comma when none is). A zip (an .xlsx workbook) or a file with NUL bytes is not CSV and is refused.
 */
final class CsvSniffer {

    /** How much of the file is looked at. */
    static final int SAMPLE = 1 << 16;

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    /** The dialect, and a stream that gives the whole file again from its first byte. */
    record Sniffed(CsvDialect dialect, InputStream stream) {
    }

    private CsvSniffer() {
    }

    static Sniffed sniff(InputStream in) throws IOException, CsvReader.SyntaxException {
        byte[] head = in.readNBytes(SAMPLE);
        boolean complete = head.length < SAMPLE;
        InputStream whole = new SequenceInputStream(new ByteArrayInputStream(head), in);
        return new Sniffed(dialect(head, complete), whole);
    }

    /** The dialect of a file that starts with {@code head} ({@code complete}: the whole file). */
    static CsvDialect dialect(byte[] head, boolean complete) throws CsvReader.SyntaxException {
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            throw new CsvReader.SyntaxException(1, "this is an Excel workbook (.xlsx) or another zip file, not CSV:"
                    + " upload it as .xlsx, or save the sheet as CSV (UTF-8 or windows-1251)");
        }
        Charset charset;
        boolean bom = false;
        int skip = 0;
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bom = true;
            skip = 3;
        } else if (startsWith(head, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bom = true;
            skip = 2;
        } else if (startsWith(head, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bom = true;
            skip = 2;
        } else {
            for (byte b : head) {
                if (b == 0) {
                    throw new CsvReader.SyntaxException(1, "this is not a text file (it has NUL bytes): save the table"
                            + " as CSV (UTF-8 or windows-1251), or upload an .xlsx workbook");
                }
            }
            charset = isUtf8(head, complete) ? StandardCharsets.UTF_8 : WINDOWS_1251;
        }
        String text = new String(head, skip, head.length - skip, charset);
        return new CsvDialect(charset, separator(text), bom);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the sample is UTF-8; a sequence cut by the end of an incomplete sample does not count against it. */
    static boolean isUtf8(byte[] head, boolean complete) {
        int end = head.length;
        if (!complete) {
            // drop a multi-byte sequence that the sample's end may have cut
            int i = end - 1;
            int back = 0;
            while (i >= 0 && back < 3 && (head[i] & 0xC0) == 0x80) {
                i--;
                back++;
            }
            if (i >= 0 && (head[i] & 0xC0) == 0xC0) {
                end = i;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The separator of the first non-blank record of the text: the most frequent of , ; tab outside quotes. */
    static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        boolean started = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (started) {
                    break;
                }
            } else if (!quoted) {
                if (c == ',') {
                    commas++;
                } else if (c == ';') {
                    semicolons++;
                } else if (c == '\t') {
                    tabs++;
                }
            }
            if (c != '\n' && c != '\r' && c != '\uFEFF') {
                started = true;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return ',';
    }
}
