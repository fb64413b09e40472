package io.phoenixspring.conn;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the property a type is put in URLs by, as {@code @derive {Phoenix.Param, key: :username}}. Without it the
 * {@code id} property is used.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ParamKey {

    /** The property (record component, getter or field) whose value is the param. */
    String value();
}
