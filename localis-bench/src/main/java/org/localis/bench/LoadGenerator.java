package org.localis.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A small HTTP/1.1 load generator for the app, on plain keep-alive sockets (one thread per connection,
 * little CPU per request, so the app gets the machine). Two modes:
 * <ul>
 *   <li>{@code max}: N connections each sending the next request as soon as the previous answers
 *       (closed model): the maximum throughput;</li>
 *   <li>{@code rate}: a fixed offered rate spread over the connections, each request with its due time
 *       ({@code start + i / rate}); latency is measured from the moment a request was DUE, not from when it
 *       could be sent, so a stalled server is not hidden by the client waiting (no coordinated omission,
 *       as in wrk2). A connection that falls behind sends at once and its late requests count their wait.</li>
 * </ul>
 * Usage: {@code java -cp localis-bench.jar org.localis.bench.LoadGenerator MODE URL SECONDS (CONNECTIONS|RATE)
 * [post-pledge] [connections-for-rate]}; {@code -Dwarmup=SECONDS} (default 3) runs the same load first without
 * counting it. Prints one line: mode, requests, errors (non-2xx or I/O), throughput,
 * p50, p90, p99, max (ms).
 */
public final class LoadGenerator {

    private LoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: LoadGenerator max|rate URL SECONDS CONNECTIONS|RATE [post-pledge] [connections]");
            System.exit(2);
        }
        String mode = args[0];
        URI uri = URI.create(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int n = Integer.parseInt(args[3]);
        boolean pledge = args.length > 4 && args[4].equals("post-pledge");
        int connections = args.length > 5 ? Integer.parseInt(args[5]) : 32;
        int warmUp = Integer.parseInt(System.getProperty("warmup", "3"));
        if (warmUp > 0) {
            // the same load, not counted: the server's and this client's JIT compile, pools fill up
            run(uri, warmUp, mode.equals("max") ? n : connections, mode.equals("max") ? 0 : n, pledge);
        }
        Result r = mode.equals("max") ? run(uri, seconds, n, 0, pledge) : run(uri, seconds, connections, n, pledge);
        System.out.println(r.line(mode, seconds));
        System.exit(0);
    }

    record Result(long[] latenciesNanos, long errors) {
        String line(String mode, int seconds) {
            long[] l = latenciesNanos.clone();
            Arrays.sort(l);
            return String.format(Locale.ROOT, "%s requests=%d errors=%d throughput=%.0f/s p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms",
                    mode, l.length, errors, l.length / (double) seconds, pct(l, 50), pct(l, 90), pct(l, 99),
                    l.length == 0 ? 0 : l[l.length - 1] / 1e6);
        }

        private static double pct(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
        }
    }

    /** rate 0: closed loop; otherwise the offered rate per second over all connections. */
    static Result run(URI uri, int seconds, int connections, int rate, boolean pledge) throws InterruptedException {
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        List<Worker> workers = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Worker w = new Worker(uri, pledge, start, end, rate, c, connections);
            workers.add(w);
            w.thread.start();
        }
        long errors = 0;
        int total = 0;
        for (Worker w : workers) {
            w.thread.join();
            errors += w.errors;
            total += w.count;
        }
        long[] all = new long[total];
        int at = 0;
        for (Worker w : workers) {
            System.arraycopy(w.latencies, 0, all, at, w.count);
            at += w.count;
        }
        return new Result(all, errors);
    }

    private static final class Worker implements Runnable {
        final Thread thread = new Thread(this, "load");
        final URI uri;
        final boolean pledge;
        final long start;
        final long end;
        final long intervalNanos; // between this connection's requests; 0 = closed loop
        final long offsetNanos;
        long[] latencies = new long[1 << 14];
        int count;
        long errors;
        Socket socket;
        InputStream in;
        OutputStream out;

        Worker(URI uri, boolean pledge, long start, long end, int rate, int index, int connections) {
            this.uri = uri;
            this.pledge = pledge;
            this.start = start;
            this.end = end;
            this.intervalNanos = rate == 0 ? 0 : TimeUnit.SECONDS.toNanos(1) * connections / rate;
            this.offsetNanos = rate == 0 ? 0 : TimeUnit.SECONDS.toNanos(1) * index / rate;
        }

        @Override
        public void run() {
            long k = 0;
            while (true) {
                long due = intervalNanos == 0 ? System.nanoTime() : start + offsetNanos + k * intervalNanos;
                if (due >= end || System.nanoTime() >= end) {
                    break;
                }
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    sleep(wait);
                }
                boolean ok;
                try {
                    ok = exchange();
                } catch (IOException e) {
                    ok = false;
                    close();
                }
                record(System.nanoTime() - due, ok);
                k++;
            }
            close();
        }

        private void record(long nanos, boolean ok) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
            if (!ok) {
                errors++;
            }
        }

        private boolean exchange() throws IOException {
            if (socket == null) {
                socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
                socket.setSoTimeout(30_000);
                in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
                out = socket.getOutputStream();
            }
            out.write(request());
            out.flush();
            return readResponse();
        }

        private byte[] request() {
            String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            String host = uri.getHost() + ":" + uri.getPort();
            if (!pledge) {
                return ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: */*\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            }
            byte[] body = ("{\"amount\":\"" + ThreadLocalRandom.current().nextInt(100, 5000) + "\"}").getBytes(StandardCharsets.US_ASCII);
            return ("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n" + new String(body, StandardCharsets.US_ASCII))
                    .getBytes(StandardCharsets.US_ASCII);
        }

        /** Reads one response (status line, headers, body by Content-Length or chunked); true when 2xx. */
        private boolean readResponse() throws IOException {
            String status = line();
            if (status == null || status.length() < 12) {
                throw new IOException("connection closed");
            }
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closeAfter = false;
            String h;
            while ((h = line()) != null && !h.isEmpty()) {
                String lower = h.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closeAfter = true;
                }
            }
            if (chunked) {
                while (true) {
                    String size = line();
                    if (size == null) {
                        throw new IOException("truncated chunked body");
                    }
                    int semi = size.indexOf(';');
                    long n = Long.parseLong((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
                    if (n == 0) {
                        while ((h = line()) != null && !h.isEmpty()) {
                            // trailers
                        }
                        break;
                    }
                    skip(n);
                    line();
                }
            } else if (length >= 0) {
                skip(length);
            } else {
                closeAfter = true; // body until close: not expected from the app
                while (in.read() >= 0) {
                    // drain
                }
            }
            if (closeAfter) {
                close();
            }
            return code >= 200 && code < 300;
        }

        private void skip(long n) throws IOException {
            while (n > 0) {
                long s = in.skip(n);
                if (s <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("truncated body");
                    }
                    s = 1;
                }
                n -= s;
            }
        }

        private String line() throws IOException {
            StringBuilder sb = new StringBuilder(64);
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    int len = sb.length();
                    return len > 0 && sb.charAt(len - 1) == '\r' ? sb.substring(0, len - 1) : sb.toString();
                }
                sb.append((char) b);
            }
            return sb.length() == 0 ? null : sb.toString();
        }

        private void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing
                }
            }
            socket = null;
        }

        private static void sleep(long nanos) {
            try {
                TimeUnit.NANOSECONDS.sleep(nanos);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
