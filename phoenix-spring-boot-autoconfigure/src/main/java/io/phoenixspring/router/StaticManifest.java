package io.phoenixspring.router;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The digested names of static files, from {@code static/cache_manifest.json} in Phoenix's format:
 * {@code {"latest": {"css/app.css": "css/app-1a2b.css"}, ...}}. No manifest means no digests.
 */
final class StaticManifest {

    private static final Logger LOG = LoggerFactory.getLogger(StaticManifest.class);
    private static final String LOCATION = "static/cache_manifest.json";

    private StaticManifest() {}

    static Map<String, String> load(ClassLoader classLoader) {
        try (InputStream in = classLoader.getResourceAsStream(LOCATION)) {
            if (in == null) {
                return Map.of();
            }
            JsonNode latest = JsonMapper.builder().build().readTree(in).path("latest");
            Map<String, String> digests = new LinkedHashMap<>();
            latest.properties()
                    .forEach(e -> digests.put(e.getKey(), e.getValue().asString()));
            return Map.copyOf(digests);
        } catch (IOException | JacksonException e) {
            LOG.error(
                    "could not read the static manifest {}: {}; static paths are served undigested",
                    LOCATION,
                    e.getMessage());
            return Map.of();
        }
    }
}
