package io.phoenixspring.benchmarks.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A load client run in its own JVM (so that its sockets count against its own open-file limit, not the
 * orchestrator's or a server's), with this process's class path and {@link ServerProcess#JVM_FLAGS}. It reports by
 * printing one line {@code RESULT name=value ...}; its other output is kept for the error message.
 */
public final class ClientProcess {

    private ClientProcess() {}

    /**
     * Runs {@code mainClass} with {@code args} and returns its result.
     *
     * @throws IOException when it fails, prints no result or takes longer than {@code timeout}
     */
    public static Map<String, String> run(Class<?> mainClass, List<String> args, Duration timeout)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ServerProcess.JVM_FLAGS);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        Thread reader = new Thread(() -> read(process, output), "client-output");
        reader.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IOException(mainClass.getSimpleName() + " " + args + " took over " + timeout.toMinutes()
                    + " min; its output: " + tail(output));
        }
        reader.join(5_000);
        synchronized (output) {
            for (String line : output) {
                if (line.startsWith("RESULT ")) {
                    return parse(line.substring("RESULT ".length()));
                }
            }
        }
        throw new IOException(mainClass.getSimpleName() + " " + args + " exited with " + process.exitValue()
                + " and no RESULT line; its output: " + tail(output));
    }

    private static void read(Process process, List<String> output) {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (output) {
                    output.add(line);
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    private static String tail(List<String> output) {
        synchronized (output) {
            return String.join("\n", output.subList(Math.max(0, output.size() - 20), output.size()));
        }
    }

    private static Map<String, String> parse(String line) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String pair : line.trim().split("\\s+")) {
            int equals = pair.indexOf('=');
            result.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return result;
    }
}
