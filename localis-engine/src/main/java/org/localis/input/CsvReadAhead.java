package org.localis.input;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads the records of a {@link CsvReader} on a thread of its own, a batch ahead of the caller, so that
 * splitting and decoding the file (about half the work of reading a large BOM) runs on one core while the
 * caller checks the fields on another. The caller sees exactly what {@link CsvReader#next()} would have
 * given, in the same order and with the same line numbers; a {@link CsvReader.SyntaxException} or an
 * {@link IOException} is thrown to the caller after the records read before it, where the reader met it.
 *
 * <p>Start it once the header has been read and the reader set up ({@link CsvReader#repeatedValues}); from
 * then on only this object touches the reader. {@link #close()} stops the thread (when the caller stops
 * early, e.g. after too many errors) and waits for it, so the reader can then be closed.
 */
public final class CsvReadAhead implements AutoCloseable {

    private static final int BATCH = 1024;
    private static final int BATCHES_AHEAD = 8;

    /** Records read, their lines, and what ended the reading (when it ended after them). */
    private record Batch(String[][] rows, int[] lines, int count, boolean end, Throwable failure) {
    }

    private final CsvReader csv;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread thread;
    private volatile boolean stopped;

    private Batch batch;
    private int next;
    private int line;

    public CsvReadAhead(CsvReader csv) {
        this.csv = csv;
        this.thread = new Thread(this::readAll, "localis-csv-read-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    private void readAll() {
        String[][] rows = new String[BATCH][];
        int[] lines = new int[BATCH];
        int n = 0;
        try {
            while (!stopped) {
                String[] row = csv.next();
                if (row == null) {
                    queue.put(new Batch(rows, lines, n, true, null));
                    return;
                }
                rows[n] = row;
                lines[n] = csv.recordLine();
                if (++n == BATCH) {
                    queue.put(new Batch(rows, lines, n, false, null));
                    rows = new String[BATCH][];
                    lines = new int[BATCH];
                    n = 0;
                }
            }
        } catch (InterruptedException e) {
            // stopped
        } catch (Throwable e) {
            try {
                queue.put(new Batch(rows, lines, n, true, e));
            } catch (InterruptedException stop) {
                // stopped
            }
        }
    }

    /**
     * The next record, as {@link CsvReader#next()}; {@link #recordLine()} is its line.
     *
     * @throws CsvReader.SyntaxException on broken quoting or bytes that are not text, after the records before it
     */
    public String[] next() throws IOException, CsvReader.SyntaxException {
        while (batch == null || next == batch.count()) {
            if (batch != null && batch.end()) {
                Throwable failure = batch.failure();
                if (failure == null) {
                    return null;
                }
                if (failure instanceof CsvReader.SyntaxException s) {
                    throw s;
                }
                if (failure instanceof IOException io) {
                    throw io;
                }
                if (failure instanceof RuntimeException r) {
                    throw r;
                }
                throw (Error) failure;
            }
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading", e);
            }
            next = 0;
        }
        line = batch.lines()[next];
        return batch.rows()[next++];
    }

    /** The 1-based line on which the record last returned by {@link #next()} starts. */
    public int recordLine() {
        return line;
    }

    /** Stops reading ahead and waits for the reading thread to end; the reader is the caller's again. */
    @Override
    public void close() {
        stopped = true;
        boolean interrupted = false;
        while (thread.isAlive()) {
            queue.clear(); // a thread waiting to hand over a batch sees room, then the stop
            try {
                thread.join(10);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
