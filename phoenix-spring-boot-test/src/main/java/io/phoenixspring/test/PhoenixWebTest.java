package io.phoenixspring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;

/**
 * A Spring Boot test of the whole application whose {@link ConnTest} helpers dispatch through its endpoint, as a
 * Phoenix {@code ConnCase}.
 *
 * <pre>{@code
 * @PhoenixWebTest
 * class HelloControllerTests {
 *     @Test
 *     void greets() {
 *         assertThat(textResponse(get(buildConn(), "/hello/Frank"), 200)).contains("Frank");
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@ExtendWith(ConnTestExtension.class)
public @interface PhoenixWebTest {

    /** Properties to add to the test's environment, as {@code key=value}. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};

    /** The configuration classes of the test's context; by default the {@code @SpringBootConfiguration} found. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "classes")
    Class<?>[] classes() default {};
}
