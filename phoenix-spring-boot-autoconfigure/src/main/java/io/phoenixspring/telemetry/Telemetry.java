package io.phoenixspring.telemetry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /**
     * What a span's work gives back: its result and the metadata of the {@code stop} event.
     *
     * @param result what {@link #span} returns
     * @param stopMetadata the {@code stop} event's metadata
     */
    public record SpanResult<T>(T result, Map<String, Object> stopMetadata) {}

    /** The work a span measures. */
    @FunctionalInterface
    public interface SpanWork<T> {

        SpanResult<T> run();
    }

    /**
     * Watches the work behind Phoenix's events as it runs, so that a tracer can make it a span with its own scope:
     * the router's dispatch and each channel callback. The bridge to Micrometer's {@code ObservationRegistry} is
     * one; apps rarely write their own.
     */
    @FunctionalInterface
    public interface Observer {

        /**
         * Work named {@code name} (e.g. {@code phoenix.router_dispatch}, {@code phoenix.channel.handle_in}) starts on
         * this thread.
         *
         * @param tags low-cardinality facts: a route pattern, a controller, an event
         * @param details high-cardinality facts: a path, a topic
         * @return what is told, on the same thread, when the work ends
         */
        Scope start(String name, Map<String, String> tags, Map<String, String> details);
    }

    /** Observed work, as it ends. */
    @FunctionalInterface
    public interface Scope {

        /** No observer: nothing to tell. */
        Scope NONE = error -> {};

        /** The work ended, with {@code error} when it threw. */
        void end(@Nullable Throwable error);
    }

    /** The measurements of a span's {@code start} event: {@code system_time}, {@code monotonic_time}. */
    public static final EventMap.Keys START_MEASUREMENTS = EventMap.keys("system_time", "monotonic_time");

    /** The measurements of a span's {@code stop} and {@code exception} events. */
    public static final EventMap.Keys STOP_MEASUREMENTS = EventMap.keys("duration", "monotonic_time");

    private volatile List<Observer> observers = List.of();
    private volatile Map<List<String>, List<Attachment>> byEvent = Map.of();
    private final Map<List<String>, List<List<String>>> spanEvents = new ConcurrentHashMap<>();
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
        if (handlers != null) {
            run(event, handlers, measurements, metadata);
        }
    }

    /**
     * One event, looked up once: an emitter on a hot path keeps it and asks {@link Event#hasHandlers()} and
     * {@link Event#execute} without a map lookup each time. It follows later attaches and detaches.
     */
    public Event event(List<String> name) {
        return new Event(this, List.copyOf(name));
    }

    /** An event of one bus, as {@link #event} gives it. */
    public static final class Event {

        private final Telemetry telemetry;
        private final List<String> name;
        private @Nullable Resolved resolved;

        private Event(Telemetry telemetry, List<String> name) {
            this.telemetry = telemetry;
            this.name = name;
        }

        /** The event's name. */
        public List<String> name() {
            return name;
        }

        /** Whether any handler is attached to it: emitters may skip building metadata otherwise. */
        public boolean hasHandlers() {
            return !handlers().isEmpty();
        }

        /** Emits it to its handlers. */
        public void execute(Map<String, Object> measurements, Map<String, Object> metadata) {
            List<Attachment> handlers = handlers();
            if (!handlers.isEmpty()) {
                telemetry.run(name, handlers, measurements, metadata);
            }
        }

        /** The handlers of the bus's current index; read again only when handlers were attached or detached. */
        private List<Attachment> handlers() {
            Map<List<String>, List<Attachment>> index = telemetry.byEvent;
            Resolved known = resolved;
            if (known == null || known.index() != index) {
                known = new Resolved(index, index.getOrDefault(name, List.of()));
                resolved = known;
            }
            return known.handlers();
        }

        /** Immutable, so that threads racing on {@code resolved} each see a whole one. */
        private record Resolved(Map<List<String>, List<Attachment>> index, List<Attachment> handlers) {}

        @Override
        public String toString() {
            return name.toString();
        }
    }

    private void run(
            List<String> event,
            List<Attachment> handlers,
            Map<String, Object> measurements,
            Map<String, Object> metadata) {
        for (Attachment attachment : handlers) {
            try {
                attachment.handler().handle(event, measurements, metadata, attachment.config());
            } catch (RuntimeException | Error e) {
                LOG.error("the telemetry handler \"{}\" failed on {} and was detached", attachment.id(), event, e);
                detach(attachment.id());
            }
        }
    }

    /**
     * Runs {@code work} between two events, as {@code :telemetry.span/3}: {@code prefix ++ [start]} with
     * {@code monotonic_time} and {@code system_time} and the start metadata, then {@code prefix ++ [stop]} with
     * {@code duration} and {@code monotonic_time} and the metadata the work returned, or, when the work throws,
     * {@code prefix ++ [exception]} with the start metadata plus {@code kind}, {@code reason} and {@code stacktrace},
     * and the exception is rethrown. Times are nanoseconds; every event's metadata carries the same
     * {@code telemetry_span_context}.
     */
    public <T> T span(List<String> prefix, Map<String, Object> startMetadata, SpanWork<T> work) {
        List<List<String>> events = spanEvents.get(prefix);
        if (events == null) {
            List<String> key = List.copyOf(prefix);
            events = List.of(event(key, "start"), event(key, "stop"), event(key, "exception"));
            spanEvents.put(key, events);
        }
        List<String> start = events.get(0);
        List<String> stop = events.get(1);
        List<String> exception = events.get(2);
        boolean observed = hasHandlers(start) || hasHandlers(stop) || hasHandlers(exception);
        Object context = observed ? new Object() : null;
        long startTime = System.nanoTime();
        if (hasHandlers(start)) {
            execute(start, START_MEASUREMENTS.with(systemTime(), startTime), withContext(startMetadata, context));
        }
        SpanResult<T> result;
        try {
            result = work.run();
        } catch (RuntimeException | Error e) {
            if (hasHandlers(exception)) {
                long end = System.nanoTime();
                Map<String, Object> metadata = new LinkedHashMap<>(withContext(startMetadata, context));
                metadata.put("kind", "error");
                metadata.put("reason", e);
                metadata.put("stacktrace", List.of(e.getStackTrace()));
                execute(exception, STOP_MEASUREMENTS.with(end - startTime, end), metadata);
            }
            throw e;
        }
        if (hasHandlers(stop)) {
            long end = System.nanoTime();
            execute(stop, STOP_MEASUREMENTS.with(end - startTime, end), withContext(result.stopMetadata(), context));
        }
        return result.result();
    }

    /** Adds an {@link Observer} of the work behind Phoenix's events. */
    public synchronized void addObserver(Observer observer) {
        List<Observer> more = new ArrayList<>(observers);
        more.add(observer);
        observers = List.copyOf(more);
    }

    /** Whether any {@link Observer} is added: emitters skip building tags otherwise. */
    public boolean isObserved() {
        return !observers.isEmpty();
    }

    /**
     * Tells every {@link Observer} that work named {@code name} starts; end the returned scope on the same thread
     * when it ends. An observer that throws is logged and left out of this work; it never breaks the work.
     */
    public Scope observe(String name, Map<String, String> tags, Map<String, String> details) {
        List<Observer> current = observers;
        if (current.isEmpty()) {
            return Scope.NONE;
        }
        if (current.size() == 1) {
            return started(current.get(0), name, tags, details);
        }
        List<Scope> scopes = new ArrayList<>(current.size());
        for (Observer observer : current) {
            scopes.add(started(observer, name, tags, details));
        }
        return error -> {
            for (int i = scopes.size() - 1; i >= 0; i--) {
                scopes.get(i).end(error);
            }
        };
    }

    private static Scope started(
            Observer observer, String name, Map<String, String> tags, Map<String, String> details) {
        Scope scope;
        try {
            scope = observer.start(name, tags, details);
        } catch (RuntimeException e) {
            LOG.error("the telemetry observer {} failed starting {}", observer, name, e);
            return Scope.NONE;
        }
        return error -> {
            try {
                scope.end(error);
            } catch (RuntimeException e) {
                LOG.error("the telemetry observer {} failed ending {}", observer, name, e);
            }
        };
    }

    /** The wall-clock time in nanoseconds since the epoch: the {@code system_time} measurement. */
    public static long systemTime() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static List<String> event(List<String> prefix, String last) {
        List<String> event = new ArrayList<>(prefix.size() + 1);
        event.addAll(prefix);
        event.add(last);
        return List.copyOf(event);
    }

    private static Map<String, Object> withContext(Map<String, Object> metadata, @Nullable Object context) {
        if (context == null) {
            return metadata;
        }
        Map<String, Object> copy = new LinkedHashMap<>(metadata);
        copy.put("telemetry_span_context", context);
        return copy;
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
