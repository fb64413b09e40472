package io.phoenixspring.controller.internal;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.plug.Plug;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Phoenix's {@code allow_jsonp/2}. */
public final class Jsonp {

    private Jsonp() {}

    /** The plug wrapping JSON responses in a call of the function the query param {@code param} names. */
    public static Plug plug(String param) {
        return conn -> {
            if (!conn.queryParams().containsKey(param)) {
                return conn;
            }
            Object callback = conn.queryParams().get(param);
            if ("".equals(callback)) {
                return conn;
            }
            if (!(callback instanceof String name) || !valid(name)) {
                throw new IllegalArgumentException("the JSONP callback name contains invalid characters; only ASCII"
                        + " letters, digits and _ are allowed in the " + param + " query param");
            }
            return conn.registerBeforeSend(c -> wrap(c, name));
        };
    }

    private static boolean valid(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static Conn wrap(Conn conn, String callback) {
        byte[] body = conn.respBody();
        Integer status = conn.status();
        if (body == null || status == null || !json(conn.getRespHeader("content-type"))) {
            return conn;
        }
        String json = new String(body, StandardCharsets.UTF_8)
                .replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
        String wrapped = "/**/ typeof " + callback + " === 'function' && " + callback + "(" + json + ");";
        return conn.putRespHeader("content-type", "application/javascript").resp(status, wrapped);
    }

    private static boolean json(List<String> contentTypes) {
        if (contentTypes.size() != 1) {
            return false;
        }
        String type = contentTypes.get(0);
        return type.equals("application/json") || type.startsWith("application/json;");
    }
}
