package org.localis.statement;

import java.util.Arrays;

/** Maps character offsets in a text to 1-based line numbers (a line ends at LF; CRLF counts once). */
final class LineIndex {
    private final int[] starts;

    LineIndex(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        starts = new int[n];
        int k = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[k++] = i + 1;
            }
        }
    }

    int lineOf(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The offset of a 1-based line and column, or -1 when out of range. */
    int offsetOf(int line, int column) {
        if (line < 1 || line > starts.length || column < 1) {
            return -1;
        }
        return starts[line - 1] + column - 1;
    }
}
