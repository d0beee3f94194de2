package org.localis.statement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import org.localis.input.InputError;
import org.localis.input.InvalidInputException;

/** Test helpers: the sample files of {@code src/test/resources/statements} and error capture. */
final class StatementTestFiles {

    private StatementTestFiles() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = StatementTestFiles.class.getResourceAsStream("/statements/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource statements/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String utf8(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** The errors of a read that must fail with {@link InvalidInputException} (and nothing else). */
    static List<InputError> errors(Supplier<?> read) {
        try {
            read.get();
        } catch (InvalidInputException e) {
            return e.errors();
        }
        throw new AssertionError("expected the statement to be rejected");
    }

    /** 1-based line of a character index. */
    static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** 1-based line of the n-th (1-based) occurrence of a string. */
    static int lineOfOccurrence(String text, String what, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = text.indexOf(what, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException(what + " occurs fewer than " + n + " times");
            }
        }
        return lineOf(text, at);
    }

    /** Replaces the n-th (1-based) occurrence of a string. */
    static String replaceOccurrence(String text, String what, int n, String with) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = text.indexOf(what, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException(what + " occurs fewer than " + n + " times");
            }
        }
        return text.substring(0, at) + with + text.substring(at + what.length());
    }
}
