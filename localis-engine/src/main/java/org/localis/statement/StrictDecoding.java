package org.localis.statement;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/** Strict decoding of statement bytes: malformed input is reported with its byte offset and line, never replaced. */
final class StrictDecoding {

    static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private StrictDecoding() {
    }

    /** Decoded text, or the byte offset of the first byte that is not valid in the charset. */
    record Decoded(String text, int badOffset) {
        boolean ok() {
            return text != null;
        }
    }

    /** Decodes {@code bytes[from..]} strictly: malformed or unmappable input is reported, not replaced. */
    static Decoded decode(byte[] bytes, int from, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) ((bytes.length - from) * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return new Decoded(null, in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            return new Decoded(null, in.position());
        }
        out.flip();
        return new Decoded(out.toString(), -1);
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** The 1-based line of a byte offset, counting LF bytes (right for every ASCII-compatible charset). */
    static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
