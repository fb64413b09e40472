package io.phoenixspring.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.ConnException;
import io.phoenixspring.conn.FakeConnAdapter;
import io.phoenixspring.controller.Controller;
import io.phoenixspring.view.TemplateNotFoundException;
import io.phoenixspring.view.TemplateRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** How {@link RenderErrors} picks the format and what renders: the error view, a template, the status message. */
class RenderErrorsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<String> rendered = new ArrayList<>();
    private final List<Map<String, Object>> assignsSeen = new ArrayList<>();

    private final TemplateRenderer templates = (template, assigns, locale) -> {
        rendered.add(template);
        assignsSeen.add(assigns);
        if (!template.equals("error/404")) {
            throw new TemplateNotFoundException("no " + template, new RuntimeException());
        }
        return "<h1>custom " + assigns.get("status") + "</h1>";
    };

    private static FakeConnAdapter request(String target, String... headers) {
        FakeConnAdapter adapter = FakeConnAdapter.request("GET", target);
        for (int i = 0; i < headers.length; i += 2) {
            adapter.header(headers[i], headers[i + 1]);
        }
        return adapter;
    }

    private RenderErrors renderer(ErrorView view) {
        return new RenderErrors(RenderErrors.Options.defaults(), templates, view, JSON);
    }

    @Test
    void htmlRendersTheStatusTemplateOfTheViewWithoutStackTraceInTheAssigns() {
        FakeConnAdapter adapter = request("/x");
        Conn conn = adapter.conn().assign("current_user", "jo").putStatus(404);

        renderer(null).render(conn, 404, new ConnException(404, "gone"));

        assertThat(adapter.sentStatus()).isEqualTo(404);
        assertThat(adapter.sentBodyString()).isEqualTo("<h1>custom 404</h1>");
        assertThat(adapter.sentHeader("content-type"))
                .singleElement()
                .asString()
                .startsWith("text/html");
        assertThat(rendered).containsExactly("error/404");
        assertThat(assignsSeen.get(0))
                .containsEntry("status", 404)
                .containsEntry("message", "Not Found")
                .containsEntry("reason", "gone")
                .containsEntry("kind", "error")
                .containsEntry("exception", ConnException.class.getName())
                .containsEntry("current_user", "jo")
                .containsEntry("conn", conn);
        assertThat(assignsSeen.get(0).values()).noneMatch(value -> value instanceof Throwable);
    }

    @Test
    void missingTemplateFallsBackToTheStatusMessage() {
        FakeConnAdapter adapter = request("/x");

        renderer(null).render(adapter.conn(), 410, new ConnException(410, "gone"));

        assertThat(adapter.sentBodyString()).isEqualTo("Gone");
    }

    @Test
    void errorViewRenderClauseWinsOverTheTemplate() {
        FakeConnAdapter adapter = request("/x");

        renderer((template, assigns) -> template.equals("404.html") ? "Page Not Found" : null)
                .render(adapter.conn(), 404, new RuntimeException());

        assertThat(adapter.sentBodyString()).isEqualTo("Page Not Found");
        assertThat(rendered).isEmpty();
    }

    @Test
    void errorViewDataIsEncodedForJson() {
        FakeConnAdapter adapter = request("/x", "accept", "application/json");

        renderer((template, assigns) -> Map.of("template", template))
                .render(adapter.conn(), 500, new RuntimeException());

        assertThat(adapter.sentBodyString()).isEqualTo("{\"template\":\"500.json\"}");
        assertThat(adapter.sentHeader("content-type"))
                .singleElement()
                .asString()
                .startsWith("application/json");
    }

    @Test
    void connFormatWinsWhenAccepted() {
        FakeConnAdapter adapter = request("/x", "accept", "text/html");
        Conn conn = Controller.putFormat(adapter.conn(), "json");

        renderer(null).render(conn, 404, new RuntimeException());

        assertThat(adapter.sentBodyString()).isEqualTo("{\"errors\":{\"detail\":\"Not Found\"}}");
    }

    @Test
    void connFormatThatIsNotAcceptedIsRenegotiated() {
        FakeConnAdapter adapter = request("/x", "accept", "application/json");
        Conn conn = Controller.putFormat(adapter.conn(), "xml");

        renderer(null).render(conn, 400, new RuntimeException());

        assertThat(adapter.sentBodyString()).isEqualTo("{\"errors\":{\"detail\":\"Bad Request\"}}");
    }

    @Test
    void withoutTemplateEngineTheStatusMessageIsSent() {
        FakeConnAdapter adapter = request("/x");

        new RenderErrors(RenderErrors.Options.defaults(), null, null, JSON)
                .render(adapter.conn(), 404, new RuntimeException());

        assertThat(adapter.sentBodyString()).isEqualTo("Not Found");
    }

    @Test
    void firstAcceptedFormatIsTheDefault() {
        FakeConnAdapter adapter = request("/x");
        RenderErrors jsonFirst = new RenderErrors(
                new RenderErrors.Options("error", List.of("json", "html"), null), templates, null, JSON);

        jsonFirst.render(adapter.conn(), 404, new RuntimeException());

        assertThat(adapter.sentBodyString()).isEqualTo("{\"errors\":{\"detail\":\"Not Found\"}}");
    }
}
