package org.relationsatlas.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throughput of one API address under load: N virtual threads each send the same GET as fast as the
 * app answers, for a fixed time, first without then with "Accept-Encoding: gzip". Prints requests/s
 * and p50/p95 latency of each. Not a test: run against a started app (see {@code ./atlas load}).
 * <p>
 * Arguments: base URL, path (default the whole period's events), seconds per run (20), concurrent
 * clients (32), warm-up seconds (5).
 */
public final class ApiLoad {

    private ApiLoad() {
    }

    /** What one run measured. */
    record Result(String label, long requests, long failures, double seconds, long bytes, long[] nanos) {

        double perSecond() {
            return requests / seconds;
        }

        double percentileMillis(double p) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-14s %7.0f req/s  p50 %6.1f ms  p95 %6.1f ms  %6.0f KB/answer  %d failed",
                    label, perSecond(), percentileMillis(0.50), percentileMillis(0.95),
                    requests == 0 ? 0.0 : bytes / 1024.0 / requests, failures);
        }
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args.length > 0 ? args[0] : "http://localhost:8080";
        String path = args.length > 1 ? args[1] : "/api/events";
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 32;
        int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        URI uri = URI.create(baseUrl + path);
        System.out.printf(Locale.ROOT, "GET %s, %d clients, %d s each (after %d s warm-up)%n", uri, clients, seconds, warmUp);
        for (boolean gzip : new boolean[] {false, true}) {
            String label = gzip ? "gzip" : "uncompressed";
            run(uri, gzip, clients, warmUp, label);
            System.out.println(run(uri, gzip, clients, seconds, label));
        }
    }

    static Result run(URI uri, boolean gzip, int clients, int seconds, String label) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        HttpRequest request = (gzip ? builder.header("Accept-Encoding", "gzip") : builder).build();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong failures = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        List<long[]> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            List<Long> mine = new ArrayList<>();
            perClient.add(null);
            int index = i;
            threads.add(Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (answer.statusCode() != 200) {
                            failures.incrementAndGet();
                            continue;
                        }
                        bytes.addAndGet(answer.body().length);
                        mine.add(System.nanoTime() - sent);
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
                synchronized (perClient) {
                    perClient.set(index, mine.stream().mapToLong(Long::longValue).toArray());
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        http.close();
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).toArray();
        return new Result(label, all.length, failures.get(), elapsed, bytes.get(), all);
    }
}
