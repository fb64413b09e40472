package io.phoenixspring.controller;

import static io.phoenixspring.controller.Controller.json;
import static io.phoenixspring.controller.Controller.putStatus;
import static io.phoenixspring.controller.Controller.text;
import static io.phoenixspring.controller.ControllerFixtures.compile;
import static io.phoenixspring.controller.ControllerFixtures.get;
import static io.phoenixspring.controller.ControllerFixtures.route;
import static io.phoenixspring.controller.ControllerFixtures.sent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import io.phoenixspring.router.RouteTable;
import io.phoenixspring.router.RouterException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** {@code action_fallback}: non-Conn results, the pre-action conn, one fallback per controller (seed-D 4.8, 7.28). */
class ActionFallbackTests {

    // ================================================================ the JSON generator's pattern

    /** What the actions of an API return when they do not answer themselves, as {@code {:error, reason}}. */
    sealed interface Result permits Result.Error, Invalid {

        static Result error(String reason) {
            return new Error(reason);
        }

        record Error(String reason) implements Result {}
    }

    /** A changeset with errors, as {@code {:error, %Ecto.Changeset{}}}. */
    record Invalid(Map<String, List<String>> errors) implements Result {}

    /** The fallback a JSON API gets: 404 and 422 JSON, seeing the conn as it was before the action. */
    public static class JsonFallback implements FallbackController {

        static final AtomicReference<Conn> SEEN = new AtomicReference<>();

        @Override
        public Conn call(Conn conn, @Nullable Object result) {
            SEEN.set(conn);
            if (result instanceof Result.Error error && error.reason().equals("not_found")) {
                return json(putStatus(conn, "not_found"), Map.of("errors", Map.of("detail", "Not Found")));
            }
            if (result instanceof Result.Error error) {
                return json(putStatus(conn, "unauthorized"), Map.of("errors", Map.of("detail", error.reason())));
            }
            if (result instanceof Invalid invalid) {
                return json(putStatus(conn, "unprocessable_entity"), Map.of("errors", invalid.errors()));
            }
            throw new IllegalStateException("unexpected action result " + result);
        }
    }

    @ActionFallback(JsonFallback.class)
    public static class PostController implements ControllerPlugs {

        @Override
        public void plugs(PlugList plugs) {
            plugs.plug(conn -> conn.assign("current_user", "jose"));
        }

        public Object show(Conn conn, Params params) {
            conn.assign("post", "leaked").putStatus(500).putRespHeader("x-action", "ran");
            conn.putRespCookie("leak", "1");
            if (params.getString("id").equals("1")) {
                return json(conn, Map.of("id", 1));
            }
            return Result.error("not_found");
        }

        public Object create(Conn conn, Params params) {
            return new Invalid(Map.of("title", List.of("can't be blank")));
        }

        public Object delete(Conn conn, Params params) {
            return Result.error("forbidden");
        }

        public Object sendsThenFails(Conn conn, Params params) {
            text(conn, "sent");
            return Result.error("not_found");
        }
    }

    private static RouteTable posts() {
        return compile(router -> {
            router.get("/posts/:id", PostController.class, "show");
            router.post("/posts", PostController.class, "create");
            router.delete("/posts/:id", PostController.class, "delete");
            router.get("/twice", PostController.class, "sendsThenFails");
        });
    }

    @Test
    void notFoundResultIsRenderedByTheFallbackAs404Json() {
        Conn conn = route(posts(), get("/posts/2"));

        assertThat(sent(conn).sentStatus()).isEqualTo(404);
        assertThat(sent(conn).sentHeader("content-type")).containsExactly("application/json; charset=utf-8");
        assertThat(sent(conn).sentBodyString()).isEqualTo("{\"errors\":{\"detail\":\"Not Found\"}}");
    }

    @Test
    void changesetLikeResultIs422WithTheFieldErrors() {
        Conn conn = route(posts(), ControllerFixtures.conn("POST", "/posts"));

        assertThat(sent(conn).sentStatus()).isEqualTo(422);
        assertThat(sent(conn).sentBodyString()).isEqualTo("{\"errors\":{\"title\":[\"can't be blank\"]}}");
    }

    @Test
    void fallbackSeesTheConnAsItWasBeforeTheAction() {
        route(posts(), get("/posts/2"));

        Conn seen = JsonFallback.SEEN.get();
        assertThat(seen.assigns()).containsEntry("current_user", "jose").doesNotContainKey("post");
        assertThat(seen.getRespHeader("x-action")).isEmpty();
        assertThat(sent(seen).sentHeader("x-action")).isEmpty();
        assertThat(sent(seen).sentHeader("set-cookie")).isEmpty();
        assertThat(seen.privateData()).containsEntry("phoenix_action", "show");
    }

    @Test
    void connReturnedByTheActionSkipsTheFallback() {
        JsonFallback.SEEN.set(null);

        Conn conn = route(posts(), get("/posts/1"));

        assertThat(JsonFallback.SEEN.get()).isNull();
        assertThat(sent(conn).sentStatus()).isEqualTo(500);
        assertThat(sent(conn).sentHeader("x-action")).containsExactly("ran");
        assertThat(conn.assigns()).containsEntry("post", "leaked");
    }

