package io.phoenixspring.autoconfigure.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import io.phoenixspring.autoconfigure.router.PhoenixRouterAutoConfiguration;
import io.phoenixspring.endpoint.EndpointConfigurationException;
import io.phoenixspring.token.PhoenixToken;
import io.phoenixspring.token.VerifyResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** A {@link PhoenixToken} bean over {@code phoenix.endpoint.secret-key-base}. */
class PhoenixTokenAutoConfigurationTests {

    private static final String SECRET = "s".repeat(64);

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    PhoenixRouterAutoConfiguration.class, PhoenixEndpointAutoConfiguration.class));

    @Test
    void tokenBeanUsesTheSecretKeyBase() {
        runner.withPropertyValues("phoenix.endpoint.secret-key-base=" + SECRET).run(context -> {
            assertThat(context).hasSingleBean(PhoenixToken.class);
            PhoenixToken tokens = context.getBean(PhoenixToken.class);
            String token = tokens.sign("user auth", 1);

            assertThat(tokens.verify("user auth", token, Duration.ofDays(1))).isEqualTo(new VerifyResult.Ok(1));
            assertThat(new PhoenixToken(SECRET).verify("user auth", token)).isEqualTo(new VerifyResult.Ok(1));
        });
    }

    @Test
    void noTokenBeanWithoutSecretKeyBase() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(PhoenixToken.class));
    }

    @Test
    void shortSecretKeyBaseFailsStartup() {
        runner.withPropertyValues("phoenix.endpoint.secret-key-base=" + "s".repeat(63))
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(EndpointConfigurationException.class)
                        .hasMessageContaining("Phoenix.Token")
                        .hasMessageContaining("at least 64 bytes, but it is 63 bytes long"));
    }

    @Test
    void tokenBeanBacksOff() {
        PhoenixToken mine = new PhoenixToken("m".repeat(64));

        runner.withPropertyValues("phoenix.endpoint.secret-key-base=" + SECRET)
                .withBean(PhoenixToken.class, () -> mine)
                .run(context -> assertThat(context.getBean(PhoenixToken.class)).isSameAs(mine));
    }
}
