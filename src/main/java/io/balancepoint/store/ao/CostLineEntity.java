package io.balancepoint.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Table {@code AO_A20EDB_COST_LINE}: one cost line of a ticket ({@link io.balancepoint.ledger.CostLine}).
 * Amounts and rates are exact decimal strings (see {@link Decimals}); times are epoch milliseconds.
 * {@code SOURCE_KEY} is unique per issue; the ticket writer serialises writers of one issue, so no
 * database constraint is needed (AO 3.2 has no composite unique index).
 */
@Table("CostLine")
@Preload
@Indexes(@Index(name = "project_occurred", methodNames = {"getProjectKey", "getOccurredAt"}))
public interface CostLineEntity extends Entity {

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    String getSourceKey();

    void setSourceKey(String sourceKey);

    /** {@link io.balancepoint.ledger.CostCategory} name. */
    @NotNull
    @StringLength(32)
    String getCategory();

    void setCategory(String category);

    @NotNull
    @StringLength(Decimals.MAX_LENGTH)
    String getAmount();

    void setAmount(String amount);

    /** ISO 4217 code. */
    @NotNull
    @StringLength(3)
    String getCurrency();

    void setCurrency(String currency);

    @StringLength(Decimals.MAX_LENGTH)
    String getQuantity();

    void setQuantity(String quantity);

    @StringLength(64)
    String getUnit();

    void setUnit(String unit);

    @StringLength(Decimals.MAX_LENGTH)
    String getRateApplied();

    void setRateApplied(String rateApplied);

    /** {@link io.balancepoint.ledger.RateSource} name; {@code MANUAL} marks lines entered by people. */
    @NotNull
    @StringLength(32)
    String getRateSource();

    void setRateSource(String rateSource);

    @NotNull
    long getOccurredAt();

    void setOccurredAt(long occurredAt);

    boolean isEstimated();

    void setEstimated(boolean estimated);

    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);

    String getAuthorKey();

    void setAuthorKey(String authorKey);
}
