package org.localis.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.localis.input.InputError;
import org.localis.input.InvalidInputException;

/**
 * What every fuzz test asks of a rejected input: the documented {@link InvalidInputException}, carrying at
 * least one error, every error naming the file it was given, a message a person can read, and a line that is
 * in the file (0 for the file as a whole).
 */
final class FuzzChecks {

    /** Inputs past this size are not tried: a run stays fast and libFuzzer's own limit is never the bound. */
    static final int MAX_INPUT = 64 * 1024;

    private FuzzChecks() {
    }

    /**
     * @param maxLine the last line an error may name, or {@link Integer#MAX_VALUE} when lines are not text
     *                lines (Excel row numbers)
     */
    static void checkRejection(InvalidInputException e, String file, int maxLine) {
        assertThat(e.errors()).as("errors of %s", e).isNotEmpty();
        assertThat(e.getMessage()).isNotBlank();
        for (InputError error : e.errors()) {
            assertThat(error.file()).as("file of %s", error).isEqualTo(file);
            assertThat(error.message()).as("message of %s", error).isNotBlank();
            assertThat(error.line()).as("line of %s", error).isBetween(0, maxLine);
            assertThat(error.field()).as("field of %s", error).isNotNull();
        }
    }

    /** The number of text lines of the input, ending lines at LF, CRLF or a lone CR. */
    static int lineCount(byte[] data) {
        int lines = 1;
        for (int i = 0; i < data.length; i++) {
            if (data[i] == '\n') {
                lines++;
            } else if (data[i] == '\r' && (i + 1 == data.length || data[i + 1] != '\n')) {
                lines++;
            }
        }
        return lines;
    }
}
