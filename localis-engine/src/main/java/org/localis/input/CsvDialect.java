package org.localis.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How a CSV file was written, as {@link CsvReader} detects it from the bytes: the encoding (UTF-8 with or
 * without a byte-order mark, UTF-16 with one, windows-1251) and the separator ({@code ,} {@code ;} or tab).
 * Where the separator is not a comma, numbers may have a decimal comma (as Russian Excel saves them).
 */
public record CsvDialect(Charset charset, char separator, boolean byteOrderMark) {

    /** The dialect of the formats' specification: UTF-8, comma separated. */
    public static final CsvDialect STANDARD = new CsvDialect(StandardCharsets.UTF_8, ',', false);

    /** Whether numbers may be written with a decimal comma (the separator is not a comma). */
    public boolean decimalComma() {
        return separator != ',';
    }

    /** For messages: {@code windows-1251 text separated by ';'}. */
    public String describe() {
        String sep = switch (separator) {
            case '\t' -> "tabs";
            case ';' -> "';'";
            default -> "','";
        };
        return charset.name() + (byteOrderMark ? " (with a byte-order mark)" : "") + " text separated by " + sep;
    }
}
