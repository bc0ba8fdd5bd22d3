package io.balancepoint.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.balancepoint.json.Json;
import io.balancepoint.settings.SettingsCodec;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.settings.SettingsValidator;
import io.balancepoint.store.ao.SettingsDocEntity;
import io.balancepoint.store.ao.SettingsRevEntity;
import io.balancepoint.validation.InvalidInputException;
import io.balancepoint.validation.Problem;
import io.balancepoint.validation.Problems;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import net.java.ao.Query;

/**
 * The settings document in force and every revision ever saved. A save names the revision the
 * edit started from; when someone else saved in between, it fails with
 * {@link RevisionConflictException} and writes nothing (optimistic concurrency: the document row is
 * replaced only if it still holds that revision). Each save is also kept as a history row and
 * written to the audit log, in the same transaction.
 *
 * <p>Stored documents are read back without validating them again: they were valid when saved, and
 * history must stay readable when a later release tightens a rule.
 */
public final class SettingsStore {

    /** The revision of the built-in defaults, in force until the first save. */
    public static final long DEFAULTS_REVISION = 0;
    /** The largest page {@link #history} returns. */
    public static final int MAX_PAGE = 200;
    /** The longest save comment the history holds. */
    public static final int MAX_COMMENT_LENGTH = 450;

    /** The one scope this release keeps settings for (the column leaves room for per-project scopes). */
    static final String SCOPE = "global";

    private final AoStorage storage;
    private final AuditStore audit;

    public SettingsStore(AoStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
        // On the same storage, so the audit entry joins the save's transaction.
        this.audit = new AuditStore(storage);
    }

    /** The document in force and its revision; the defaults as revision 0 when nothing was saved. */
    public StoredSettings current() {
        SettingsDocEntity[] rows = storage.find(SettingsDocEntity.class, Query.select().where("SCOPE_KEY = ?", SCOPE));
        if (rows.length == 0) {
            return StoredSettings.defaults();
        }
        SettingsDocEntity row = rows[0];
        SettingsRevEntity[] revs = storage.find(SettingsRevEntity.class,
                Query.select().where("SCOPE_KEY = ? AND REVISION = ?", SCOPE, row.getRevision()));
        String comment = revs.length == 0 ? null : revs[0].getChangeNote();
        return new StoredSettings(row.getRevision(), document(row.getContentJson(), row.getRevision()),
                row.getUpdatedBy(), EpochMillis.instant(row.getUpdatedAt()), comment);
    }

    /** Just the current revision number, without reading the document: cheap enough to ask before every batch. */
    public long currentRevision() {
        AtomicLong revision = new AtomicLong(DEFAULTS_REVISION);
        storage.stream(SettingsDocEntity.class, Query.select("ID, REVISION").where("SCOPE_KEY = ?", SCOPE),
                row -> revision.set(row.getRevision()));
        return revision.get();
    }

    /**
     * Saves {@code document} as the revision after {@code expectedRevision}.
     *
     * @param author  the user key of who saves
     * @param comment why, for the history; may be null
     * @return the saved revision
     * @throws InvalidInputException     when the document (or the comment) is invalid: every problem, nothing written
     * @throws RevisionConflictException when the current revision is not {@code expectedRevision}: nothing written
     */
    public StoredSettings save(SettingsDocument document, long expectedRevision, String author, String comment, Instant now) {
        checkInput(document, comment);
        String json = SettingsCodec.write(document);
        try {
            return storage.inTransaction(() -> {
                SettingsDocEntity[] rows = storage.find(SettingsDocEntity.class, Query.select().where("SCOPE_KEY = ?", SCOPE));
                long actual = rows.length == 0 ? DEFAULTS_REVISION : rows[0].getRevision();
                if (actual != expectedRevision) {
                    throw new RevisionConflictException(expectedRevision, actual);
                }
                if (rows.length > 0 && storage.deleteWhere(SettingsDocEntity.class, "SCOPE_KEY = ? AND REVISION = ?",
                        SCOPE, actual) == 0) {
                    throw new RevisionConflictException(expectedRevision, currentRevision());
                }
                long revision = actual + 1;
                storage.create(SettingsDocEntity.class, docColumns(revision, json, author, now));
                storage.create(SettingsRevEntity.class, revColumns(revision, json, author, comment, now));
                audit.append(auditEntry(revision, actual, author, comment, now));
                return new StoredSettings(revision, document, author, now, comment);
            });
        } catch (StorageException e) {
            if (StorageFailures.isRetryable(e)) {
                // Another node saved the first revision (unique scope) or won the row lock at the same moment.
                throw new RevisionConflictException(expectedRevision, currentRevision());
            }
            throw e;
        }
    }

