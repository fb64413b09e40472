package io.phoenixspring.autoconfigure.endpoint;

/**
 * Adds, replaces or removes endpoint plugs, as the {@code plug} lines of a Phoenix endpoint module.
 *
 * <pre>{@code
 * @Bean
 * EndpointCustomizer introspect() {
 *     return plugs -> plugs.plug(conn -> conn.putRespHeader("x-introspected", "1"));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface EndpointCustomizer {

    /** Changes the endpoint's plugs. */
    void customize(EndpointPlugs plugs);
}
