package io.phoenixspring.endpoint;

import io.phoenixspring.channel.Broadcast;
import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.PlugStatus;
import io.phoenixspring.controller.BaseUrl;
import io.phoenixspring.plug.Plug;
import io.phoenixspring.pubsub.PubSub;
import io.phoenixspring.pubsub.Subscriber;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The boundary where every request starts, as {@code Phoenix.Endpoint}: runs the endpoint plugs in order (the router
 * last), sends what they set, and renders any failure with its status through the {@link ErrorRenderer}, so a bad
 * request never escapes as a stack trace and never touches another request. A failure while rendering the error is
 * answered with a plain {@code 500 Internal Server Error}. Failures with a status of 500 or more are logged with
 * their stack trace at error level.
 *
 * @see <a href="https://hexdocs.pm/phoenix/Phoenix.Endpoint.html">Phoenix.Endpoint</a>
 */
public final class Endpoint implements Plug, BaseUrl {

    /** Private key set to {@code true} when the router found no route and the request should be passed on. */
    public static final String PASS_ON = "phoenix_pass_on";

    /**
     * Private key asking the router to bypass the route's action (ConnTest's {@code bypassThrough}): the conn comes
     * back unsent, with the endpoint plugs (and the pipelines asked for) run.
     */
    public static final String BYPASS = "phoenix_bypass";

    /** Private key of this endpoint on every conn. */
    public static final String ENDPOINT = "phoenix_endpoint";

    /** Private key of the JSON mapper, for the controller helpers. */
    public static final String JSON_MAPPER = "phoenix_json_mapper";

    /** Private key of the list of temporary upload files deleted when the request ends. */
    public static final String UPLOADS = "plug_uploads";

    private static final Logger LOG = LoggerFactory.getLogger(Endpoint.class);

    private final List<Plug> plugs;
    private final Supplier<EndpointUrl> url;
    private final JsonMapper json;
    private final ErrorRenderer errors;
    private final Map<String, Object> privateData;
    private final @Nullable PubSub pubSub;

    /**
     * @param plugs the endpoint plugs, in order, the router last
     * @param url the public URL, read when needed (the port may be known only once the server started)
     * @param json the JSON mapper
     * @param errors renders failures
     */
    public Endpoint(List<Plug> plugs, Supplier<EndpointUrl> url, JsonMapper json, ErrorRenderer errors) {
        this(plugs, url, json, errors, Map.of());
    }

    /**
     * @param plugs the endpoint plugs, in order, the router last
     * @param url the public URL
     * @param json the JSON mapper
     * @param errors renders failures
     * @param privateData put in every conn's private data before the plugs run (e.g. the template renderer)
     */
    public Endpoint(
            List<Plug> plugs,
            Supplier<EndpointUrl> url,
            JsonMapper json,
            ErrorRenderer errors,
            Map<String, Object> privateData) {
        this(plugs, url, json, errors, privateData, null);
    }

    /**
     * @param plugs the endpoint plugs, in order, the router last
     * @param url the public URL
     * @param json the JSON mapper
     * @param errors renders failures
     * @param privateData put in every conn's private data before the plugs run (e.g. the template renderer)
     * @param pubSub what {@link #broadcast} goes through, or null when channels are not configured
     */
    public Endpoint(
            List<Plug> plugs,
            Supplier<EndpointUrl> url,
            JsonMapper json,
            ErrorRenderer errors,
            Map<String, Object> privateData,
            @Nullable PubSub pubSub) {
        this.pubSub = pubSub;
        this.plugs = List.copyOf(plugs);
        this.url = url;
        this.json = json;
        this.errors = errors;
        this.privateData = Map.copyOf(privateData);
    }

    /** The plugs, in order. */
    public List<Plug> plugs() {
        return plugs;
    }

    /** What failures are rendered with. */
    public ErrorRenderer errorRenderer() {
        return errors;
    }

    /** The public URL config. */
    public EndpointUrl urlConfig() {
        return url.get();
    }

    /** The public URL: {@code http://localhost:4000}. */
    @Override
    public String url() {
        return url.get().url();
    }

    /** {@code path} under the configured root path. */
    public String path(String path) {
        return url.get().path(path);
    }

    /** Runs the endpoint plugs; exceptions propagate. */
    @Override
    public Conn call(Conn conn) {
        conn.putPrivate(ENDPOINT, this).putPrivate(JSON_MAPPER, json);
        privateData.forEach(conn::putPrivate);
        return Plug.run(plugs, conn);
    }

