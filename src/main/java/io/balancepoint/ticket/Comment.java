package io.balancepoint.ticket;

import java.time.Instant;
import java.util.Objects;

/** A comment on a ticket: public (visible to the customer) or internal, and who wrote it. */
public record Comment(long id, String authorKey, Instant created, boolean isPublic, AuthorRole authorRole) {

    public Comment {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(authorRole, "authorRole");
    }

    /** An agent public response: the unit of "one contact". */
    public boolean isAgentPublicResponse() {
        return isPublic && authorRole == AuthorRole.AGENT;
    }

    public boolean isCustomerPublicComment() {
        return isPublic && authorRole == AuthorRole.CUSTOMER;
    }
}
