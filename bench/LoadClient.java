import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * A small HTTP/1.1 load client for the benchmarks, run as a single-file program (JDK 17, no build):
 *
 * <pre>
 *   java bench/LoadClient.java --url http://127.0.0.1:18080/api/v1/screenings --body FILE \
 *        --rate 4000 --duration 20 --warmup 5 [--connections 32]     # fixed rate (open model)
 *   java bench/LoadClient.java --url ... --body FILE --requests 100000 [--connections 16]   # fixed count
 *   java bench/LoadClient.java --url ... --body FILE --requests 5000000 --max-seconds 30 \
 *        --expect ANSWER_FILE --timeline FILE                                               # scale-out
 * </pre>
 *
 * <p>Fixed rate: connection i of C sends its k-th request at start + (i + k*C) / rate, so the whole
 * client offers {@code rate} requests a second whatever the server does (wrk2's model; wrk2 is not in
 * Debian). Latency is corrected for coordinated omission: when a request goes out late because the
 * previous answer on its connection came late, its latency counts from the time it was due; when it
 * goes out on time (the client slept until then), from the time it was sent, so the client's own
 * wake-up jitter is not charged to the server. Keep-alive connections, loopback only, bounded in time.
 *
 * <p>Fixed count, as fast as the connections go: {@code --max-seconds} also stops it after that long;
 * {@code --expect} compares every answer's body with a file byte for byte (a different body is a
 * mismatch, counted apart from errors); {@code --timeline} writes one line per second of the run,
 * {@code epoch_ms ok failed}, where failed is any answer but a 200 with the expected body, or a broken
 * connection (the connection is then opened again, so one failure never ends the run).
 *
 * <p>{@code --content-type} sets the request's media type (default application/json; application/fhir+json
 * posts a QuestionnaireResponse).
 *
 * <p>Prints one line: {@code RESULT mode=... requests=... errors=... rate=... p50_ms=... p90_ms=...
 * p99_ms=... p999_ms=... max_ms=...}.
 */
public final class LoadClient {

