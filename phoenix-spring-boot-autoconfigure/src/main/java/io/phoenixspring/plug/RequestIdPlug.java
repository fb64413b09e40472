package io.phoenixspring.plug;

import io.phoenixspring.conn.Conn;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.MDC;

/**
 * Gives each request an id, as {@code Plug.RequestId}: a valid id from the request header (20 to 200 characters) is
 * kept, otherwise a new one is made. The id is put in the response header and in the logging MDC as
 * {@code request_id}; the endpoint clears the MDC when the request ends.
 */
public final class RequestIdPlug implements Plug {

    /** The MDC key the id is logged under. */
    public static final String MDC_KEY = "request_id";

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

    /**
     * A new id of 20 URL-safe characters: 15 bytes of the thread's random generator. As Plug's ids (made of the time,
     * the process and a counter), they are unique, not secret; they are not worth a cryptographic generator's lock.
     */
    public static String generate() {
        byte[] bytes = new byte[15];
        ThreadLocalRandom.current().nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
}
