package io.phoenixspring.test;

import io.phoenixspring.autoconfigure.endpoint.EndpointCustomizer;
import io.phoenixspring.channel.Channel;
import io.phoenixspring.controller.ControllerPlugs;
import io.phoenixspring.endpoint.ErrorRenderer;
import io.phoenixspring.plug.Plug;
import io.phoenixspring.router.RouterConfigurer;
import io.phoenixspring.socket.PhoenixSocket;
import io.phoenixspring.view.View;
import java.io.IOException;
import java.util.Set;
import org.springframework.boot.test.context.filter.annotation.StandardAnnotationCustomizableTypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Keeps the web layer of a {@link PhoenixWebTest}: routers, plugs, endpoint customizers, error renderers, views,
 * controllers (classes named {@code ...Controller}, or implementing {@link ControllerPlugs}), sockets and channels,
 * plus the types listed in
 * {@code META-INF/spring/io.phoenixspring.test.PhoenixWebTest.includes}.
 */
final class PhoenixWebTypeExcludeFilter extends StandardAnnotationCustomizableTypeExcludeFilter<PhoenixWebTest> {

    private static final Set<Class<?>> KNOWN = Set.of(
            RouterConfigurer.class,
            Plug.class,
            EndpointCustomizer.class,
            ErrorRenderer.class,
            View.class,
            ControllerPlugs.class,
            PhoenixSocket.class,
            Channel.class);

    PhoenixWebTypeExcludeFilter(Class<?> testClass) {
        super(testClass);
    }

    @Override
    protected Set<Class<?>> getKnownIncludes() {
        return KNOWN;
    }

    @Override
    protected boolean include(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
        return super.include(reader, factory)
                || reader.getClassMetadata().getClassName().endsWith("Controller");
    }
}
