package io.balancepoint.access;

import java.util.Objects;

/** A ticket the caller may browse, resolved to both of its identifiers and its project. */
public record VisibleTicket(long issueId, String issueKey, String projectKey) {

    public VisibleTicket {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(projectKey, "projectKey");
    }
}
