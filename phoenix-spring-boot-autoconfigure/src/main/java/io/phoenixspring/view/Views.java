package io.phoenixspring.view;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Rendering helpers for views, as {@code Phoenix.View.render_one/4} and {@code render_many/4}: the item goes in the
 * assigns under the view's resource name ({@code UserView}: {@code user}) or under {@code as}.
 */
public final class Views {

    private Views() {}

    /** Renders {@code resource} with {@code view}'s {@code template}, or gives null when it is null. */
    public static @Nullable Object renderOne(@Nullable Object resource, View view, String template) {
        return renderOne(resource, view, template, Map.of());
    }

    /** Renders {@code resource} with more assigns; {@code "as"} names the assign of the resource. */
    public static @Nullable Object renderOne(
            @Nullable Object resource, View view, String template, Map<String, ?> assigns) {
        if (resource == null) {
            return null;
        }
        Map<String, Object> all = new LinkedHashMap<>(assigns);
        all.put(key(view, assigns), resource);
        return view.render(template, all);
    }

    /** Renders each of {@code resources} with {@code view}'s {@code template}. */
    public static List<@Nullable Object> renderMany(Collection<?> resources, View view, String template) {
        return renderMany(resources, view, template, Map.of());
    }

    /** Renders each of {@code resources} with more assigns; {@code "as"} names the assign of each resource. */
    public static List<@Nullable Object> renderMany(
            Collection<?> resources, View view, String template, Map<String, ?> assigns) {
        List<@Nullable Object> rendered = new ArrayList<>(resources.size());
        String key = key(view, assigns);
        for (Object resource : resources) {
            Map<String, Object> all = new LinkedHashMap<>(assigns);
            all.put(key, resource);
            rendered.add(view.render(template, all));
        }
        return rendered;
    }

    private static String key(View view, Map<String, ?> assigns) {
        Object as = assigns.get("as");
        if (as != null) {
            return as.toString();
        }
        String name = view.name();
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
