package io.phoenixspring.plug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.FakeConnAdapter;
import io.phoenixspring.conn.Header;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecureBrowserHeadersPlugTests {

    private static Conn run(SecureBrowserHeadersPlug plug) {
        return plug.call(FakeConnAdapter.request("GET", "/").conn());
    }

    @Test
    void putsPhoenixsSixHeadersWithTheirExactValues() {
        Conn conn = run(new SecureBrowserHeadersPlug());

        assertThat(conn.respHeaders())
                .containsExactly(
                        new Header("cache-control", "max-age=0, private, must-revalidate"),
                        new Header("x-frame-options", "SAMEORIGIN"),
                        new Header("x-xss-protection", "1; mode=block"),
                        new Header("x-content-type-options", "nosniff"),
                        new Header("x-download-options", "noopen"),
                        new Header("x-permitted-cross-domain-policies", "none"),
                        new Header("cross-origin-window-policy", "deny"));
    }

    @Test
    void extraHeadersReplaceDefaultsOfTheSameNameAndAreAdded() {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("x-frame-options", "DENY");
        extra.put("content-security-policy", "default-src 'self'");

        Conn conn = run(new SecureBrowserHeadersPlug(extra));

        assertThat(conn.getRespHeader("x-frame-options")).containsExactly("DENY");
        assertThat(conn.getRespHeader("content-security-policy")).containsExactly("default-src 'self'");
        assertThat(conn.getRespHeader("x-content-type-options")).containsExactly("nosniff");
        assertThat(conn.respHeaders()).hasSize(8);
    }

    @Test
    void mixedCaseExtraNamesAreLowerCasedSoTheyReplaceTheDefault() {
        Conn conn = run(new SecureBrowserHeadersPlug(Map.of("X-Frame-Options", "DENY")));

        assertThat(conn.getRespHeader("x-frame-options")).containsExactly("DENY");
        assertThat(conn.respHeaders()).extracting(Header::name).doesNotContain("X-Frame-Options");
    }

    @Test
    void headerAlreadySetIsReplacedNotDuplicated() {
        Conn conn = FakeConnAdapter.request("GET", "/").conn().putRespHeader("x-frame-options", "ALLOW-FROM x");

        new SecureBrowserHeadersPlug().call(conn);

        assertThat(conn.getRespHeader("x-frame-options")).containsExactly("SAMEORIGIN");
    }

    @Test
    void sameHeaderInTwoCasesIsRejected() {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("x-frame-options", "DENY");
        extra.put("X-FRAME-OPTIONS", "SAMEORIGIN");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SecureBrowserHeadersPlug(extra))
                .withMessageContaining("\"x-frame-options\" and \"X-FRAME-OPTIONS\" are the same header");
    }

    @Test
    void unsendableHeadersAreRejectedAtConstruction() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SecureBrowserHeadersPlug(Map.of("x-a", "1\r\nset-cookie: a=b")))
                .withMessageContaining("contains \\r or \\n");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SecureBrowserHeadersPlug(Map.of("bad name", "1")))
                .withMessageContaining("plain token");
    }

    @Test
    void defaultsAreReadOnly() {
        assertThat(SecureBrowserHeadersPlug.DEFAULTS).hasSize(6);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SecureBrowserHeadersPlug.DEFAULTS.put("a", "b"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
