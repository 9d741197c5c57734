package org.mutualrecognition.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load client of bench/load.py ({@code --client java}): N threads, each with one keep-alive HTTP/1.1 connection
 * on loopback, sending POSTs back to back for warm-up + measured seconds; prints one JSON line with the count, errors,
 * latency percentiles and the client's own CPU time. Plain sockets: a few microseconds of client work per request,
 * so the client does not limit the service on a small machine as Python's http.client can.
 *
 * <pre>java -cp target/benchmarks.jar org.mutualrecognition.bench.LoadClient PORT CLIENTS WARMUP_S SECONDS MODE RUN_ID
 *   MODE: submissions (POST /api/v1/applications, every case file's application under fresh references, expect 201)
 *         stock       (POST /level-referencing {"framework":"IE-NFQ","level":"6",...}, expect 200)</pre>
 * Run from the project root (reads fixtures/).
 */
public final class LoadClient {

    static final byte[] STOCK_BODY = "{\"framework\":\"IE-NFQ\",\"level\":\"6\",\"metaFramework\":null,\"metaLevel\":null}"
            .getBytes(StandardCharsets.US_ASCII);
    static final String PLACEHOLDER = "@@REF@@";

    private LoadClient() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int clients = Integer.parseInt(args[1]);
        double warmup = Double.parseDouble(args[2]);
        double seconds = Double.parseDouble(args[3]);
        String mode = args[4];
        String runId = args[5];
        boolean submissions = "submissions".equals(mode);
        String path = submissions ? "/api/v1/applications" : "/level-referencing";
        int expect = submissions ? 201 : 200;
        List<byte[][]> templates = submissions ? templates() : List.of();

        long start = System.nanoTime();
        long measureFrom = start + (long) (warmup * 1e9);
        long stopAt = measureFrom + (long) (seconds * 1e9);
        List<long[]> latencies = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        int[] counts = new int[clients];
        CountDownLatch done = new CountDownLatch(clients);
        long cpu0 = cpuNanos();
        for (int w = 0; w < clients; w++) {
            long[] mine = new long[1 << 18];
            latencies.add(mine);
            int worker = w;
            Thread t = new Thread(() -> {
                try {
                    counts[worker] = run(port, path, expect, worker, runId, templates, measureFrom, stopAt, mine, errors);
                } catch (IOException e) {
                    errors.incrementAndGet();
                } finally {
                    done.countDown();
                }
            }, "load-" + w);
            t.setDaemon(true);
            t.start();
        }
        done.await();
        long cpu = cpuNanos() - cpu0;
        int n = Arrays.stream(counts).sum();
        long[] all = new long[n];
        int at = 0;
        for (int w = 0; w < clients; w++) {
            System.arraycopy(latencies.get(w), 0, all, at, counts[w]);
            at += counts[w];
        }
        Arrays.sort(all);
        System.out.printf(Locale.ROOT, "{\"requests\": %d, \"errors\": %d, \"seconds\": %s, \"p50\": %.3f, \"p90\": %.3f, "
                        + "\"p99\": %.3f, \"client_cpu\": %.3f}%n", n, errors.get(), seconds, pct(all, 0.5), pct(all, 0.9),
                pct(all, 0.99), cpu / 1e9 / (warmup + seconds));
    }

    /** One connection's loop; returns how many measured requests it stored in {@code out} (milliseconds * 1e6). */
    private static int run(int port, String path, int expect, int worker, String runId, List<byte[][]> templates,
                           long measureFrom, long stopAt, long[] out, AtomicLong errors) throws IOException {
        Socket socket = connect(port);
        OutputStream os = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
        InputStream is = new BufferedInputStream(socket.getInputStream(), 1 << 16);
        // the demo administrator of the default run (README, "Use it"); the stock endpoint needs an authenticated caller too (any role)
        String auth = java.util.Base64.getEncoder().encodeToString("admin:demo-admin".getBytes(StandardCharsets.US_ASCII));
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Authorization: Basic " + auth + "\r\nAccept: application/json\r\nContent-Length: ").getBytes(StandardCharsets.US_ASCII);
        int stored = 0;
        for (long n = 0; ; n++) {
            long t = System.nanoTime();
            if (t >= stopAt) {
                break;
            }
            byte[] body;
            if (templates.isEmpty()) {
                body = STOCK_BODY;
            } else {
                byte[][] tpl = templates.get((int) ((worker * 7919L + n) % templates.size()));
                byte[] ref = ("J" + runId + "-" + worker + "-" + n).getBytes(StandardCharsets.US_ASCII);
                body = new byte[tpl[0].length + ref.length + tpl[1].length];
                System.arraycopy(tpl[0], 0, body, 0, tpl[0].length);
                System.arraycopy(ref, 0, body, tpl[0].length, ref.length);
                System.arraycopy(tpl[1], 0, body, tpl[0].length + ref.length, tpl[1].length);
            }
            int status;
            try {
                os.write(head);
                os.write((body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                os.write(body);
                os.flush();
                status = readResponse(is);
            } catch (IOException e) {
                status = -1;
                socket.close();
                socket = connect(port);
                os = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
                is = new BufferedInputStream(socket.getInputStream(), 1 << 16);
            }
            long end = System.nanoTime();
            if (t >= measureFrom && end <= stopAt && stored < out.length) {
                out[stored++] = end - t;
                if (status != expect) {
                    errors.incrementAndGet();
                }
            }
        }
        socket.close();
        return stored;
    }

    private static Socket connect(int port) throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setSoTimeout(30_000);
        return socket;
    }

    /** Reads one response (Content-Length or chunked body); returns its status. */
    private static int readResponse(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line(in).split(";")[0].trim(), 16); size > 0;
                 size = Long.parseLong(line(in).split(";")[0].trim(), 16)) {
                skip(in, size);
                line(in);
            }
            line(in);
        } else if (length > 0) {
            skip(in, length);
        }
        return status;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException();
            }
            if (c != '\r') {
                b.write(c);
            }
        }
        return b.toString(StandardCharsets.US_ASCII);
    }

    private static void skip(InputStream in, long n) throws IOException {
        while (n > 0) {
            long skipped = in.skip(n);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException();
                }
                skipped = 1;
            }
            n -= skipped;
        }
    }

    /** Every case file's application serialised once, split around the reference. */
    static List<byte[][]> templates() {
        List<byte[][]> out = new ArrayList<>();
        for (JsonNode fixture : DecisionBench.cases("all")) {
            ObjectNode app = (ObjectNode) fixture.get("application").deepCopy();
            app.put("reference", PLACEHOLDER);
            String json = app.toString();
            int at = json.indexOf(PLACEHOLDER);
            out.add(new byte[][] {json.substring(0, at).getBytes(StandardCharsets.UTF_8),
                    json.substring(at + PLACEHOLDER.length()).getBytes(StandardCharsets.UTF_8)});
        }
        if (!Path.of("fixtures").toFile().isDirectory() || out.isEmpty()) {
            throw new IllegalStateException("no fixtures: run from the project root");
        }
        return out;
    }

    private static double pct(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        return sortedNanos[Math.min(sortedNanos.length - 1, (int) (sortedNanos.length * p))] / 1e6;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
