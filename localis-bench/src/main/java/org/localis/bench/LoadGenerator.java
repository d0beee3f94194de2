package org.localis.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small HTTP load generator for the app. Two modes:
 * <ul>
 *   <li>{@code max}: N connections each sending the next request as soon as the previous answers
 *       (closed model) — gives the maximum throughput;</li>
 *   <li>{@code rate}: requests started at a fixed rate whatever the answers (open model); latency is
 *       measured from the moment each request was DUE, so a stalled server is not hidden (no
 *       coordinated omission).</li>
 * </ul>
 * Usage: {@code java -cp localis-bench.jar org.localis.bench.LoadGenerator MODE URL SECONDS (CONNECTIONS|RATE) [post-pledge]}
 * Prints one line: mode, requests, errors, throughput, p50, p90, p99, max (ms).
 */
public final class LoadGenerator {

    private LoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: LoadGenerator max|rate URL SECONDS CONNECTIONS|RATE [post-pledge]");
            System.exit(2);
        }
        String mode = args[0];
        URI uri = URI.create(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int n = Integer.parseInt(args[3]);
        boolean pledge = args.length > 4 && args[4].equals("post-pledge");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(5)).build();
        Result r = mode.equals("max") ? closed(client, uri, seconds, n, pledge) : open(client, uri, seconds, n, pledge);
        System.out.println(r.line(mode, seconds));
        System.exit(0);
    }

    record Result(long[] latenciesNanos, int count, int errors) {
        String line(String mode, int seconds) {
            long[] l = Arrays.copyOf(latenciesNanos, count);
            Arrays.sort(l);
            return String.format(Locale.ROOT, "%s requests=%d errors=%d throughput=%.0f/s p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms",
                    mode, count, errors, count / (double) seconds, pct(l, 50), pct(l, 90), pct(l, 99),
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

    static HttpRequest request(URI uri, boolean pledge) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (pledge) {
            int rub = ThreadLocalRandom.current().nextInt(100, 5000);
            return b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"amount\":\"" + rub + "\"}"))
                    .build();
        }
        return b.GET().build();
    }

    static boolean ok(HttpResponse<?> r) {
        return r.statusCode() >= 200 && r.statusCode() < 300;
    }

    static Result closed(HttpClient client, URI uri, int seconds, int connections, boolean pledge) throws Exception {
        long[] lat = new long[5_000_000];
        AtomicInteger count = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        CountDownLatch done = new CountDownLatch(connections);
        for (int c = 0; c < connections; c++) {
            pool.submit(() -> {
                try {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<Void> r = client.send(request(uri, pledge), HttpResponse.BodyHandlers.discarding());
                            if (!ok(r)) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        int i = count.getAndIncrement();
                        if (i < lat.length) {
                            lat[i] = System.nanoTime() - t0;
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        pool.shutdownNow();
        return new Result(lat, Math.min(count.get(), lat.length), errors.get());
    }

    static Result open(HttpClient client, URI uri, int seconds, int rate, boolean pledge) throws Exception {
        int total = rate * seconds;
        long[] lat = new long[total];
        AtomicInteger errors = new AtomicInteger();
        AtomicLong finished = new AtomicLong();
        Semaphore inFlight = new Semaphore(10_000);
        long start = System.nanoTime();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        CountDownLatch all = new CountDownLatch(total);
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            inFlight.acquire();
            int idx = i;
            client.sendAsync(request(uri, pledge), HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                lat[idx] = System.nanoTime() - due;
                if (e != null || !ok(r)) {
                    errors.incrementAndGet();
                }
                finished.incrementAndGet();
                inFlight.release();
                all.countDown();
            });
        }
        all.await(60, TimeUnit.SECONDS);
        return new Result(lat, total, errors.get());
    }
}
