package io.phoenixspring.autoconfigure.endpoint;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.logging.LogLevel;
import org.springframework.util.unit.DataSize;

/**
 * The endpoint's configuration, as Phoenix's endpoint config.
 */
@ConfigurationProperties("phoenix.endpoint")
public class PhoenixEndpointProperties {

    /**
     * Base secret from which signing and encryption keys are derived (sessions, tokens). At least 64 bytes; take it
     * from the environment in production.
     */
    private @Nullable String secretKeyBase;

    /** Public URL used by the URL helpers. */
    private final Url url = new Url();

    /** Static file serving. */
    private final Static staticFiles = new Static();

    /** Request ids. */
    private final RequestId requestId = new RequestId();

    /** Request body parsing. */
    private final Parsers parsers = new Parsers();

    /** The cookie session store. */
    private final Session session = new Session();

    /** Whether a POST with a _method body param of PUT, PATCH or DELETE is routed as that method. */
    private boolean methodOverride = true;

    /** Whether HEAD requests are run as GET with the body dropped. */
    private boolean head = true;

    /** Whether each request and its response are logged at info level. */
    private boolean logRequests = true;

    /** How failures are rendered: the error view, its formats and the log level. */
    private final RenderErrors renderErrors = new RenderErrors();

    /**
     * Whether failures are shown on a development page with the exception, the request, the stack trace and, for a
     * 404, the route table. For development only (set it in application-dev.yml); read at startup.
     */
    private boolean debugErrors;

    /**
     * Path prefixes whose requests skip the endpoint and go straight to the servlet chain (Spring MVC). The actuator's
     * base path is added when the actuator is present.
     */
    private List<String> passThrough = new ArrayList<>();

    public @Nullable String getSecretKeyBase() {
        return secretKeyBase;
    }

    public void setSecretKeyBase(@Nullable String secretKeyBase) {
        this.secretKeyBase = secretKeyBase;
    }

    public List<String> getPassThrough() {
        return passThrough;
    }

    public void setPassThrough(List<String> passThrough) {
        this.passThrough = passThrough;
    }

    public Url getUrl() {
        return url;
    }

    public Static getStatic() {
        return staticFiles;
    }

    public RequestId getRequestId() {
        return requestId;
    }

    public Parsers getParsers() {
        return parsers;
    }

    public Session getSession() {
        return session;
    }

    public boolean isMethodOverride() {
        return methodOverride;
    }

    public void setMethodOverride(boolean methodOverride) {
        this.methodOverride = methodOverride;
    }

    public boolean isHead() {
        return head;
    }

    public void setHead(boolean head) {
        this.head = head;
    }

    public RenderErrors getRenderErrors() {
        return renderErrors;
    }

    public boolean isDebugErrors() {
        return debugErrors;
    }

    public void setDebugErrors(boolean debugErrors) {
        this.debugErrors = debugErrors;
    }

    public boolean isLogRequests() {
        return logRequests;
    }

    public void setLogRequests(boolean logRequests) {
        this.logRequests = logRequests;
    }

    /** Error rendering, as Phoenix's render_errors. */
    public static class RenderErrors {

        /** Template directory of the error view: "error" renders templates/error/404.html. */
        private String view = "error";

        /** Formats errors are rendered in; the first is used when the request's format is none of them. */
        private List<String> accepts = new ArrayList<>(List.of("html", "json"));

        /** Level of the "Converted error ... to 404 response" log line; "off" or false for none. */
        private LogLevel log = LogLevel.DEBUG;

        public String getView() {
            return view;
        }

        public void setView(String view) {
            this.view = view;
        }

        public List<String> getAccepts() {
            return accepts;
        }

        public void setAccepts(List<String> accepts) {
            this.accepts = accepts;
        }

        public LogLevel getLog() {
            return log;
        }

        public void setLog(LogLevel log) {
            this.log = log;
        }
    }

    /** The public URL. */
    public static class Url {

        /** Scheme of generated URLs: http or https. */
        private String scheme = "http";

        /** Host of generated URLs. */
        private String host = "localhost";

        /** Port of generated URLs. Defaults to the port the server listens on. */
        private @Nullable Integer port;

        /** Root path of generated paths and URLs, for apps behind a proxy that rewrites paths. */
        private String path = "/";

        public String getScheme() {
            return scheme;
        }

        public void setScheme(String scheme) {
            this.scheme = scheme;
        }

        public String getHost() {
            return host;
        }

        public void setHost(String host) {
            this.host = host;
        }

        public @Nullable Integer getPort() {
            return port;
        }

        public void setPort(@Nullable Integer port) {
            this.port = port;
        }

        public String getPath() {
            return path;
        }

        public void setPath(String path) {
            this.path = path;
        }
    }

    /** Static files. */
    public static class Static {

        /** Whether static files are served. */
        private boolean enabled = true;

        /** Request path static files are served under. */
        private String at = "/";

        /** Where the files are: classpath:/... or file:/... */
        private String from = "classpath:/static";

        /** First path segments that are served; empty serves every path. */
        private List<String> only =
                new ArrayList<>(List.of("css", "fonts", "images", "js", "favicon.ico", "robots.txt"));

        /** Prefixes of first path segments that are served. */
        private List<String> onlyMatching = new ArrayList<>();

