package com.example.hello.web.views.api.v1;

import com.example.hello.web.controllers.api.v1.ImageController.Image;
import io.phoenixspring.view.View;
import io.phoenixspring.view.Views;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The images' JSON view ({@code api/v1/image}), as {@code mix phx.gen.json} writes it. */
@Component
public class ImageView implements View {

    @Override
    public Object render(String template, Map<String, Object> assigns) {
        return switch (template) {
            case "index.json" ->
                Map.of("data", Views.renderMany((Collection<?>) assigns.get("images"), this, "image.json"));
            case "show.json" -> Map.of("data", Views.renderOne(assigns.get("image"), this, "image.json"));
            case "image.json" -> {
                Image image = (Image) assigns.get("image");
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("id", image.id());
                data.put("title", image.title());
                yield data;
            }
            default -> null;
        };
    }
}