    /**
     * Runs the endpoint plugs and finishes the response: sends a response that was set, renders a failure with its
     * status, and answers 500 when nothing was sent. A conn marked {@link #PASS_ON} is returned unsent.
     */
    public Conn dispatch(Conn conn) {
        Conn result;
        try {
            result = call(conn);
        } catch (RuntimeException | StackOverflowError e) {
            return renderError(conn, e);
        }
        if (Boolean.TRUE.equals(result.getPrivate(PASS_ON)) || result.isSent() || result.getPrivate(BYPASS) != null) {
            return result;
        }
        try {
            if (result.state() == io.phoenixspring.conn.ConnState.SET) {
                return result.sendResp();
            }
            throw new IllegalStateException("a response was neither set nor sent from the connection ("
                    + result.method() + " /" + String.join("/", result.pathInfo()) + "); every action and halting"
                    + " plug must send a response, e.g. with sendResp, json or text");
        } catch (RuntimeException e) {
            return renderError(result, e);
        }
    }

    private Conn renderError(Conn conn, Throwable error) {
        int status = error instanceof PlugStatus s ? s.plugStatus() : 500;
        if (error instanceof UncheckedIOException && conn.isSent()) {
            LOG.debug(
                    "the client went away while {} {} was answered: {}",
                    conn.method(),
                    conn.requestPath(),
                    error.getMessage());
            return conn;
        }
        if (status >= 500) {
            LOG.error("{} {} failed with status {}", conn.method(), conn.requestPath(), status, error);
        }
        if (conn.isSent()) {
            return conn;
        }
        try {
            return errors.render(conn.putStatus(status), status, error);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error(
                    "rendering the {} error page of {} {} failed; sent a plain 500 instead",
                    status,
                    conn.method(),
                    conn.requestPath(),
                    e);
            if (!conn.isSent()) {
                conn.putRespContentType("text/plain")
                        .resp(500, StatusMessages.message(500))
                        .sendResp();
            }
            return conn;
        }
    }

    // ================================================================ broadcasts

    /**
     * Broadcasts {@code event} with {@code payload} to every channel joined to {@code topic}, on every node, as
     * {@code Endpoint.broadcast/3}: from any bean, e.g. a controller posting into a room. Broadcasting
     * {@code disconnect} to a socket id ({@code user_socket:42}) closes that user's connections.
     *
     * @throws IllegalStateException when no PubSub is configured
     */
    public void broadcast(String topic, String event, Map<String, ?> payload) {
        pubSub().broadcast(topic, new Broadcast(topic, event, payload), Broadcast.DISPATCHER);
    }

    /** Broadcasts to every channel of {@code topic} but the subscriber {@code from}. */
    public void broadcastFrom(Subscriber from, String topic, String event, Map<String, ?> payload) {
        pubSub().broadcastFrom(from, topic, new Broadcast(topic, event, payload), Broadcast.DISPATCHER);
    }

    /** Broadcasts to the channels of {@code topic} on this node only. */
    public void localBroadcast(String topic, String event, Map<String, ?> payload) {
        pubSub().localBroadcast(topic, new Broadcast(topic, event, payload), Broadcast.DISPATCHER);
    }

    /** Subscribes {@code subscriber} to {@code topic}: it receives {@link Broadcast}s. */
    public void subscribe(String topic, Subscriber subscriber) {
        pubSub().subscribe(topic, subscriber);
    }

    /** Unsubscribes {@code subscriber} from {@code topic}. */
    public void unsubscribe(String topic, Subscriber subscriber) {
        pubSub().unsubscribe(topic, subscriber);
    }

    private PubSub pubSub() {
        if (pubSub == null) {
            throw new IllegalStateException("no pubsub_server configured for the endpoint; broadcasts need the PubSub"
                    + " bean that the channels auto-configuration provides");
        }
        return pubSub;
    }

    /** Releases what the request held: temporary upload files. */
    public void cleanup(Conn conn) {
        List<Path> uploads = conn.getPrivate(UPLOADS);
        if (uploads == null) {
            return;
        }
        for (Path upload : uploads) {
            try {
                Files.deleteIfExists(upload);
            } catch (IOException e) {
                LOG.warn("could not delete uploaded file {}: {}", upload, e.getMessage());
            }
        }
    }
}
