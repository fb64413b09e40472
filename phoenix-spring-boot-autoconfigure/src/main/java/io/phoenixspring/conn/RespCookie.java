package io.phoenixspring.conn;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A cookie to send with the response, with Plug's cookie options.
 *
 * @param value the cookie value
 * @param path the cookie path ({@code "/"} by default, as Plug)
 * @param domain the cookie domain, or null for the request host
 * @param maxAge how long the cookie lives, or null for a session cookie
 * @param secure whether the cookie is sent over HTTPS only
 * @param httpOnly whether scripts are denied the cookie ({@code true} by default, as Plug)
 * @param sameSite the {@code SameSite} attribute ({@code Lax}, {@code Strict}, {@code None}) or null for none
 */
public record RespCookie(
        String value,
        String path,
        @Nullable String domain,
        @Nullable Duration maxAge,
        boolean secure,
        boolean httpOnly,
        @Nullable String sameSite) {

    public RespCookie {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(path, "path");
    }

    /** A cookie with Plug's defaults: path {@code /}, HTTP only, no max age. */
    public static RespCookie of(String value) {
        return new RespCookie(value, "/", null, null, false, true, null);
    }

    public RespCookie withMaxAge(@Nullable Duration maxAge) {
        return new RespCookie(value, path, domain, maxAge, secure, httpOnly, sameSite);
    }

    public RespCookie withPath(String path) {
        return new RespCookie(value, path, domain, maxAge, secure, httpOnly, sameSite);
    }

    public RespCookie withDomain(@Nullable String domain) {
        return new RespCookie(value, path, domain, maxAge, secure, httpOnly, sameSite);
    }

    public RespCookie withSecure(boolean secure) {
        return new RespCookie(value, path, domain, maxAge, secure, httpOnly, sameSite);
    }

    public RespCookie withHttpOnly(boolean httpOnly) {
        return new RespCookie(value, path, domain, maxAge, secure, httpOnly, sameSite);
    }

    public RespCookie withSameSite(@Nullable String sameSite) {
        return new RespCookie(value, path, domain, maxAge, secure, httpOnly, sameSite);
    }

    /** The {@code set-cookie} header value for this cookie under {@code name}. */
    public String toHeaderValue(String name) {
        StringBuilder out = new StringBuilder(name).append('=').append(value);
        out.append("; path=").append(path);
        if (domain != null) {
            out.append("; domain=").append(domain);
        }
        if (maxAge != null) {
            long seconds = maxAge.getSeconds();
            out.append("; expires=")
                    .append(Cookies.expires(seconds))
                    .append("; max-age=")
                    .append(seconds);
        }
        if (secure) {
            out.append("; secure");
        }
        if (httpOnly) {
            out.append("; HttpOnly");
        }
        if (sameSite != null) {
            out.append("; SameSite=").append(sameSite);
        }
        return out.toString();
    }
}
