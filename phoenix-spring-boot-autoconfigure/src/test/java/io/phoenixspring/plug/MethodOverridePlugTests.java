package io.phoenixspring.plug;

import static org.assertj.core.api.Assertions.assertThat;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.FakeConnAdapter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MethodOverridePlugTests {

    private final MethodOverridePlug plug = new MethodOverridePlug();

    private static Conn request(String method, String target, Map<String, Object> body) {
        return FakeConnAdapter.request(method, target).conn().putBodyParams(body);
    }

    @Test
    void postWithMethodParamBecomesThatMethod() {
        for (String requested : List.of("delete", "DELETE", "put", "Patch")) {
            Conn conn = plug.call(request("POST", "/users/1", Map.of("_method", requested)));

            assertThat(conn.method()).as(requested).isEqualTo(requested.toUpperCase(java.util.Locale.ROOT));
            assertThat(conn.originalMethod()).isEqualTo("POST");
        }
    }

    @Test
    void onlyPutPatchAndDeleteAreHonoured() {
        for (String requested : List.of("get", "head", "options", "connect", "trace", "bogus")) {
            Conn conn = plug.call(request("POST", "/users/1", Map.of("_method", requested)));

            assertThat(conn.method()).as(requested).isEqualTo("POST");
        }
    }

    @Test
    void methodInTheQueryStringIsIgnored() {
        Conn conn = plug.call(request("POST", "/users/1?_method=delete", Map.of()));

        assertThat(conn.params()).containsEntry("_method", "delete");
        assertThat(conn.method()).isEqualTo("POST");
    }

    @Test
    void nonStringMethodParamIsIgnored() {
        Conn conn = plug.call(request("POST", "/users/1", Map.of("_method", List.of("delete"))));

        assertThat(conn.method()).isEqualTo("POST");
    }

    @Test
    void otherMethodsAreLeftAlone() {
        for (String method : List.of("GET", "PUT", "PATCH", "DELETE")) {
            Conn conn = plug.call(request(method, "/users/1", Map.of("_method", "delete")));

            assertThat(conn.method()).isEqualTo(method);
        }
    }
}
