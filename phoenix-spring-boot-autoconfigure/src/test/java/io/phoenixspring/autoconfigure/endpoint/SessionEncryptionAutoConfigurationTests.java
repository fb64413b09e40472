package io.phoenixspring.autoconfigure.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import io.phoenixspring.autoconfigure.router.PhoenixRouterAutoConfiguration;
import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.FakeConnAdapter;
import io.phoenixspring.endpoint.EndpointConfigurationException;
import io.phoenixspring.plug.SessionPlug;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** {@code phoenix.endpoint.session.encryption-salt} turns the session cookie into an encrypted one. */
class SessionEncryptionAutoConfigurationTests {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(
                    AutoConfigurations.of(PhoenixRouterAutoConfiguration.class, PhoenixEndpointAutoConfiguration.class))
            .withPropertyValues(
                    "phoenix.endpoint.session.key=_app_key", "phoenix.endpoint.secret-key-base=" + "s".repeat(64));

    private static String cookieWritten(SessionPlug plug) {
        FakeConnAdapter adapter = FakeConnAdapter.request("GET", "/");
        Conn conn = plug.call(adapter.conn()).fetchSession().putSession("a", 1);
        conn.sendResp(200, "");
        String header = adapter.sentHeader("set-cookie").get(0);
        return header.substring("_app_key=".length(), header.indexOf(';'));
    }

    @Test
    void encryptionSaltEncryptsTheCookie() {
        runner.withPropertyValues("phoenix.endpoint.session.encryption-salt=encrypted cookie")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(SessionPlug.class))
                            .satisfies(plug -> assertThat(cookieWritten(plug)).startsWith("QTI1NkdDTQ."));
                });
    }

    @Test
    void withoutEncryptionSaltTheCookieIsSignedOnly() {
        runner.run(context ->
                assertThat(cookieWritten(context.getBean(SessionPlug.class))).startsWith("SFMyNTY."));
    }

    @Test
    void blankEncryptionSaltFailsStartupInsteadOfTurningEncryptionOff() {
        runner.withPropertyValues("phoenix.endpoint.session.encryption-salt=  ")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(EndpointConfigurationException.class)
                        .hasMessageContaining("encryption-salt is set but blank"));
    }
}
