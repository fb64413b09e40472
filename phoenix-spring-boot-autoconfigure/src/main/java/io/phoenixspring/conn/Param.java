package io.phoenixspring.conn;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Turns values into URL params, as the {@code Phoenix.Param} protocol: strings, numbers, booleans, enums and UUIDs
 * become their text; {@link ToParam} types choose their own; any other object is put by its {@code id} property (or
 * the one {@link ParamKey} names). The property is looked up once per type.
 */
public final class Param {

    private static final ClassValue<MethodHandle> KEYS = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            return keyAccessor(type);
        }
    };

    private Param() {}

    /**
     * The param for {@code value}.
     *
     * @throws IllegalArgumentException for null, maps, floating point numbers, and objects whose key is missing or null
     */
    public static String toParam(@Nullable Object value) {
        if (value == null) {
            throw new IllegalArgumentException("cannot convert nil to param; pass a value or an object with an id");
        }
        if (value instanceof CharSequence
                || value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte
                || value instanceof java.math.BigInteger
                || value instanceof Boolean
                || value instanceof UUID
                || value instanceof Character) {
            return value.toString();
        }
        if (value instanceof ToParam custom) {
            return custom.toParam();
        }
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
        if (value instanceof Map<?, ?>) {
            throw new IllegalArgumentException("maps cannot be converted to_param. A struct was expected, got: " + value
                    + "; pass the id itself or an object with an id property");
        }
        if (value instanceof Number) {
            throw new IllegalArgumentException(
                    "cannot convert " + value.getClass().getSimpleName() + " " + value
                            + " to param; pass an integer, a string or implement ToParam");
        }
        return fromKey(value);
    }

    private static String fromKey(Object value) {
        Class<?> type = value.getClass();
        Object key;
        try {
            key = KEYS.get(type).invoke(value);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("reading the param key of " + type.getName() + " failed", e);
        }
        if (key == null) {
            throw new IllegalArgumentException("cannot convert " + type.getSimpleName() + " to param, key "
                    + keyName(type) + " contains a nil value");
        }
        return toParam(key);
    }

    private static String keyName(Class<?> type) {
        ParamKey annotation = type.getAnnotation(ParamKey.class);
        return annotation == null ? "id" : annotation.value();
    }

    private static MethodHandle keyAccessor(Class<?> type) {
        String key = keyName(type);
        String getter = "get" + Character.toUpperCase(key.charAt(0)) + key.substring(1);
        for (String name : new String[] {key, getter}) {
            try {
                Method method = type.getMethod(name);
                if (Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                method.setAccessible(true);
                return MethodHandles.lookup().unreflect(method);
            } catch (NoSuchMethodException | IllegalAccessException | RuntimeException ignored) {
                // try the next accessor shape
            }
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(key);
                field.setAccessible(true);
                return MethodHandles.lookup().unreflectGetter(field);
            } catch (NoSuchFieldException | IllegalAccessException | RuntimeException ignored) {
                // look in the superclass
            }
        }
        throw new IllegalArgumentException(type.getName() + " has no \"" + key + "\" property to convert to param;"
                + " add one, name another with @ParamKey, or implement ToParam");
    }
}
