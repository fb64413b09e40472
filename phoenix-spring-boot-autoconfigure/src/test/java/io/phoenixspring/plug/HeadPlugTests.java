package io.phoenixspring.plug;

import static org.assertj.core.api.Assertions.assertThat;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.FakeConnAdapter;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadPlugTests {

    private final HeadPlug plug = new HeadPlug();

    @Test
    void headRunsAsGet() {
        Conn conn = plug.call(FakeConnAdapter.request("HEAD", "/hello").conn());

        assertThat(conn.method()).isEqualTo("GET");
        assertThat(conn.originalMethod()).isEqualTo("HEAD");
    }

    @Test
    void otherMethodsAreLeftAlone() {
        for (String method : List.of("GET", "POST", "PUT", "DELETE", "OPTIONS")) {
            assertThat(plug.call(FakeConnAdapter.request(method, "/").conn()).method())
                    .isEqualTo(method);
        }
    }
}
