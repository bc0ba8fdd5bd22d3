package io.balancepoint.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Table {@code AO_A20EDB_AUDIT_ENTRY}: one money-changing admin action (recalculation, settings
 * change, manual cost): who, when, what, details as JSON, and the totals before and after.
 */
@Table("AuditEntry")
@Preload
public interface AuditEntryEntity extends Entity {

    @NotNull
    @Indexed
    long getOccurredAt();

    void setOccurredAt(long occurredAt);

    String getActorKey();

    void setActorKey(String userKey);

    @NotNull
    @StringLength(64)
    String getAuditAction();

    void setAuditAction(String action);

    /** What the action was about: a scope, a project key or an issue key. */
    String getSubject();

    void setSubject(String subject);

    @StringLength(StringLength.UNLIMITED)
    String getDetailJson();

    void setDetailJson(String json);

    @StringLength(Decimals.MAX_LENGTH)
    String getTotalBefore();

    void setTotalBefore(String amount);

    @StringLength(Decimals.MAX_LENGTH)
    String getTotalAfter();

    void setTotalAfter(String amount);

    @StringLength(3)
    String getCurrency();

    void setCurrency(String currency);
}
