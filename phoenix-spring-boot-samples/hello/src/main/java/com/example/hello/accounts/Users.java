package com.example.hello.accounts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Service;

/** The accounts context: users kept in memory, validated as a changeset would be. */
@Service
public class Users {

    /**
     * What a change gave: the user, or the errors by field.
     *
     * @param user the user stored, or null when invalid
     * @param errors the errors by field
     */
    public record Change(User user, Map<String, List<String>> errors) {

        /** Whether the change was stored. */
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private final Map<Long, User> users = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong();

    public List<User> list() {
        return List.copyOf(users.values());
    }

    public Optional<User> get(long id) {
        return Optional.ofNullable(users.get(id));
    }

    public Change create(Map<String, ?> attributes) {
        return save(ids.get() + 1, attributes, true);
    }

    public Change update(User user, Map<String, ?> attributes) {
        return save(user.id(), attributes, false);
    }

    public void delete(User user) {
        users.remove(user.id());
    }

    private synchronized Change save(long id, Map<String, ?> attributes, boolean created) {
        String name = text(attributes.get("name"));
        String email = text(attributes.get("email"));
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (name.isBlank()) {
            errors.put("name", List.of("can't be blank"));
        } else if (name.length() < 2) {
            errors.put("name", List.of("should be at least 2 character(s)"));
        }
        if (!email.matches("[^@\\s]+@[^@\\s]+")) {
            errors.put("email", List.of("has invalid format"));
        }
        if (!errors.isEmpty()) {
            return new Change(new User(id, name, email), errors);
        }
        if (created) {
            id = ids.incrementAndGet();
        }
        User user = new User(id, name, email);
        users.put(id, user);
        return new Change(user, Map.of());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().trim();
    }
}
