package io.phoenixspring.test;

import io.phoenixspring.pubsub.PubSub;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Runs {@link ChannelTest} on the PubSub and channel executor of the test's application context for each test, with a
 * fresh mailbox, and closes the channels the test joined after it. Timeouts come from
 * {@code phoenix.test.assert-timeout} and {@code phoenix.test.refute-timeout}. Without a PubSub bean (no channels
 * configured), it does nothing.
 */
public final class ChannelTestExtension implements BeforeEachCallback, AfterEachCallback {

    /** The executor bean channel mailboxes run on. */
    static final String EXECUTOR = "phoenixChannelExecutor";

    @Override
    public void beforeEach(ExtensionContext context) {
        ApplicationContext application = SpringExtension.getApplicationContext(context);
        PubSub pubSub = application.getBeanProvider(PubSub.class).getIfAvailable();
        if (pubSub == null) {
            return;
        }
        Executor executor = application.containsBean(EXECUTOR)
                ? application.getBean(EXECUTOR, Executor.class)
                : ForkJoinPool.commonPool();
        Environment environment = application.getEnvironment();
        ChannelTest.useChannels(
                pubSub,
                executor,
                application::getBean,
                duration(environment, "phoenix.test.assert-timeout", ChannelTest.ASSERT_TIMEOUT),
                duration(environment, "phoenix.test.refute-timeout", ChannelTest.REFUTE_TIMEOUT));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ChannelTest.clearChannels();
    }

    private static Duration duration(Environment environment, String key, Duration fallback) {
        String value = environment.getProperty(key);
        return value == null || value.isBlank() ? fallback : DurationStyle.detectAndParse(value);
    }
}
