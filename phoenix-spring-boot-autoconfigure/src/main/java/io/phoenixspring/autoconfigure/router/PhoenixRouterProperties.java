package io.phoenixspring.autoconfigure.router;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The router's configuration. */
@ConfigurationProperties("phoenix.router")
public class PhoenixRouterProperties {

    /**
     * Whether requests no Phoenix route matches are passed on to Spring MVC instead of answered 404, so an
     * application can adopt Phoenix routes one by one.
     */
    private boolean fallthrough = false;

    public boolean isFallthrough() {
        return fallthrough;
    }

    public void setFallthrough(boolean fallthrough) {
        this.fallthrough = fallthrough;
    }
}
