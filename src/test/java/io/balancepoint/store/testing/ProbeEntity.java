package io.balancepoint.store.testing;

import net.java.ao.Entity;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A minimal entity used only to check the database harness itself. */
@Table("Probe")
public interface ProbeEntity extends Entity {

    String getLabel();

    void setLabel(String label);

    long getIssueId();

    void setIssueId(long issueId);

    @Unique
    String getCode();

    void setCode(String code);
}
