package io.balancepoint.store;

import io.balancepoint.store.ao.TicketFactsEntity;
import io.balancepoint.tiering.CustomerRequest;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import net.java.ao.Query;

/** Streams the requests customers raised, from the stored ticket facts, for RFM scoring. */
public final class CustomerRequestScan {

    private final AoStorage storage;

    public CustomerRequestScan(AoStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    /** Every ticket with a customer created in [{@code from}, {@code until}), one at a time, without holding them. */
    public void forEachCreated(Instant from, Instant until, Consumer<CustomerRequest> action) {
        Query query = Query.select("ID, ISSUE_ID, CUSTOMER_KEY, ORGANISATION, CREATED_AT")
                .where("CUSTOMER_KEY IS NOT NULL AND CREATED_AT >= ? AND CREATED_AT < ?",
                        EpochMillis.of(from), EpochMillis.of(until));
        storage.stream(TicketFactsEntity.class, query, row -> action.accept(new CustomerRequest(row.getIssueId(),
                row.getCustomerKey(), row.getOrganisation(), EpochMillis.instant(row.getCreatedAt()))));
    }
}
