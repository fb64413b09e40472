package io.phoenixspring.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ViewRendererTests {

    record User(long id, String name) {}

    /** A JSON view as the JSON generator writes it. */
    static final class UserView implements View {
        @Override
        public Object render(String template, Map<String, Object> assigns) {
            return switch (template) {
                case "index.json" ->
                    Map.of("data", Views.renderMany((List<?>) assigns.get("users"), this, "user.json"));
                case "show.json" -> Map.of("data", Views.renderOne(assigns.get("user"), this, "user.json"));
                case "user.json" -> {
                    User user = (User) assigns.get("user");
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("id", user.id());
                    data.put("name", user.name());
                    yield data;
                }
                case "as.json" -> assigns.get("data");
                default -> null;
            };
        }
    }

    /** Templates kept in a map, rendered by replacing {@code {key}} with assigns. */
    static final class MapTemplates implements TemplateRenderer {
        final Map<String, String> files = new LinkedHashMap<>();
        final List<String> rendered = new ArrayList<>();

        @Override
        public String render(String template, Map<String, Object> assigns, Locale locale) {
            String source = files.get(template);
            if (source == null) {
                throw new TemplateNotFoundException("no template " + template, null);
            }
            rendered.add(template);
            for (Map.Entry<String, Object> entry : assigns.entrySet()) {
                source = source.replace("{" + entry.getKey() + "}", String.valueOf(entry.getValue()));
            }
            return source;
        }

        @Override
        public boolean exists(String template) {
            return files.containsKey(template);
        }
    }

    private final MapTemplates templates = new MapTemplates();
    private final ViewRenderer renderer = new ViewRenderer(
            List.of(new UserView()), templates, JsonMapper.builder().build());

    @Test
    void viewNamesComeFromTheClassAndTheFoldersAfterViews() {
        assertThat(new UserView().name()).isEqualTo("user");
        assertThat(View.folders("com.acme.web.views.admin", "views")).isEqualTo("admin/");
        assertThat(View.underscore("AdminReview")).isEqualTo("admin_review");
        assertThat(View.underscore("SAPExample")).isEqualTo("sap_example");
    }

    @Test
    void jsonViewsReturnDataAndEncodeOnlyToString() {
        Object data = renderer.render("user", "show.json", Map.of("user", new User(1, "José")));
        assertThat(data).isEqualTo(Map.of("data", Map.of("id", 1L, "name", "José")));
        String json = renderer.renderToString("user", "index.json", Map.of("users", List.of(new User(1, "a"))));
        assertThat(json).isEqualTo("{\"data\":[{\"id\":1,\"name\":\"a\"}]}");
    }

    @Test
    void renderOneOfNullIsNullAndAsNamesTheAssign() {
        assertThat(Views.renderOne(null, new UserView(), "user.json")).isNull();
        assertThat(Views.renderOne("x", new UserView(), "as.json", Map.of("as", "data")))
                .isEqualTo("x");
        assertThat(Views.renderMany(List.of(), new UserView(), "user.json")).isEmpty();
    }

    @Test
    void htmlComesFromTemplateFilesWithViewModuleAndTemplateAssigns() {
        templates.files.put("user/show.html", "<p>{name} {view_module} {view_template}</p>");
        assertThat(renderer.render("user", "show.html", Map.of("name", "Ann"))).isEqualTo("<p>Ann user show.html</p>");
    }

    @Test
    void pagesRenderInsideTheLayoutAndTheRootLayout() {
        templates.files.put("user/show.html", "<p>{name}</p>");
        templates.files.put("layout/app.html", "<main>{inner_content}</main>");
        templates.files.put("layout/root.html", "<html>{innerContent}</html>");
        String page = renderer.renderPage(
                "user",
                "show.html",
                Map.of("name", "Ann"),
                Layout.app(),
                new Layout("layout", "root"),
                List.of("html"),
                null);
        assertThat(page).isEqualTo("<html><main><p>Ann</p></main></html>");
    }

    @Test
    void formatsOutsideTheLayoutFormatsHaveNoLayout() {
        templates.files.put("user/show.text", "plain {name}");
        templates.files.put("layout/app.text", "LAYOUT {inner_content}");
        String page = renderer.renderPage(
                "user", "show.text", Map.of("name", "Ann"), Layout.app(), null, List.of("html"), null);
        assertThat(page).isEqualTo("plain Ann");
    }

    @Test
    void anOptionalLayoutIsUsedOnlyWhenItsTemplateExists() {
        templates.files.put("user/show.html", "<p>x</p>");
        assertThat(renderer.renderPage("user", "show.html", Map.of(), null, null, List.of("html"), Layout.app()))
                .isEqualTo("<p>x</p>");
        templates.files.put("layout/app.html", "<main>{inner_content}</main>");
        assertThat(renderer.renderPage("user", "show.html", Map.of(), null, null, List.of("html"), Layout.app()))
                .isEqualTo("<main><p>x</p></main>");
    }

    @Test
    void anExplicitLayoutThatDoesNotExistFails() {
        templates.files.put("user/show.html", "<p>x</p>");
        assertThatThrownBy(() -> renderer.renderPage(
                        "user", "show.html", Map.of(), new Layout("layout", "print"), null, List.of("html"), null))
                .isInstanceOf(TemplateNotFoundException.class)
                .hasMessageContaining("layout/print.html");
    }

    @Test
    void renderExistingGivesEmptyForMissingTemplatesOnly() {
        templates.files.put("user/scripts.html", "<script></script>");
        assertThat(renderer.renderExisting("user", "scripts.html", Map.of())).contains("<script></script>");
        assertThat(renderer.renderExisting("user", "styles.html", Map.of())).isEqualTo(Optional.empty());
        assertThat(renderer.renderExisting("user", "show.json", Map.of("user", new User(2, "b"))))
                .contains("{\"data\":{\"id\":2,\"name\":\"b\"}}");
    }

    @Test
    void missingJsonViewSaysWhatToDefineAndListsTheAssignedKeysNotTheirValues() {
        assertThatThrownBy(() -> renderer.render("page", "index.json", Map.of("secret", "hunter2")))
                .isInstanceOf(TemplateNotFoundException.class)
                .hasMessageContaining("no View bean named \"page\"")
                .hasMessageContaining("secret")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void twoViewsWithOneNameAreRejected() {
        assertThatThrownBy(() -> new ViewRenderer(
                        List.of(new UserView(), new UserView()),
                        templates,
                        JsonMapper.builder().build()))
                .hasMessageContaining("two views are named \"user\"");
    }
}
