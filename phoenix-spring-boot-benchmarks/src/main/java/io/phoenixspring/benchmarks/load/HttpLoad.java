package io.phoenixspring.benchmarks.load;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * A closed-loop HTTP/1.1 load: {@code connections} keep-alive connections, each sending the next {@code GET} as soon
 * as the previous response is read, for a given time. Responses are read by their {@code content-length} or chunked
 * framing; anything but a 200 counts as an error.
 */
public final class HttpLoad {

    /**
     * What a run did.
     *
     * @param requests responses with status 200
     * @param errors other responses and broken connections
     * @param seconds the measured time
     */
    public record Result(long requests, long errors, double seconds) {

        public double perSecond() {
            return requests / seconds;
        }
    }

    private HttpLoad() {}

    /**
     * {@code HttpLoad <port> <path> <connections> <seconds> [accept]}: loads a running server and prints what it
     * did.
     */
    public static void main(String[] args) throws InterruptedException {
        Result result = run(
                Integer.parseInt(args[0]),
                args[1],
                args.length > 4 ? args[4] : "application/json",
                Integer.parseInt(args[2]),
                Duration.ofSeconds(Long.parseLong(args[3])));
        System.out.printf(
                java.util.Locale.ROOT,
                "%,d requests, %,d errors, %,.0f requests/s%n",
                result.requests(),
                result.errors(),
                result.perSecond());
    }

    /**
     * Runs the load against {@code http://localhost:port/path}, asking for {@code accept}. Each connection keeps the
     * cookies it is sent and sends them back, as a browser does.
     */
    public static Result run(int port, String path, String accept, int connections, Duration duration)
            throws InterruptedException {
        String head = "GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAccept: " + accept
                + "\r\nUser-Agent: phoenix-bench\r\n";
        AtomicBoolean running = new AtomicBoolean(true);
        LongAdder ok = new LongAdder();
        LongAdder errors = new LongAdder();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Thread thread = new Thread(
                    () -> {
                        while (running.get()) {
                            try (Socket socket = new Socket("localhost", port)) {
                                socket.setTcpNoDelay(true);
                                OutputStream out = socket.getOutputStream();
                                InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
                                boolean open = true;
                                Map<String, String> cookies = new LinkedHashMap<>();
                                byte[] request = request(head, cookies);
                                while (open && running.get()) {
                                    out.write(request);
                                    out.flush();
                                    Response response = readResponse(in, cookies);
                                    if (response.cookiesChanged()) {
                                        request = request(head, cookies);
                                    }
                                    if (response.status() == 200) {
                                        ok.increment();
                                    } else {
                                        errors.increment();
                                    }
                                    open = !response.close();
                                }
                            } catch (IOException e) {
                                if (running.get()) {
                                    errors.increment();
                                }
                            }
                        }
                    },
                    "load-" + i);
            thread.start();
            threads.add(thread);
        }
        long start = System.nanoTime();
        Thread.sleep(duration.toMillis());
        long okAtEnd = ok.sum();
        long errorsAtEnd = errors.sum();
        double seconds = (System.nanoTime() - start) / 1e9;
        running.set(false);
        for (Thread thread : threads) {
            thread.join(5_000);
        }
        return new Result(okAtEnd, errorsAtEnd, seconds);
    }

    private static byte[] request(String head, Map<String, String> cookies) {
        StringBuilder request = new StringBuilder(head);
        if (!cookies.isEmpty()) {
            StringJoiner cookie = new StringJoiner("; ", "Cookie: ", "\r\n");
            cookies.forEach((name, value) -> cookie.add(name + "=" + value));
            request.append(cookie);
        }
        return request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * A response's status, whether the server closes the connection after it, and whether it set cookies.
     *
     * @param status the status code
     * @param close whether the server closes the connection after it
     * @param cookiesChanged whether it set a cookie
     */
    record Response(int status, boolean close, boolean cookiesChanged) {}

    /** Reads one response, keeping the cookies it sets in {@code cookies}. */
    static Response readResponse(InputStream in, Map<String, String> cookies) throws IOException {
        String status = line(in);
        if (status.length() < 12) {
            throw new IOException("not an HTTP response: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        boolean cookiesChanged = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim();
            String value = header.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("content-length")) {
                length = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("set-cookie")) {
                String pair = value.split(";", 2)[0];
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    cookies.put(
                            pair.substring(0, equals).trim(),
                            pair.substring(equals + 1).trim());
                    cookiesChanged = true;
                }
            } else if (name.equalsIgnoreCase("connection") && value.equalsIgnoreCase("close")) {
                close = true;
            } else if (name.equalsIgnoreCase("transfer-encoding") && value.equalsIgnoreCase("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line(in).split(";")[0].trim(), 16);
                    size > 0;
                    size = Long.parseLong(line(in).split(";")[0].trim(), 16)) {
                skip(in, size);
                line(in);
            }
            line(in);
        } else if (length > 0) {
            skip(in, length);
        }
        return new Response(code, close, cookiesChanged);
    }

    private static void skip(InputStream in, long count) throws IOException {
        long left = count;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("connection closed in a body");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }
}
