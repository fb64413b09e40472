package io.phoenixspring.benchmarks.load;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A server under test in its own JVM, started with this process's class path and the same flags for every peer, and
 * stopped on {@link #close}. Its output goes to a log file under the temporary directory.
 */
public final class ServerProcess implements AutoCloseable {

    /**
     * The JVM flags every server gets, whichever peer it is (the heap is the {@code bench.heap} system property, 1g
     * by default); each also gets the same arguments: its port, logging at
     * warn, and keep-alive connections that Tomcat does not close after 100 requests.
     */
    public static final List<String> JVM_FLAGS = List.of(
            "-Xms" + System.getProperty("bench.heap", "1g"),
            "-Xmx" + System.getProperty("bench.heap", "1g"),
            "-XX:+UseG1GC");

    private final String name;
    private final int port;
    private final Process process;

    private ServerProcess(String name, int port, Process process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    /**
     * Starts {@code mainClass} on {@code port} with {@code args}, and waits until {@code readyPath} answers 200.
     *
     * @throws IOException when it does not come up within two minutes
     */
    public static ServerProcess start(String name, Class<?> mainClass, int port, String readyPath, List<String> args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_FLAGS);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.add("--server.port=" + port);
        command.add("--spring.main.banner-mode=off");
        command.add("--logging.level.root=warn");
        command.add("--server.tomcat.max-keep-alive-requests=-1");
        command.addAll(args);
        File log = File.createTempFile("phoenix-bench-" + name + "-", ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log)
                .start();
        ServerProcess server = new ServerProcess(name, port, process);
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + readyPath))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return server;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        server.close();
        throw new IOException(name + " did not answer " + readyPath + " within two minutes; see " + log);
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(
                    java.util.concurrent.TimeUnit.SECONDS.toMillis(20), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