    /**
     * Saved revisions, newest first.
     *
     * @param offset how many of the newest to skip
     * @param limit  at most this many, 1–{@value #MAX_PAGE}
     */
    public List<SettingsChange> history(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("offset must be at least 0 and limit between 1 and " + MAX_PAGE
                    + ", were " + offset + " and " + limit);
        }
        List<SettingsChange> changes = new ArrayList<>();
        // Streamed with only the listed columns, so the documents themselves are not read.
        storage.stream(SettingsRevEntity.class, Query.select("ID, REVISION, AUTHOR_KEY, CHANGED_AT, CHANGE_NOTE")
                        .where("SCOPE_KEY = ?", SCOPE).order("REVISION DESC").offset(offset).limit(limit),
                row -> changes.add(new SettingsChange(row.getRevision(), row.getAuthorKey(),
                        EpochMillis.instant(row.getChangedAt()), row.getChangeNote())));
        return changes;
    }

    /** How many revisions were saved. */
    public int historySize() {
        return storage.count(SettingsRevEntity.class, Query.select().where("SCOPE_KEY = ?", SCOPE));
    }

    /** One saved revision with its document; revision 0 is the defaults. */
    public Optional<StoredSettings> revision(long revision) {
        if (revision == DEFAULTS_REVISION) {
            return Optional.of(StoredSettings.defaults());
        }
        SettingsRevEntity[] rows = storage.find(SettingsRevEntity.class,
                Query.select().where("SCOPE_KEY = ? AND REVISION = ?", SCOPE, revision));
        if (rows.length == 0) {
            return Optional.empty();
        }
        SettingsRevEntity row = rows[0];
        return Optional.of(new StoredSettings(revision, document(row.getContentJson(), revision), row.getAuthorKey(),
                EpochMillis.instant(row.getChangedAt()), row.getChangeNote()));
    }

    private static void checkInput(SettingsDocument document, String comment) {
        if (document == null) {
            throw InvalidInputException.of("$", "is required: a settings document");
        }
        List<Problem> problems = new ArrayList<>(SettingsValidator.problems(document));
        if (comment != null && comment.length() > MAX_COMMENT_LENGTH) {
            problems.addAll(new Problems().add("comment", "must be at most " + MAX_COMMENT_LENGTH
                    + " characters, has " + comment.length()).list());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("settings not saved", problems);
        }
    }

    private static SettingsDocument document(String json, long revision) {
        try {
            return Json.mapper().readValue(json, SettingsDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored settings revision " + revision + " cannot be read: "
                    + e.getOriginalMessage(), e);
        }
    }

    private static Map<String, Object> docColumns(long revision, String json, String author, Instant now) {
        Map<String, Object> row = new HashMap<>();
        row.put("SCOPE_KEY", SCOPE);
        row.put("REVISION", revision);
        row.put("CONTENT_JSON", json);
        row.put("UPDATED_BY", author);
        row.put("UPDATED_AT", EpochMillis.of(now));
        return row;
    }

    private static Map<String, Object> revColumns(long revision, String json, String author, String comment, Instant now) {
        Map<String, Object> row = new HashMap<>();
        row.put("SCOPE_KEY", SCOPE);
        row.put("REVISION", revision);
        row.put("CONTENT_JSON", json);
        row.put("AUTHOR_KEY", author);
        row.put("CHANGED_AT", EpochMillis.of(now));
        row.put("CHANGE_NOTE", comment);
        return row;
    }

    private static AuditEntry auditEntry(long revision, long previous, String author, String comment, Instant now) {
        ObjectNode details = JsonNodeFactory.instance.objectNode();
        details.put("revision", revision);
        details.put("previousRevision", previous);
        if (comment != null) {
            details.put("comment", comment);
        }
        return new AuditEntry(now, author, AuditAction.SETTINGS_CHANGE, SCOPE, details, null, null);
    }
}
