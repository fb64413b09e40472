package io.phoenixspring.autoconfigure.logger;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which params log lines and debug pages hide, as Phoenix's {@code config :phoenix, :filter_parameters}.
 */
@ConfigurationProperties("phoenix")
public class PhoenixLoggerProperties {

    /**
     * Params whose name contains any of these terms (case-sensitive) are shown as [FILTERED], in nested maps and lists
     * too. Ignored when keep-parameters is set.
     */
    private List<String> filterParameters = new ArrayList<>(List.of("password"));

    /**
     * Params shown as they are, matched by exact name with everything under them; every other value is shown as
     * [FILTERED] (Phoenix's {:keep, [...]}). Takes precedence over filter-parameters.
     */
    private @Nullable List<String> keepParameters;

    public List<String> getFilterParameters() {
        return filterParameters;
    }

    public void setFilterParameters(List<String> filterParameters) {
        this.filterParameters = filterParameters;
    }

    public @Nullable List<String> getKeepParameters() {
        return keepParameters;
    }

    public void setKeepParameters(@Nullable List<String> keepParameters) {
        this.keepParameters = keepParameters;
    }
}
