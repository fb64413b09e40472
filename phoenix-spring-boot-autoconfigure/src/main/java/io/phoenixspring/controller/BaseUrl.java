package io.phoenixspring.controller;

/**
 * The base URL absolute URLs are built from, without path: Phoenix's {@code endpoint.url()}. The endpoint a conn runs
 * in (private {@code phoenix_endpoint}) implements it, so {@link Controller#currentUrl} uses the configured URL and
 * never the request's {@code Host} header.
 */
@FunctionalInterface
public interface BaseUrl {

    /** The URL without path: {@code https://example.com} or {@code http://localhost:4000}. */
    String url();
}
