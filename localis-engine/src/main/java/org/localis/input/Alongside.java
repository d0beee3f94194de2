package org.localis.input;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work done on a thread of its own while the caller goes on (a large BOM's second half, the scheme's file while the
 * BOM is read), and its result taken back: plain threads, as the engine runs in the CLI, the web application and
 * tests alike without an executor of its own.
 */
public final class Alongside {

    private Alongside() {
    }

    /** Starts {@code work} on a daemon thread of this name (it does not keep the JVM alive). */
    public static void start(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
    }

    /**
     * The task's result: it is run here when no thread has taken it yet (then the thread's run does nothing), else
     * waited for. What the task threw is thrown here as it was (a checked exception wrapped in an
     * {@link IllegalStateException}); an interrupt while waiting is kept for the caller.
     */
    public static <T> T result(FutureTask<T> task) {
        task.run();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
