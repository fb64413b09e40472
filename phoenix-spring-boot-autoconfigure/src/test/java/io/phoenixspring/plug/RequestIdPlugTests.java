package io.phoenixspring.plug;

import static org.assertj.core.api.Assertions.assertThat;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.FakeConnAdapter;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class RequestIdPlugTests {

    private final RequestIdPlug plug = new RequestIdPlug();

    @AfterEach
    void clearMdc() {
        MDC.remove(RequestIdPlug.MDC_KEY);
    }

    private Conn call(String incoming) {
        FakeConnAdapter adapter = FakeConnAdapter.request("GET", "/");
        if (incoming != null) {
            adapter.header("x-request-id", incoming);
        }
        return plug.call(adapter.conn());
    }

    @Test
    void validIncomingIdIsKept() {
        for (String id : new String[] {"a".repeat(20), "b".repeat(200), "my-request-id-0123456789"}) {
            Conn conn = call(id);

            assertThat(conn.getRespHeader("x-request-id")).containsExactly(id);
            assertThat(MDC.get(RequestIdPlug.MDC_KEY)).isEqualTo(id);
        }
    }

    @Test
    void tooShortOrTooLongIncomingIdIsReplaced() {
        for (String id : new String[] {"", "short", "a".repeat(19), "a".repeat(201)}) {
            Conn conn = call(id);

            String sent = conn.getRespHeader("x-request-id").get(0);
            assertThat(sent).isNotEqualTo(id).hasSize(20);
        }
    }

    @Test
    void missingIdIsGeneratedAndPutInTheResponseAndTheMdc() {
        Conn conn = call(null);

        String id = conn.getRespHeader("x-request-id").get(0);
        assertThat(id).hasSize(20).matches("[A-Za-z0-9_-]{20}");
        assertThat(MDC.get(RequestIdPlug.MDC_KEY)).isEqualTo(id);
    }

    @Test
    void generatedIdsAreDistinct() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(call(null).getRespHeader("x-request-id").get(0));
        }

        assertThat(ids).hasSize(1000);
    }

    @Test
    void customHeaderIsReadAndWritten() {
        RequestIdPlug custom = new RequestIdPlug("x-trace-id");
        String id = "t".repeat(32);

        Conn conn = custom.call(FakeConnAdapter.request("GET", "/")
                .header("x-trace-id", id)
                .header("x-request-id", "r".repeat(32))
                .conn());

        assertThat(conn.getRespHeader("x-trace-id")).containsExactly(id);
        assertThat(conn.getRespHeader("x-request-id")).isEmpty();
    }
}