    @Test
    void otherErrorsReachTheFallbackToo() {
        Conn conn = route(posts(), ControllerFixtures.conn("DELETE", "/posts/3"));

        assertThat(sent(conn).sentStatus()).isEqualTo(401);
        assertThat(sent(conn).sentBodyString()).isEqualTo("{\"errors\":{\"detail\":\"forbidden\"}}");
    }

    @Test
    void actionThatSentAndThenReturnedAResultIsAnError() {
        assertThatIllegalStateException()
                .isThrownBy(() -> route(posts(), get("/twice")))
                .withMessageStartingWith("PostController.sendsThenFails sent a response and then returned");
    }

    // ================================================================ declaring fallbacks

    /** A controller that is its own fallback. */
    public static class SelfController implements FallbackController {

        public Object index(Conn conn, Params params) {
            conn.assign("temp", 1);
            return "teapot";
        }

        @Override
        public Conn call(Conn conn, @Nullable Object result) {
            return text(putStatus(conn, "im_a_teapot"), result + " temp=" + conn.getAssign("temp"));
        }
    }

    @Test
    void controllerCanBeItsOwnFallback() {
        Conn conn = route(compile(r -> r.get("/", SelfController.class, "index")), get("/"));

        assertThat(sent(conn).sentStatus()).isEqualTo(418);
        assertThat(sent(conn).sentBodyString()).isEqualTo("teapot temp=null");
    }

    @ActionFallback(JsonFallback.class)
    public static class TwoFallbacksController extends SelfController {}

    @Test
    void twoFallbacksFailAtStartup() {
        assertThatThrownBy(() -> compile(r -> r.get("/", TwoFallbacksController.class, "index")))
                .isInstanceOf(RouterException.class)
                .hasMessageContaining("action_fallback can only be called a single time per controller: ")
                .hasMessageContaining("TwoFallbacksController implements FallbackController and declares"
                        + " @ActionFallback(JsonFallback.class); keep one of them");
    }

    @Test
    void fallbackIsResolvedOnceAtStartupFromTheBeans() {
        List<Class<?>> asked = new ArrayList<>();
        RouteTable table = compile(
                router -> {
                    router.get("/posts/:id", PostController.class, "show");
                    router.post("/posts", PostController.class, "create");
                },
                type -> {
                    asked.add(type);
                    return ControllerFixtures.instantiate(type);
                });

        route(table, get("/posts/2"));
        route(table, get("/posts/3"));

        assertThat(asked).containsExactly(PostController.class, JsonFallback.class);
    }

    /** No fallback: returning something else than a conn is a clear error. */
    public static class PlainController {

        public Object show(Conn conn, Params params) {
            return Result.error("not_found");
        }
    }

    @Test
    void withoutFallbackANonConnResultIsAClearError() {
        assertThatIllegalStateException()
                .isThrownBy(() -> route(compile(r -> r.get("/", PlainController.class, "show")), get("/")))
                .withMessage("PlainController.show returned " + Result.Error.class.getName()
                        + "; return the Conn (e.g. `return json(conn, data);`), or declare an @ActionFallback to"
                        + " handle other results");
    }

    /** A fallback that forgets to return the conn. */
    public static class NullFallback implements FallbackController {

        @Override
        public @Nullable Conn call(Conn conn, @Nullable Object result) {
            return null;
        }
    }

    @ActionFallback(NullFallback.class)
    public static class NullFallbackController {

        public @Nullable Object show(Conn conn, Params params) {
            return null;
        }
    }

    @Test
    void nullFromTheActionReachesTheFallbackAndNullFromTheFallbackIsAnError() {
        assertThatIllegalStateException()
                .isThrownBy(() -> route(compile(r -> r.get("/", NullFallbackController.class, "show")), get("/")))
                .withMessage("the action fallback NullFallback returned null for null from"
                        + " NullFallbackController.show; return the Conn");
    }

    // ================================================================ snapshots

    @Test
    void snapshotRestoresAssignsResponseAndSessionButNotASentResponse() {
        Conn conn = get("/").assign("a", 1).putLoadedSession(Map.of("user", "jose"));
        Conn.Snapshot before = conn.snapshot();

        conn.assign("a", 2)
                .assign("b", 3)
                .putStatus(201)
                .putRespHeader("x-y", "z")
                .putSession("user", "mallory")
                .registerBeforeSend(c -> c.putRespHeader("x-hook", "1"))
                .halt();
        conn.restore(before);

        assertThat(conn.assigns()).containsExactly(Map.entry("a", 1));
        assertThat(conn.status()).isNull();
        assertThat(conn.getRespHeader("x-y")).isEmpty();
        assertThat((String) conn.getSession("user")).isEqualTo("jose");
        assertThat(conn.sessionInfo()).isNull();
        assertThat(conn.isHalted()).isFalse();
        text(conn, "ok");
        assertThat(sent(conn).sentHeader("x-hook")).isEmpty();
        assertThatThrownBy(() -> conn.restore(before)).isInstanceOf(io.phoenixspring.conn.AlreadySentException.class);
    }
}
