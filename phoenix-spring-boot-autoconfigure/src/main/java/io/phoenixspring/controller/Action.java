package io.phoenixspring.controller;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the action a controller method answers when the action's name cannot be the method's, such as {@code new}:
 * {@code @Action("new") public Conn newUser(Conn conn, Params params)}. A method named {@code new_} answers
 * {@code new} too.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Action {

    /** The action name, as routes give it. */
    String value();
}
