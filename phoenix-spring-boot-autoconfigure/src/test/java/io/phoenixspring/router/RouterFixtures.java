package io.phoenixspring.router;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.ConnAdapter;
import io.phoenixspring.conn.Header;
import io.phoenixspring.conn.Params;
import io.phoenixspring.controller.Action;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Compiles routers and drives requests through them without Spring, over a recording {@link ConnAdapter}. */
final class RouterFixtures {

    private RouterFixtures() {}

    // ================================================================ compiling and requests

    /** The route table of {@code configurers}; controllers are made with their no-argument constructor. */
    static RouteTable compile(RouterConfigurer... configurers) {
        return RouteTable.compile(
                List.of(configurers), RouterFixtures::instantiate, RouterFixtures.class.getClassLoader());
    }

    static Object instantiate(Class<?> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make " + type, e);
        }
    }

    /** A conn for {@code method} and {@code target} (path and optional query) on {@code example.com}. */
    static Conn conn(String method, String target) {
        return conn(method, "example.com", target);
    }

    /** A conn for {@code method} and {@code target} on {@code host}. */
    static Conn conn(String method, String host, String target) {
        return new Conn(new FakeAdapter(method, host, target, ""));
    }

    /** Runs {@code method target} through the router of {@code table}. */
    static Conn request(RouteTable table, String method, String target) {
        return new RouterPlug(table, false).call(conn(method, target));
    }

    /** Runs {@code method target} on {@code host} through the router of {@code table}. */
    static Conn request(RouteTable table, String method, String host, String target) {
        return new RouterPlug(table, false).call(conn(method, host, target));
    }

    /** The body the adapter was sent. */
    static String sent(Conn conn) {
        return ((FakeAdapter) conn.adapter()).body();
    }

    /** Appends {@code step} to the {@code trail} assign: plugs record the order they ran in. */
    static Conn trail(Conn conn, String step) {
        List<String> trail = conn.getAssign("trail");
        List<String> next = new ArrayList<>(trail == null ? List.of() : trail);
        next.add(step);
        return conn.assign("trail", List.copyOf(next));
    }

    /** The {@code trail} assign, empty when no plug recorded anything. */
    static List<String> trailOf(Conn conn) {
        List<String> trail = conn.getAssign("trail");
        return trail == null ? List.of() : trail;
    }

    // ================================================================ adapter

    /** A request with no network: the response is recorded. */
    static final class FakeAdapter implements ConnAdapter {

        private final String method;
        private final String host;
        private final String path;
        private final String query;
        private final String mountPath;
        private int status;
        private List<Header> headers = List.of();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private int sends;

        FakeAdapter(String method, String host, String target, String mountPath) {
            int question = target.indexOf('?');
            this.method = method;
            this.host = host;
            this.path = question < 0 ? target : target.substring(0, question);
            this.query = question < 0 ? "" : target.substring(question + 1);
            this.mountPath = mountPath;
        }

        @Override
        public String method() {
            return method;
        }

        @Override
        public String scheme() {
            return "http";
        }

        @Override
        public String host() {
            return host;
        }

        @Override
        public int port() {
            return 80;
        }

        @Override
        public String remoteIp() {
            return "127.0.0.1";
        }

        @Override
        public String requestPath() {
            return path;
        }

        @Override
        public String mountPath() {
            return mountPath;
        }

        @Override
        public String queryString() {
            return query;
        }

        @Override
        public List<Header> reqHeaders() {
            return List.of();
        }

        @Override
        public byte[] readBody(long maxLength) {
            return new byte[0];
        }

        @Override
        public void sendResp(int status, List<Header> headers, byte @Nullable [] body) {
            this.status = status;
            this.headers = List.copyOf(headers);
            this.sends++;
            if (body != null) {
                this.body.writeBytes(body);
            }
        }

        @Override
        public void sendFile(int status, List<Header> headers, Path file, long offset, long length) {
            throw new UnsupportedOperationException("no files in router tests");
        }

        @Override
        public void sendChunked(int status, List<Header> headers) {
            sendResp(status, headers, null);
        }

        @Override
        public void chunk(byte[] data) {
            body.writeBytes(data);
        }

        int status() {
            return status;
        }

        List<Header> headers() {
            return headers;
        }

        int sends() {
            return sends;
        }

        String body() {
            return body.toString(StandardCharsets.UTF_8);
        }
    }

    // ================================================================ controllers

    /** A controller whose actions answer {@code "<SimpleName> :<action>"} and record it in the assign {@code hit}. */
    public abstract static class Recording {

        protected Conn reply(Conn conn, String action) {
            String hit = getClass().getSimpleName() + " :" + action;
            return conn.assign("hit", hit).sendResp(200, hit);
        }
    }

    /** The seven resource actions; {@code new} as {@code new_}. */
    public static class UserController extends Recording {

        public Conn index(Conn conn, Params params) {
            return reply(conn, "index");
        }

        public Conn edit(Conn conn, Params params) {
            return reply(conn, "edit");
        }

        public Conn new_(Conn conn, Params params) {
            return reply(conn, "new");
        }

        public Conn show(Conn conn, Params params) {
            return reply(conn, "show");
        }

        public Conn create(Conn conn, Params params) {
            return reply(conn, "create");
        }

        public Conn update(Conn conn, Params params) {
            return reply(conn, "update");
        }

        public Conn delete(Conn conn, Params params) {
            return reply(conn, "delete");
        }
    }

    /** The seven resource actions; {@code new} through {@link Action}. */
    public static class PostController extends Recording {

        public Conn index(Conn conn, Params params) {
            return reply(conn, "index");
        }

        public Conn edit(Conn conn, Params params) {
            return reply(conn, "edit");
        }

        @Action("new")
        public Conn newPost(Conn conn, Params params) {
            return reply(conn, "new");
        }

        public Conn show(Conn conn, Params params) {
            return reply(conn, "show");
        }

        public Conn create(Conn conn, Params params) {
            return reply(conn, "create");
        }

        public Conn update(Conn conn, Params params) {
            return reply(conn, "update");
        }

        public Conn delete(Conn conn, Params params) {
            return reply(conn, "delete");
        }
    }

    /** The resource actions under another name, for listings. */
    public static class CommentController extends UserController {}

    /** A singleton resource's actions. */
    public static class AccountController extends UserController {}

    /** Pages: {@code index}, {@code show}, {@code hello} and {@code any}. */
    public static class PageController extends Recording {

        public Conn index(Conn conn, Params params) {
            return reply(conn, "index");
        }

        public Conn show(Conn conn, Params params) {
            return reply(conn, "show");
        }

        public Conn hello(Conn conn, Params params) {
            return reply(conn, "hello");
        }

        public Conn any(Conn conn, Params params) {
            return reply(conn, "any");
        }
    }
}
