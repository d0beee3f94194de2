package org.localis.statement;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.localis.input.InputError;
import org.localis.input.InputFiles;
import org.localis.input.InvalidInputException;

/**
 * Reads a bank statement in whichever supported format it is, by looking at its first bytes (the
 * name does not matter): after an optional byte order mark and white space, {@code <} means camt.053
 * XML ({@link Camt053Reader}), a first line {@code 1CClientBankExchange} means the 1C format
 * ({@link ClientBankExchangeReader}). Anything else, and any file over {@link #MAX_BYTES}, is refused
 * with an {@link InvalidInputException}.
 */
public final class StatementFiles {

    /**
     * Largest statement file accepted: 50 MiB. A year of a busy account is a few MB; a larger upload is
     * refused before it is parsed, with a message asking for a shorter period.
     */
    public static final int MAX_BYTES = 50 * 1024 * 1024;

    static final String CLIENT_BANK_EXCHANGE_MARK = "1CClientBankExchange";

    private StatementFiles() {
    }

    public static StatementFile read(Path path) {
        return InputFiles.read(path, StatementFiles::read);
    }

    /** Reads a statement from a stream (at most {@link #MAX_BYTES} are read); see {@link #read(byte[], String)}. */
    public static StatementFile read(InputStream in, String fileName) {
        return read(readBytes(in, fileName), fileName);
    }

    /**
     * Detects the format and reads the statement.
     *
     * @throws InvalidInputException when the format is not recognised, the file is too large, or the
     *                               reader of its format rejects it
     */
    public static StatementFile read(byte[] content, String fileName) {
        return switch (detect(content, fileName)) {
            case CAMT_053 -> Camt053Reader.read(content, fileName);
            case CLIENT_BANK_EXCHANGE -> ClientBankExchangeReader.read(content, fileName);
        };
    }

    /**
     * The format of a statement file from its first bytes.
     *
     * @throws InvalidInputException when it is too large or neither format
     */
    public static StatementFormat detect(byte[] content, String fileName) {
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException(InputError.ofFile(fileName, tooLarge(content.length)));
        }
        int i = 0;
        if (StrictDecoding.startsWith(content, StrictDecoding.UTF8_BOM)) {
            i = 3;
        } else if (content.length >= 2 && ((content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
                || (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE))) {
            i = 2;
        }
        while (i < content.length && (content[i] == ' ' || content[i] == '\t' || content[i] == '\r'
                || content[i] == '\n' || content[i] == 0)) {
            i++;
        }
        if (i < content.length && content[i] == '<') {
            return StatementFormat.CAMT_053;
        }
        byte[] mark = CLIENT_BANK_EXCHANGE_MARK.getBytes(StandardCharsets.US_ASCII);
        int end = i + mark.length;
        if (end <= content.length && java.util.Arrays.equals(content, i, end, mark, 0, mark.length)) {
            while (end < content.length && (content[end] == ' ' || content[end] == '\t')) {
                end++;
            }
            if (end == content.length || content[end] == '\r' || content[end] == '\n') {
                return StatementFormat.CLIENT_BANK_EXCHANGE;
            }
        }
        String what = content.length == 0 ? "the file is empty" : "not a bank statement this program reads";
        throw new InvalidInputException(InputError.of(fileName, content.length == 0 ? 0 : 1, "",
                what + ": expected ISO 20022 camt.053 XML (starting with '<') or a 1C client-bank exchange file"
                        + " (first line 1CClientBankExchange)"));
    }

    /** All bytes of a stream, refusing more than {@link #MAX_BYTES}. */
    static byte[] readBytes(InputStream in, String fileName) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InvalidInputException(InputError.ofFile(fileName, tooLarge(bytes.length)));
            }
            return bytes;
        } catch (IOException e) {
            throw new InvalidInputException(InputError.ofFile(fileName, "cannot be read: " + e.getMessage()));
        }
    }

    static String tooLarge(long size) {
        return "the file is larger than " + (MAX_BYTES / (1024 * 1024)) + " MB (" + size + " bytes or more);"
                + " export a shorter period from the bank";
    }
}