    public static void main(String[] args) throws Exception {
        Config config = Config.parse(args);
        URI uri = URI.create(config.url);
        if (!"127.0.0.1".equals(uri.getHost()) && !"localhost".equals(uri.getHost())) {
            throw new IllegalArgumentException("loopback only: " + uri.getHost());
        }
        byte[] body = Files.readAllBytes(Path.of(config.body));
        byte[] request = ("POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nContent-Type: " + config.contentType + "\r\nAccept: application/json\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] message = Arrays.copyOf(request, request.length + body.length);
        System.arraycopy(body, 0, message, request.length, body.length);

        if (config.requests > 0) {
            closedLoop(config, uri, message);
        } else {
            if (config.warmup > 0) {
                openLoop(config, uri, message, config.warmup, false);
            }
            openLoop(config, uri, message, config.duration, true);
        }
    }

    /** Fixed count, as fast as the connections go: the RSS figure after N requests, and the scale-out run. */
    private static void closedLoop(Config config, URI uri, byte[] message) throws Exception {
        byte[] expected = config.expect == null ? null : Files.readAllBytes(Path.of(config.expect));
        AtomicLong remaining = new AtomicLong(config.requests);
        AtomicLong sent = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong mismatches = new AtomicLong();
        int seconds = (int) Math.ceil(config.maxSeconds > 0 ? config.maxSeconds : 600) + 1;
        AtomicLongArray ok = new AtomicLongArray(seconds);
        AtomicLongArray failed = new AtomicLongArray(seconds);
        List<Thread> threads = new ArrayList<>();
        long startedMillis = System.currentTimeMillis();
        long started = System.nanoTime();
        long deadline = config.maxSeconds > 0 ? started + (long) (config.maxSeconds * 1e9) : Long.MAX_VALUE;
        if (config.timeline != null) {
            System.out.println("STARTED " + startedMillis); // the scale-out script times its SIGTERM from here
            System.out.flush();
        }
        for (int c = 0; c < config.connections; c++) {
            threads.add(daemon(() -> {
                Connection connection = null;
                ByteArrayOutputStream body = expected == null ? null : new ByteArrayOutputStream(expected.length);
                while (System.nanoTime() < deadline && remaining.getAndDecrement() > 0) {
                    sent.incrementAndGet();
                    boolean good;
                    try {
                        if (connection == null) {
                            connection = new Connection(uri);
                        }
                        if (body != null) {
                            body.reset();
                        }
                        good = connection.exchange(message, body) == 200;
                        if (!good) {
                            errors.incrementAndGet();
                        } else if (body != null && !Arrays.equals(expected, body.toByteArray())) {
                            mismatches.incrementAndGet();
                            good = false;
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                        good = false;
                        connection = closeQuietly(connection);
                    }
                    int second = (int) Math.min(seconds - 1, (System.currentTimeMillis() - startedMillis) / 1000);
                    (good ? ok : failed).incrementAndGet(second);
                }
                closeQuietly(connection);
            }));
        }
        join(threads);
        double elapsed = (System.nanoTime() - started) / 1e9;
        if (config.timeline != null) {
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < seconds && i < elapsed; i++) {
                lines.append(startedMillis + i * 1000L).append(' ').append(ok.get(i)).append(' ').append(failed.get(i)).append('\n');
            }
            Files.writeString(Path.of(config.timeline), lines);
        }
        System.out.printf(Locale.ROOT, "RESULT mode=count requests=%d errors=%d mismatches=%d rate=%.0f seconds=%.1f%n", sent.get(),
                errors.get(), mismatches.get(), sent.get() / elapsed, elapsed);
    }

    private static Connection closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (IOException ignored) {
                // already broken
            }
        }
        return null;
    }

    private static void openLoop(Config config, URI uri, byte[] message, double seconds, boolean report) throws Exception {
        int connections = config.connections;
        double interval = 1e9 / config.rate;                 // ns between two requests of the whole client
        long perConnection = (long) Math.ceil(seconds * config.rate / connections);
        long start = System.nanoTime() + 50_000_000L;        // every connection open before the first send
        long[][] latencies = new long[connections][];
        int[] counts = new int[connections];
        AtomicLong errors = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int id = c;
            latencies[c] = new long[(int) perConnection];
            threads.add(daemon(() -> {
                try (Connection connection = new Connection(uri)) {
                    long previousEnd = 0;
                    for (long k = 0; k < perConnection; k++) {
                        long due = start + (long) ((id + k * connections) * interval);
                        long now = System.nanoTime();
                        long from;
                        if (now < due) {
                            while ((now = System.nanoTime()) < due) {
                                LockSupport.parkNanos(due - now);
                            }
                            from = now;                      // on time: count from the actual send
                        } else {
                            from = previousEnd > due ? due : now; // late because the last answer was late: from due
                        }
                        int status = connection.exchange(message);
                        previousEnd = System.nanoTime();
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                        latencies[id][counts[id]++] = previousEnd - from;
                    }
                } catch (IOException e) {
                    errors.incrementAndGet();
                }
            }));
        }
        join(threads);
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (!report) {
            return;
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < connections; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        System.out.printf(Locale.ROOT,
                "RESULT mode=rate target=%.0f requests=%d errors=%d rate=%.0f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f p999_ms=%.3f max_ms=%.3f%n",
                config.rate, total, errors.get(), total / elapsed, ms(all, 0.50), ms(all, 0.90), ms(all, 0.99), ms(all, 0.999),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
    }

    private static void join(List<Thread> threads) throws InterruptedException {
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    /** One keep-alive HTTP/1.1 connection; reads answers with Content-Length or chunked bodies. */
    static final class Connection implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        Connection(URI uri) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
            socket.setSoTimeout(30_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        }

        int exchange(byte[] message) throws IOException {
            return exchange(message, null);
        }

        /** Sends one request and reads its answer; the body goes to {@code body} when given, else it is skipped. */
        int exchange(byte[] message, ByteArrayOutputStream body) throws IOException {
            out.write(message);
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().trim(), 16); size > 0; size = Long.parseLong(line().trim(), 16)) {
                    read(size, body);
                    line();
                }
                line();
            } else if (length > 0) {
                read(length, body);
            }
            return status;
        }

        private void read(long n, ByteArrayOutputStream body) throws IOException {
            if (body == null) {
                skip(n);
                return;
            }
            byte[] bytes = in.readNBytes((int) n);
            if (bytes.length < n) {
                throw new IOException("connection closed");
            }
            body.write(bytes, 0, bytes.length);
        }

        private void skip(long n) throws IOException {
            while (n > 0) {
                long skipped = in.skip(n);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("connection closed");
                    }
                    skipped = 1;
                }
                n -= skipped;
            }
        }

        private String line() throws IOException {
            StringBuilder sb = new StringBuilder(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("connection closed");
                }
                if (b != '\r') {
                    sb.append((char) b);
                }
            }
            return sb.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    record Config(String url, String body, double rate, double duration, double warmup, int connections, long requests,
                  double maxSeconds, String expect, String timeline, String contentType) {
        static Config parse(String[] args) {
            String url = null;
            String body = null;
            double rate = 0;
            double duration = 20;
            double warmup = 5;
            int connections = -1;
            long requests = 0;
            double maxSeconds = 0;
            String expect = null;
            String timeline = null;
            String contentType = "application/json";
            for (int i = 0; i < args.length; i += 2) {
                String value = args[i + 1];
                switch (args[i]) {
                    case "--url" -> url = value;
                    case "--body" -> body = value;
                    case "--rate" -> rate = Double.parseDouble(value);
                    case "--duration" -> duration = Double.parseDouble(value);
                    case "--warmup" -> warmup = Double.parseDouble(value);
                    case "--connections" -> connections = Integer.parseInt(value);
                    case "--requests" -> requests = Long.parseLong(value);
                    case "--max-seconds" -> maxSeconds = Double.parseDouble(value);
                    case "--expect" -> expect = value;
                    case "--timeline" -> timeline = value;
                    case "--content-type" -> contentType = value;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (url == null || body == null || (rate <= 0 && requests <= 0)) {
                throw new IllegalArgumentException("usage: --url URL --body FILE (--rate R [--duration S --warmup S] | --requests N) [--connections C]");
            }
            if (duration > 600 || maxSeconds > 600 || requests > 10_000_000) {
                throw new IllegalArgumentException("bounded: at most 600 s and 10,000,000 requests");
            }
            return new Config(url, body, rate, duration, warmup, connections > 0 ? connections : requests > 0 ? 16 : 32, requests,
                    maxSeconds, expect, timeline, contentType);
        }
    }

    private static Thread daemon(Runnable r) {
        Thread thread = new Thread(r);
        thread.setDaemon(true);
        return thread;
    }
}
