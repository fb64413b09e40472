package io.phoenixspring.telemetry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Events with measurements and metadata, dispatched to the handlers attached to them, as Erlang's
 * {@code :telemetry}: {@code execute(List.of("phoenix", "channel_joined"), Map.of("duration", nanos), metadata)}.
 * Handlers run on the emitting thread; a handler that throws is detached and logged once, and never breaks what
 * emitted the event. With nothing attached, {@code execute} costs one map lookup.
 *
 * @see <a href="https://hexdocs.pm/telemetry/telemetry.html">telemetry</a>
 */
public final class Telemetry {

    private static final Logger LOG = LoggerFactory.getLogger(Telemetry.class);

    /** A handler of events. */
    @FunctionalInterface
    public interface Handler {

        /** Handles {@code event}; {@code config} is what was given to {@link #attach}. */
        void handle(
                List<String> event,
                Map<String, Object> measurements,
                Map<String, Object> metadata,
                @Nullable Object config);
    }

    /**
     * An attached handler.
     *
     * @param id the handler's id
     * @param events the events it handles
     * @param handler the handler
     * @param config what it is given with each event
     */
    public record Attachment(
            String id,
            List<List<String>> events,
            Handler handler,
            @Nullable Object config) {}

    private volatile Map<List<String>, List<Attachment>> byEvent = Map.of();
    private final Map<String, Attachment> byId = new HashMap<>();

    /** Attaches {@code handler} under {@code id} to one event. */
    public void attach(String id, List<String> event, Handler handler, @Nullable Object config) {
        attachMany(id, List.of(event), handler, config);
    }

    /**
     * Attaches {@code handler} under {@code id} to {@code events}.
     *
     * @throws IllegalArgumentException when a handler with that id is attached already
     */
    public synchronized void attachMany(
            String id, List<List<String>> events, Handler handler, @Nullable Object config) {
        if (byId.containsKey(id)) {
            throw new IllegalArgumentException("a telemetry handler with id \"" + id + "\" is attached already;"
                    + " detach it first or choose another id");
        }
        List<List<String>> copies = events.stream().map(List::copyOf).toList();
        byId.put(id, new Attachment(id, copies, handler, config));
        rebuild();
    }

    /** Detaches the handler {@code id}; whether there was one. */
    public synchronized boolean detach(String id) {
        boolean removed = byId.remove(id) != null;
        if (removed) {
            rebuild();
        }
        return removed;
    }

    /** The handlers attached to events starting with {@code prefix}. */
    public synchronized List<Attachment> listHandlers(List<String> prefix) {
        List<Attachment> found = new ArrayList<>();
        for (Attachment attachment : byId.values()) {
            if (attachment.events().stream()
                    .anyMatch(e -> e.size() >= prefix.size()
                            && e.subList(0, prefix.size()).equals(prefix))) {
                found.add(attachment);
            }
        }
        return found;
    }

    /** Whether any handler is attached to {@code event}: emitters may skip building metadata otherwise. */
    public boolean hasHandlers(List<String> event) {
        return byEvent.containsKey(event);
    }

    /** Emits {@code event} to its handlers. */
    public void execute(List<String> event, Map<String, Object> measurements, Map<String, Object> metadata) {
        List<Attachment> handlers = byEvent.get(event);
        if (handlers == null) {
            return;
        }
        for (Attachment attachment : handlers) {
            try {
                attachment.handler().handle(event, measurements, metadata, attachment.config());
            } catch (RuntimeException | Error e) {
                LOG.error("the telemetry handler \"{}\" failed on {} and was detached", attachment.id(), event, e);
                detach(attachment.id());
            }
        }
    }

    private void rebuild() {
        Map<List<String>, List<Attachment>> index = new HashMap<>();
        for (Attachment attachment : byId.values()) {
            for (List<String> event : attachment.events()) {
                index.computeIfAbsent(event, k -> new ArrayList<>()).add(attachment);
            }
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        byEvent = Map.copyOf(index);
    }
}
