package io.phoenixspring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Points {@link ConnTest} at the endpoint of a {@code @SpringBootTest}'s whole application context:
 * {@code @SpringBootTest @AutoConfigureConnTest class AppTests { ... }}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(ConnTestExtension.class)
public @interface AutoConfigureConnTest {}
