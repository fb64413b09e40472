package io.phoenixspring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.OverrideAutoConfiguration;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A test slice for the web layer, as {@code @WebMvcTest} is for Spring MVC and a {@code ConnCase} for Phoenix: only
 * the Phoenix auto-configuration (with Jackson, Thymeleaf and channels), the application's routers, plugs, endpoint
 * customizers, controllers (classes named {@code ...Controller}), views, sockets and channels are loaded, plus what
 * the test {@code @Import}s; services and repositories are not (import them or provide test doubles).
 * {@link ConnTest} dispatches through the endpoint of this context, and {@link ChannelTest} joins channels on its
 * PubSub.
 *
 * <pre>{@code
 * @PhoenixWebTest
 * class HelloControllerTests {
 *     @Test
 *     void greets() {
 *         assertThat(htmlResponse(get(buildConn(), "/hello/Frank"), 200)).contains("Frank");
 *     }
 * }
 * }</pre>
 *
 * <p>Libraries add types to the slice by listing them in
 * {@code META-INF/spring/io.phoenixspring.test.PhoenixWebTest.includes}, and auto-configurations in
 * {@code META-INF/spring/io.phoenixspring.test.AutoConfigurePhoenixWeb.imports}. For the whole application, use
 * {@code @SpringBootTest} with {@link AutoConfigureConnTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BootstrapWith(PhoenixWebTestContextBootstrapper.class)
@ExtendWith({SpringExtension.class, ConnTestExtension.class, ChannelTestExtension.class})
@OverrideAutoConfiguration(enabled = false)
@TypeExcludeFilters(PhoenixWebTypeExcludeFilter.class)
@AutoConfigurePhoenixWeb
@ImportAutoConfiguration
public @interface PhoenixWebTest {

    /** Properties to add to the test's environment, as {@code key=value}. */
    String[] properties() default {};

    /** Whether the application's components of the included types are scanned. */
    boolean useDefaultFilters() default true;
}
