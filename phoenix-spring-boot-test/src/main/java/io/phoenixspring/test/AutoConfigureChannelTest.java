package io.phoenixspring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Points {@link ChannelTest} at the PubSub and channel executor of a {@code @SpringBootTest}'s whole application
 * context: {@code @SpringBootTest @AutoConfigureChannelTest class RoomChannelTests { ... }}. A
 * {@link PhoenixWebTest} needs no extra annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(ChannelTestExtension.class)
public @interface AutoConfigureChannelTest {}
