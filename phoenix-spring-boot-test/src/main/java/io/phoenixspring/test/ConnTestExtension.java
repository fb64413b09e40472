package io.phoenixspring.test;

import io.phoenixspring.endpoint.Endpoint;
import io.phoenixspring.router.RouteTable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Points {@link ConnTest} at the endpoint of the test's application context for each test. */
public final class ConnTestExtension implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        ApplicationContext application = SpringExtension.getApplicationContext(context);
        ConnTest.useEndpoint(application.getBean(Endpoint.class));
        application.getBeanProvider(RouteTable.class).ifAvailable(ConnTest::useRoutes);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ConnTest.clearEndpoint();
    }
}
