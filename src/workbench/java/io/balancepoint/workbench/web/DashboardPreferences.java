package io.balancepoint.workbench.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.balancepoint.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The workbench's dashboard item preferences, per user and item, as Jira keeps a dashboard item's
 * user preferences (string values): one JSON file in the data directory, rewritten whole on each
 * change (write to a temporary file, then move over), so a crash leaves the old or the new file.
 * A workbench has a handful of users and items; nothing here is meant for more.
 */
public final class DashboardPreferences {

    private static final ObjectMapper JSON = Json.mapper();
    private static final TypeReference<Map<String, Map<String, Map<String, String>>>> SHAPE = new TypeReference<>() {
    };

    private final Path file;
    /** user → item → preferences; guarded by this. */
    private final Map<String, Map<String, Map<String, String>>> byUser;

    private DashboardPreferences(Path file, Map<String, Map<String, Map<String, String>>> byUser) {
        this.file = file;
        this.byUser = byUser;
    }

    /** The preferences kept in {@code file} (none yet when it does not exist). */
    public static DashboardPreferences in(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.exists(file)) {
            return new DashboardPreferences(file, new TreeMap<>());
        }
        try {
            return new DashboardPreferences(file, new TreeMap<>(JSON.readValue(file.toFile(), SHAPE)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dashboard preferences in " + file, e);
        }
    }

    /** The preferences {@code user} saved for {@code item}; empty when none. */
    public synchronized Map<String, String> of(String user, String item) {
        return Map.copyOf(byUser.getOrDefault(user, Map.of()).getOrDefault(item, Map.of()));
    }

    /** Replaces what {@code user} saved for {@code item} and writes the file. */
    public synchronized void save(String user, String item, Map<String, String> preferences) {
        Map<String, Map<String, Map<String, String>>> next = new TreeMap<>(byUser);
        Map<String, Map<String, String>> items = new TreeMap<>(next.getOrDefault(user, Map.of()));
        items.put(item, new TreeMap<>(preferences));
        next.put(user, items);
        write(next);
        byUser.clear();
        byUser.putAll(next);
    }

    private void write(Map<String, Map<String, Map<String, String>>> content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), content);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dashboard preferences to " + file, e);
        }
    }
}
