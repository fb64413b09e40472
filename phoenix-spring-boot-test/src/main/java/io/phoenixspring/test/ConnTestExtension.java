package io.phoenixspring.test;

import io.phoenixspring.endpoint.Endpoint;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Points {@link ConnTest} at the endpoint of the test's application context for each test. */
public final class ConnTestExtension implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        ConnTest.useEndpoint(SpringExtension.getApplicationContext(context).getBean(Endpoint.class));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ConnTest.clearEndpoint();
    }
}
