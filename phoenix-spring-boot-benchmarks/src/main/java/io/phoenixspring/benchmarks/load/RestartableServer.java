package io.phoenixspring.benchmarks.load;

import java.io.IOException;
import java.util.List;

/**
 * A {@link ServerProcess} that can be started afresh: after a trial fails (a server out of memory, say) the next trial
 * must not measure a server in an unknown state.
 */
public final class RestartableServer implements AutoCloseable {

    private final String name;
    private final Class<?> mainClass;
    private final int port;
    private final String readyPath;
    private final List<String> args;
    private ServerProcess process;

    private RestartableServer(String name, Class<?> mainClass, int port, String readyPath, List<String> args)
            throws IOException, InterruptedException {
        this.name = name;
        this.mainClass = mainClass;
        this.port = port;
        this.readyPath = readyPath;
        this.args = List.copyOf(args);
        this.process = ServerProcess.start(name, mainClass, port, readyPath, this.args);
    }

    /** Starts the server as {@link ServerProcess#start} does. */
    public static RestartableServer start(
            String name, Class<?> mainClass, int port, String readyPath, List<String> args)
            throws IOException, InterruptedException {
        return new RestartableServer(name, mainClass, port, readyPath, args);
    }

    /** Stops the server and starts it again, with the same arguments. */
    public void restart() throws IOException, InterruptedException {
        process.close();
        process = ServerProcess.start(name, mainClass, port, readyPath, args);
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        process.close();
    }
}
