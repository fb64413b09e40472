package io.phoenixspring.plug;

import io.phoenixspring.conn.Conn;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.MDC;

/**
 * Gives each request an id, as {@code Plug.RequestId}: a valid id from the request header (20 to 200 characters) is
 * kept, otherwise a new one is made. The id is put in the response header and in the logging MDC as
 * {@code request_id}; the endpoint clears the MDC when the request ends.
 */
public final class RequestIdPlug implements Plug {

    /** The MDC key the id is logged under. */
    public static final String MDC_KEY = "request_id";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String header;

    /** Reads and writes {@code x-request-id}. */
    public RequestIdPlug() {
        this("x-request-id");
    }

    /** Reads and writes {@code header} (lower case). */
    public RequestIdPlug(String header) {
        this.header = header;
    }

    @Override
    public Conn call(Conn conn) {
        String id = conn.firstReqHeader(header);
        if (!valid(id)) {
            id = generate();
        }
        MDC.put(MDC_KEY, id);
        return conn.putRespHeader(header, id);
    }

    private static boolean valid(String id) {
        return id != null && id.length() >= 20 && id.length() <= 200;
    }

    /** A new random id of 20 URL-safe characters. */
    public static String generate() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
