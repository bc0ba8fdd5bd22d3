package io.balancepoint.workbench.jsm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The layout of an export directory (see docs/jsm-import.md) and the reading of its files as JSON
 * trees. A file that is missing or not JSON is a problem of that file.
 */
final class ExportFiles {

    static final String MANIFEST = "manifest.json";
    static final String FIELDS = "fields.json";
    static final String STATUSES = "statuses.json";
    static final String USERS = "users.json";
    static final String ORGANIZATIONS = "organizations.json";
    static final String ORGANIZATION_PROPERTIES = "organization-properties";
    static final String SEARCH = "search";
    static final String REQUEST_COMMENTS = "request-comments";
    static final String CHANNEL = "channel";

    /** Exact decimals: organisation values are money, and a double would round them. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final Path root;

    ExportFiles(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    boolean exists(String relative) {
        return Files.isRegularFile(root.resolve(relative));
    }

    /** The file's JSON, or null after a problem (missing, unreadable, not JSON). */
    JsonNode read(String relative, ImportProblems problems) {
        Path file = root.resolve(relative);
        if (!Files.isRegularFile(file)) {
            problems.add(relative, null, null, "is missing");
            return null;
        }
        try {
            JsonNode node = MAPPER.readTree(file.toFile());
            if (node == null || node.isMissingNode()) {
                problems.add(relative, null, null, "is empty; expected JSON");
                return null;
            }
            return node;
        } catch (JsonProcessingException e) {
            problems.add(relative, null, null, "is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): " + withoutSource(e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            problems.add(relative, null, null, "cannot be read: " + e.getMessage());
            return null;
        }
    }

    /** Jackson's message without its "(for Array starting at [Source: …])" tail, which repeats the location. */
    private static String withoutSource(String message) {
        int tail = message.indexOf(" (for ");
        return tail < 0 ? message : message.substring(0, tail);
    }

    /** The JSON files of a directory (relative names, sorted); empty when the directory does not exist. */
    List<String> jsonFiles(String directory) throws IOException {
        Path dir = root.resolve(directory);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".json"))
                    .map(f -> directory + "/" + f.getFileName())
                    .sorted()
                    .toList();
        }
    }

    static String requestComments(String issueKey) {
        return REQUEST_COMMENTS + "/" + issueKey + ".json";
    }

    static String channel(String issueKey) {
        return CHANNEL + "/" + issueKey + ".json";
    }
}
