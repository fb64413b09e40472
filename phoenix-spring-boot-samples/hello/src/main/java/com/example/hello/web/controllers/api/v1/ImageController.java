package com.example.hello.web.controllers.api.v1;

import static io.phoenixspring.controller.Controller.putStatus;
import static io.phoenixspring.controller.Controller.render;

import com.example.hello.web.controllers.api.ApiFallback;
import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import io.phoenixspring.controller.ActionFallback;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * A JSON resource under {@code /api/v1/images}, as {@code mix phx.gen.json} writes it: the JSON view renders, and
 * what is not a {@code Conn} (not found, invalid) goes to the fallback controller.
 */
@Component
@ActionFallback(ApiFallback.class)
public class ImageController {

    /**
     * An image.
     *
     * @param id the id
     * @param title the title
     */
    public record Image(long id, String title) {}

    private final Map<Long, Image> images = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong();

    public ImageController() {
        store("phoenix.png");
    }

    public Conn index(Conn conn, Params params) {
        return render(conn, "index.json", Map.of("images", List.copyOf(images.values())));
    }

    public Object show(Conn conn, Params params) {
        Image image = find(params);
        return image == null ? ApiFallback.NOT_FOUND : render(conn, "show.json", Map.of("image", image));
    }

    public Object create(Conn conn, Params params) {
        String title = params.getParams("image").getString("title");
        if (title == null || title.isBlank()) {
            return new ApiFallback.Invalid(Map.of("title", List.of("can't be blank")));
        }
        Image image = store(title);
        conn.putRespHeader("location", "/api/v1/images/" + image.id());
        return render(putStatus(conn, 201), "show.json", Map.of("image", image));
    }

    public Object update(Conn conn, Params params) {
        Image image = find(params);
        if (image == null) {
            return ApiFallback.NOT_FOUND;
        }
        String title = params.getParams("image").getString("title");
        Image updated = new Image(image.id(), title == null ? image.title() : title);
        images.put(updated.id(), updated);
        return render(conn, "show.json", Map.of("image", updated));
    }

    public Object delete(Conn conn, Params params) {
        Image image = find(params);
        if (image == null) {
            return ApiFallback.NOT_FOUND;
        }
        images.remove(image.id());
        return conn.sendResp(204, "");
    }

    private Image find(Params params) {
        try {
            return images.get(Long.parseLong(String.valueOf(params.getString("id"))));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Image store(String title) {
        Image image = new Image(ids.incrementAndGet(), title);
        images.put(image.id(), image);
        return image;
    }
}
