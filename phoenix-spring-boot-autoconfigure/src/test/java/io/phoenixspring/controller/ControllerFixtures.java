package io.phoenixspring.controller;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.FakeConnAdapter;
import io.phoenixspring.router.RouteTable;
import io.phoenixspring.router.RouterConfigurer;
import io.phoenixspring.router.RouterPlug;
import java.util.List;
import java.util.function.Function;

/** Conns over a recording adapter, and routers compiled without Spring, for the controller helper tests. */
final class ControllerFixtures {

    private ControllerFixtures() {}

    /** A conn for {@code method} and {@code target} (path and optional query string). */
    static Conn conn(String method, String target) {
        return FakeConnAdapter.request(method, target).conn();
    }

    /** A GET conn for {@code target}. */
    static Conn get(String target) {
        return conn("GET", target);
    }

    /** What {@code conn} sent and recorded. */
    static FakeConnAdapter sent(Conn conn) {
        return (FakeConnAdapter) conn.adapter();
    }

    /** The route table of {@code router}; controllers and fallbacks are made with their no-argument constructor. */
    static RouteTable compile(RouterConfigurer router) {
        return compile(router, ControllerFixtures::instantiate);
    }

    /** The route table of {@code router}, whose controllers and fallbacks {@code beans} gives. */
    static RouteTable compile(RouterConfigurer router, Function<Class<?>, Object> beans) {
        return RouteTable.compile(List.of(router), beans, ControllerFixtures.class.getClassLoader());
    }

    /** Runs {@code conn} through the router of {@code table}. */
    static Conn route(RouteTable table, Conn conn) {
        return new RouterPlug(table, false).call(conn);
    }

    static Object instantiate(Class<?> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make " + type, e);
        }
    }
}
