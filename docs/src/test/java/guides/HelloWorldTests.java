package guides;

import static io.phoenixspring.test.ConnTest.buildConn;
import static io.phoenixspring.test.ConnTest.get;
import static io.phoenixspring.test.ConnTest.htmlResponse;
import static org.assertj.core.api.Assertions.assertThat;

import io.phoenixspring.test.PhoenixWebTest;
import org.junit.jupiter.api.Test;

/** The README's hello world works as the README says, escaping included. */
@PhoenixWebTest
class HelloWorldTests {

    @Test
    void greetsByNameThroughTheTemplate() {
        assertThat(htmlResponse(get(buildConn(), "/hello/Frank"), 200))
                .isEqualTo("<h1>Hello, <span>Frank</span>!</h1>\n");
    }

    @Test
    void theNameIsEscaped() {
        assertThat(htmlResponse(get(buildConn(), "/hello/%3Cb%3E"), 200)).contains("<span>&lt;b&gt;</span>");
    }
}
