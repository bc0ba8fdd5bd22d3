package io.balancepoint.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table {@code AO_A20EDB_TICKET_FACTS}: one row per issue with everything
 * {@link io.balancepoint.facts.TicketFacts} holds. {@code ROW_VERSION} grows by one on every write;
 * a writer replaces the row only if the version it read is still there (optimistic concurrency).
 * Durations are milliseconds; times epoch milliseconds; amounts exact decimal strings.
 * Dashboards read a project's resolution window (or its open tickets) through the index; logged
 * seconds are its last column so that the anomaly list's candidate read ({@code LABOUR_SECONDS > ?})
 * is decided in the index and fetches only the candidates' rows.
 */
@Table("TicketFacts")
@Preload
@Indexes(@Index(name = "project_resolved_labour", methodNames = {"getProjectKey", "getResolvedAt", "getLabourSeconds"}))
public interface TicketFactsEntity extends Entity {

    @NotNull
    @Unique
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    long getRowVersion();

    void setRowVersion(long rowVersion);

    @NotNull
    String getIssueKey();

    void setIssueKey(String issueKey);

    @NotNull
    String getProjectKey();

    void setProjectKey(String projectKey);

    String getRequestType();

    void setRequestType(String requestType);

    String getChannel();

    void setChannel(String channel);

    String getPriority();

    void setPriority(String priority);

    String getCustomerKey();

    void setCustomerKey(String customerKey);

    String getOrganisation();

    void setOrganisation(String organisation);

    String getCustomerTier();

    void setCustomerTier(String customerTier);

    String getSupportTier();

    void setSupportTier(String supportTier);

    Long getCreatedAt();

    void setCreatedAt(Long createdAt);

    Long getResolvedAt();

    void setResolvedAt(Long resolvedAt);

    String getResolution();

    void setResolution(String resolution);

    boolean isRealResolution();

    void setRealResolution(boolean realResolution);

    String getResolvedBy();

    void setResolvedBy(String resolvedBy);

    @NotNull
    @StringLength(3)
    String getCurrency();

    void setCurrency(String currency);

    @NotNull
    @StringLength(Decimals.MAX_LENGTH)
    String getTotalCost();

    void setTotalCost(String totalCost);

    @StringLength(Decimals.MAX_LENGTH)
    String getCostLabour();

    void setCostLabour(String amount);

    @StringLength(Decimals.MAX_LENGTH)
    String getCostContact();

    void setCostContact(String amount);

    @StringLength(Decimals.MAX_LENGTH)
    String getCostOverhead();

    void setCostOverhead(String amount);

    @StringLength(Decimals.MAX_LENGTH)
    String getCostCompensation();

    void setCostCompensation(String amount);

    @StringLength(Decimals.MAX_LENGTH)
    String getCostMaterial();

    void setCostMaterial(String amount);

    @StringLength(Decimals.MAX_LENGTH)
    String getCostOutsourcing();

    void setCostOutsourcing(String amount);

    @StringLength(Decimals.MAX_LENGTH)
    String getCostOther();

    void setCostOther(String amount);

    long getLabourSeconds();

    void setLabourSeconds(long labourSeconds);

    boolean isLabourEstimated();

    void setLabourEstimated(boolean labourEstimated);

    int getAgentContacts();

    void setAgentContacts(int agentContacts);

    int getFollowUps();

    void setFollowUps(int followUps);

    int getReopenCount();

    void setReopenCount(int reopenCount);

    Long getFirstResponseMs();

    void setFirstResponseMs(Long firstResponseMs);

    Long getResolutionMs();

    void setResolutionMs(Long resolutionMs);

    Integer getCsat();

    void setCsat(Integer csat);

    /** {@link io.balancepoint.fcr.FcrStatus} name. */
    @NotNull
    @StringLength(32)
    String getFcrStatus();

    void setFcrStatus(String fcrStatus);
}