        /** Whether FILE.gz is served to clients that accept gzip. */
        private boolean gzip = false;

        /** Cache-Control of responses validated by etag. */
        private String cacheControlForEtags = "public";

        /** Cache-Control of requests with a vsn query param (digested assets). */
        private String cacheControlForVsnRequests = "public, max-age=31536000";

        /** Extra response headers of every static file. */
        private Map<String, String> headers = new LinkedHashMap<>();

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getAt() {
            return at;
        }

        public void setAt(String at) {
            this.at = at;
        }

        public String getFrom() {
            return from;
        }

        public void setFrom(String from) {
            this.from = from;
        }

        public List<String> getOnly() {
            return only;
        }

        public void setOnly(List<String> only) {
            this.only = only;
        }

        public List<String> getOnlyMatching() {
            return onlyMatching;
        }

        public void setOnlyMatching(List<String> onlyMatching) {
            this.onlyMatching = onlyMatching;
        }

        public boolean isGzip() {
            return gzip;
        }

        public void setGzip(boolean gzip) {
            this.gzip = gzip;
        }

        public String getCacheControlForEtags() {
            return cacheControlForEtags;
        }

        public void setCacheControlForEtags(String cacheControlForEtags) {
            this.cacheControlForEtags = cacheControlForEtags;
        }

        public String getCacheControlForVsnRequests() {
            return cacheControlForVsnRequests;
        }

        public void setCacheControlForVsnRequests(String cacheControlForVsnRequests) {
            this.cacheControlForVsnRequests = cacheControlForVsnRequests;
        }

        public Map<String, String> getHeaders() {
            return headers;
        }

        public void setHeaders(Map<String, String> headers) {
            this.headers = headers;
        }
    }

    /** Request ids. */
    public static class RequestId {

        /** Whether each request gets an id. */
        private boolean enabled = true;

        /** Header the id is read from and written to. */
        private String header = "x-request-id";

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getHeader() {
            return header;
        }

        public void setHeader(String header) {
            this.header = header;
        }
    }

    /** Body parsers. */
    public static class Parsers {

        /** Whether request bodies are parsed into params. */
        private boolean enabled = true;

        /** Parsers to run: urlencoded, multipart, json. */
        private List<String> parsers = new ArrayList<>(List.of("urlencoded", "multipart", "json"));

        /** Content types left unread instead of rejected with 415. */
        private List<String> pass = new ArrayList<>(List.of("*/*"));

        /** Longest body read; longer ones are rejected with 413. */
        private DataSize length = DataSize.ofBytes(8_000_000);

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public List<String> getParsers() {
            return parsers;
        }

        public void setParsers(List<String> parsers) {
            this.parsers = parsers;
        }

        public List<String> getPass() {
            return pass;
        }

        public void setPass(List<String> pass) {
            this.pass = pass;
        }

        public DataSize getLength() {
            return length;
        }

        public void setLength(DataSize length) {
            this.length = length;
        }
    }

    /** The cookie session. */
    public static class Session {

        /** Name of the session cookie, e.g. _hello_key. The session plug runs only when it is set. */
        private @Nullable String key;

        /** Salt the signing key of the session cookie is derived with. */
        private String signingSalt = "phoenix session";

        /**
         * Salt the encryption key of the session cookie is derived with. When set, the cookie is encrypted (AES-256-GCM)
         * as well as authenticated, so clients cannot read the session; unset for a signed-only cookie.
         */
        private @Nullable String encryptionSalt;

        /** How long the session cookie lives; unset for a browser session. */
        private @Nullable Duration maxAge;

        /** Path of the session cookie. */
        private String path = "/";

        /** Domain of the session cookie. */
        private @Nullable String domain;

        /** Whether the session cookie is sent over HTTPS only. */
        private boolean secure;

        /** Whether scripts are denied the session cookie. */
        private boolean httpOnly = true;

        /** SameSite attribute of the session cookie. */
        private @Nullable String sameSite = "Lax";

        public @Nullable String getKey() {
            return key;
        }

        public void setKey(@Nullable String key) {
            this.key = key;
        }

        public String getSigningSalt() {
            return signingSalt;
        }

        public void setSigningSalt(String signingSalt) {
            this.signingSalt = signingSalt;
        }

        public @Nullable String getEncryptionSalt() {
            return encryptionSalt;
        }

        public void setEncryptionSalt(@Nullable String encryptionSalt) {
            this.encryptionSalt = encryptionSalt;
        }

        public @Nullable Duration getMaxAge() {
            return maxAge;
        }

        public void setMaxAge(@Nullable Duration maxAge) {
            this.maxAge = maxAge;
        }

        public String getPath() {
            return path;
        }

        public void setPath(String path) {
            this.path = path;
        }

        public @Nullable String getDomain() {
            return domain;
        }

        public void setDomain(@Nullable String domain) {
            this.domain = domain;
        }

        public boolean isSecure() {
            return secure;
        }

        public void setSecure(boolean secure) {
            this.secure = secure;
        }

        public boolean isHttpOnly() {
            return httpOnly;
        }

        public void setHttpOnly(boolean httpOnly) {
            this.httpOnly = httpOnly;
        }

        public @Nullable String getSameSite() {
            return sameSite;
        }

        public void setSameSite(@Nullable String sameSite) {
            this.sameSite = sameSite;
        }
    }
}
