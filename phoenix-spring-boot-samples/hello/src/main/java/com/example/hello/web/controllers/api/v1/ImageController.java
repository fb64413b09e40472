package com.example.hello.web.controllers.api.v1;

import static io.phoenixspring.controller.Controller.json;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** A JSON resource under {@code /api/v1/images}, kept in memory. */
@Component
public class ImageController {

    private final Map<Long, Map<String, Object>> images = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong();

    public ImageController() {
        store("phoenix.png");
    }

    public Conn index(Conn conn, Params params) {
        return json(conn, Map.of("data", List.copyOf(images.values())));
    }

    public Conn show(Conn conn, Params params) {
        Map<String, Object> image = find(params);
        return image == null ? notFound(conn) : json(conn, Map.of("data", image));
    }

    public Conn create(Conn conn, Params params) {
        String title = params.getParams("image").getString("title");
        if (title == null || title.isBlank()) {
            return json(conn.putStatus(422), Map.of("errors", Map.of("title", List.of("can't be blank"))));
        }
        Map<String, Object> image = store(title);
        return json(
                conn.putStatus(201).putRespHeader("location", "/api/v1/images/" + image.get("id")),
                Map.of("data", image));
    }

    public Conn update(Conn conn, Params params) {
        Map<String, Object> image = find(params);
        if (image == null) {
            return notFound(conn);
        }
        String title = params.getParams("image").getString("title");
        if (title != null) {
            image.put("title", title);
        }
        return json(conn, Map.of("data", image));
    }

    public Conn delete(Conn conn, Params params) {
        Map<String, Object> image = find(params);
        if (image == null) {
            return notFound(conn);
        }
        images.remove(((Number) image.get("id")).longValue());
        return conn.sendResp(204, "");
    }

    private Map<String, Object> find(Params params) {
        try {
            return images.get(Long.parseLong(String.valueOf(params.getString("id"))));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Map<String, Object> store(String title) {
        long id = ids.incrementAndGet();
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("id", id);
        image.put("title", title);
        images.put(id, image);
        return image;
    }

    private static Conn notFound(Conn conn) {
        return json(conn.putStatus(404), Map.of("errors", Map.of("detail", "Not Found")));
    }
}
