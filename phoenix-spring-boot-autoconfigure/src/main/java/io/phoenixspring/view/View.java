package io.phoenixspring.view;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A view: turns assigns into what a template format needs, as a Phoenix view module. Declare views as beans; a view
 * answers for the templates of its name ({@code UserView} is {@code user}, templates in {@code templates/user/}).
 * For JSON, return data (maps, lists, records) and it is encoded with the application's JSON mapper; return null to
 * fall back to a template file.
 *
 * <pre>{@code
 * @Component
 * class UserView implements View {
 *     public Object render(String template, Map<String, Object> assigns) {
 *         return switch (template) {
 *             case "index.json" -> Map.of("data", Views.renderMany((List<?>) assigns.get("users"), this, "user.json"));
 *             case "show.json" -> Map.of("data", Views.renderOne(assigns.get("user"), this, "user.json"));
 *             case "user.json" -> Map.of("id", ((User) assigns.get("user")).id());
 *             default -> null;
 *         };
 *     }
 * }
 * }</pre>
 *
 * @see <a href="https://hexdocs.pm/phoenix/1.5.9/Phoenix.View.html">Phoenix.View</a>
 */
public interface View {

    /**
     * What {@code template} ({@code "show.json"}) renders to with {@code assigns}, or null when a template file
     * renders it.
     */
    @Nullable
    Object render(String template, Map<String, Object> assigns);

    /**
     * The view's name, its templates' folder: the class name without {@code View}, underscored, under the folders of
     * the packages after a {@code views} package ({@code ...views.admin.ReviewView} is {@code admin/review}).
     */
    default String name() {
        return nameOf(getClass());
    }

    /** The view name {@link #name()} gives a class. */
    static String nameOf(Class<?> type) {
        Class<?> named =
                type.getName().contains("$$") && type.getSuperclass() != Object.class ? type.getSuperclass() : type;
        String simple = named.getSimpleName();
        String base = simple.endsWith("View") ? simple.substring(0, simple.length() - "View".length()) : simple;
        return folders(named.getPackageName(), "views") + underscore(base);
    }

    /** The folders of the packages after {@code marker} in {@code packageName}, each ending in a slash. */
    static String folders(String packageName, String marker) {
        String[] parts = packageName.split("\\.");
        StringBuilder out = new StringBuilder();
        boolean after = false;
        for (String part : parts) {
            if (after) {
                out.append(underscore(part)).append('/');
            }
            after |= part.equals(marker);
        }
        return out.toString();
    }

    /** {@code AdminReview} gives {@code admin_review}. */
    static String underscore(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2")
                .toLowerCase(Locale.ROOT);
    }
}
