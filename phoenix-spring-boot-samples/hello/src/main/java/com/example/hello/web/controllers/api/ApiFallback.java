package com.example.hello.web.controllers.api;

import static io.phoenixspring.controller.Controller.json;
import static io.phoenixspring.controller.Controller.putStatus;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.controller.FallbackController;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The JSON API's fallback controller, as the one {@code mix phx.gen.json} writes: not found is a 404, invalid params
 * a 422 with the errors by field.
 */
@Component
public class ApiFallback implements FallbackController {

    /** What actions return when the resource does not exist. */
    public static final Object NOT_FOUND = new Object() {
        @Override
        public String toString() {
            return "not found";
        }
    };

    /**
     * Invalid params: the errors by field, as a changeset's.
     *
     * @param errors the messages by field
     */
    public record Invalid(Map<String, List<String>> errors) {}

    @Override
    public Conn call(Conn conn, @Nullable Object result) {
        if (result == NOT_FOUND) {
            return json(putStatus(conn, "not_found"), Map.of("errors", Map.of("detail", "Not Found")));
        }
        if (result instanceof Invalid invalid) {
            return json(putStatus(conn, "unprocessable_entity"), Map.of("errors", invalid.errors()));
        }
        throw new IllegalStateException(
                "the API fallback does not know " + result + "; return a Conn, NOT_FOUND or" + " an Invalid");
    }
}
