package io.balancepoint.store;

import java.util.List;

/**
 * Other writers kept changing some tickets, and the writer gave up on them after its attempts. The
 * other tickets of the same call were written; writing the named ones again later is safe.
 */
public class ContendedWriteException extends StorageException {

    private final List<Long> issueIds;
    private final int attempts;

    /**
     * @param attempts    the transactions tried for each ticket
     * @param lastFailure the conflict that ended the last attempt
     */
    public ContendedWriteException(List<Long> issueIds, int attempts, Throwable lastFailure) {
        super("gave up writing issue" + (issueIds.size() == 1 ? " " : "s ") + issueIds + " after " + attempts
                + " attempts: other writers kept changing " + (issueIds.size() == 1 ? "it" : "them"), lastFailure);
        this.issueIds = List.copyOf(issueIds);
        this.attempts = attempts;
    }

    /** One exception for the tickets of several, in their order, with the cause of the last. */
    static ContendedWriteException combined(List<ContendedWriteException> failures) {
        if (failures.size() == 1) {
            return failures.get(0);
        }
        List<Long> issueIds = failures.stream().flatMap(f -> f.issueIds().stream()).toList();
        int attempts = failures.stream().mapToInt(f -> f.attempts).max().orElseThrow();
        return new ContendedWriteException(issueIds, attempts, failures.get(failures.size() - 1).getCause());
    }

    /** The tickets that were not written, in the order they were given. */
    public List<Long> issueIds() {
        return issueIds;
    }
}
