package io.balancepoint.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.java.ao.RawEntity;

/**
 * A storage that works like the real one but fails the writes a {@link Rule} picks (or lets a rule act
 * before a write, as another node would), and logs the writes that passed.
 */
public final class FailingStorage extends ForwardingStorage {

    /** Picks the writes that fail. */
    @FunctionalInterface
    public interface Rule {
        /**
         * @param write "operation Entity", e.g. {@code createAll CostLineEntity}
         * @param rows  the rows of an insert; empty for other writes
         * @return the failure to throw instead of writing, or null to write
         */
        RuntimeException failureOf(String write, List<Map<String, Object>> rows);
    }

    private final Rule rule;
    private final List<String> writes = new ArrayList<>();

    /** Fails every write to {@code failOn} with an {@link IllegalStateException} (not retryable). */
    FailingStorage(AoStorage delegate, Class<?> failOn) {
        this(delegate, (write, rows) -> write.endsWith(" " + failOn.getSimpleName())
                ? new IllegalStateException("injected failure on " + write) : null);
    }

    public FailingStorage(AoStorage delegate, Rule rule) {
        super(delegate);
        this.rule = rule;
    }

    /** The writes that reached the database, as "operation Entity", in order. */
    public List<String> writes() {
        return List.copyOf(writes);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> columns) {
        write("create", type, List.of(columns));
        return super.create(type, columns);
    }

    @Override
    public <T extends RawEntity<K>, K> void createAll(Class<T> type, List<Map<String, Object>> rows) {
        write("createAll", type, rows);
        super.createAll(type, rows);
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        if (entities.length > 0) {
            write("delete", entities[0].getEntityType(), List.of());
        }
        super.delete(entities);
    }

    @Override
    public <K> int deleteWhere(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        write("deleteWhere", type, List.of());
        return super.deleteWhere(type, criteria, parameters);
    }

    private void write(String operation, Class<?> type, List<Map<String, Object>> rows) {
        String write = operation + " " + type.getSimpleName();
        RuntimeException failure = rule.failureOf(write, rows);
        if (failure != null) {
            throw failure;
        }
        writes.add(write);
    }
}
