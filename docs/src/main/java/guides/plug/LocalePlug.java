package guides.plug;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.plug.Plug;
import java.util.Set;

/** The plug guide's module plug. */
public final class LocalePlug implements Plug {

    private static final Set<String> LOCALES = Set.of("en", "fr", "de");

    private final String defaultLocale;

    public LocalePlug(String defaultLocale) {
        this.defaultLocale = defaultLocale;
    }

    @Override
    public Conn call(Conn conn) {
        String locale = conn.params().getString("locale");
        return conn.assign("locale", locale != null && LOCALES.contains(locale) ? locale : defaultLocale);
    }
}
