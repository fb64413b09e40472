package io.phoenixspring.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.phoenixspring.endpoint.Endpoint;
import io.phoenixspring.pubsub.PubSub;
import io.phoenixspring.router.RouteTable;
import io.phoenixspring.test.channels.RoomChannel;
import io.phoenixspring.test.channels.UserSocket;
import io.phoenixspring.test.slice.SliceComponents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@PhoenixWebTest(properties = "phoenix.endpoint.request-id.header=x-trace-id")
class PhoenixWebTestSliceTests {

    @Autowired
    ApplicationContext context;

    @Test
    void loadsThePhoenixWebLayer() {
        assertThat(context.getBeansOfType(Endpoint.class)).hasSize(1);
        assertThat(context.getBeansOfType(RouteTable.class)).hasSize(1);
        assertThat(context.getBeansOfType(SliceComponents.ReportController.class))
                .hasSize(1);
    }

    @Test
    void loadsSocketsChannelsAndPubSub() {
        assertThat(context.getBeansOfType(UserSocket.class)).hasSize(1);
        assertThat(context.getBeansOfType(RoomChannel.class)).hasSize(1);
        assertThat(context.getBeansOfType(PubSub.class)).hasSize(1);
    }

    @Test
    void leavesServicesOut() {
        assertThat(context.getBeansOfType(SliceComponents.ReportService.class)).isEmpty();
    }

    @Test
    void librariesExtendTheSliceThroughAnIncludesFile() {
        assertThat(context.getBeansOfType(SliceComponents.IncludedExtension.class))
                .hasSize(1);
    }

    @Test
    void propertiesOfTheAnnotationReachTheEnvironment() {
        assertThat(context.getEnvironment().getProperty("phoenix.endpoint.request-id.header"))
                .isEqualTo("x-trace-id");
        assertThat(ConnTest.getRespHeader(ConnTest.get(ConnTest.buildConn(), "/text"), "x-trace-id"))
                .hasSize(1);
    }
}
