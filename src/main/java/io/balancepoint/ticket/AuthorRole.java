package io.balancepoint.ticket;

/** Who wrote a comment, as far as service metrics care. */
public enum AuthorRole {
    /** A licensed agent working the request. */
    AGENT,
    /** The customer (reporter or request participant) or another portal user. */
    CUSTOMER,
    /** Automation, integrations, anyone else; never counts as a contact. */
    OTHER
}
