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
 * Table {@code AO_A20EDB_ROLLUP}: the additive measures ({@link io.balancepoint.metrics.FactMeasures})
 * of the tickets of one project resolved on one day ({@code GRAIN} {@code DAY}) or in one calendar
 * month ({@code MONTH}, {@code RESOLVED_DAY} its first day) in one currency: all of them
 * ({@code DIM_NAME} {@code ALL}), or those with one value of one dimension ({@code DIM_NAME} request
 * type, channel, customer tier, support tier or agent, and {@code DIM_VALUE}). Its size grows with
 * days × dimension values, not with tickets (see {@link io.balancepoint.store.RollupKey}). Month rows
 * let a read of whole months touch one row per month and value instead of one per day (a year of
 * forty agents: 480 rows instead of 14 600).
 *
 * <p>Amounts stay exact decimal strings ({@link Decimals}): AO 3.2.11 maps no decimal type (only
 * {@code double}), and ticket costs keep their full scale, so a fixed-scale {@code long} would round.
 * The rows read per query are bounded by periods × values, so they are summed in Java.
 *
 * <p>Before the first release this table was {@code DAY_ROLLUP}, first keyed by all dimensions at once
 * and then without month rows; had either shipped, an AO upgrade task would have to drop the old table's
 * rows and rebuild the rollups from ticket facts.
 * {@code KEY_HASH} (SHA-256 of the key) makes the key unique in one column, which AO 3.2 needs
 * because it has no composite unique index. Rows whose measures drop to zero are deleted, so the
 * table always equals a rebuild from ticket facts.
 */
@Table("Rollup")
@Preload
@Indexes(@Index(name = "project_dim_grain_day", methodNames = {"getProjectKey", "getDimName", "getGrain", "getResolvedDay"}))
public interface RollupEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(64)
    String getKeyHash();

    void setKeyHash(String keyHash);

    /** Random, new on every write: a writer replaces the row only if the token it read is still there. */
    @NotNull
    long getWriteToken();

    void setWriteToken(long writeToken);

    @NotNull
    String getProjectKey();

    void setProjectKey(String projectKey);

    /** {@code DAY} or {@code MONTH} ({@link io.balancepoint.store.RollupGrain}): how many days the row sums. */
    @NotNull
    @StringLength(5)
    String getGrain();

    void setGrain(String grain);

    /** The resolution day as the number yyyymmdd (e.g. 20260105), the month's first day for a month row: readable and ordered in SQL. */
    @NotNull
    int getResolvedDay();

    void setResolvedDay(int resolvedDay);

    /**
     * {@code ALL} for a day's total, else the {@link io.balancepoint.metrics.Dimension} name whose
     * value this row counts (e.g. {@code CHANNEL}).
     */
    @NotNull
    @StringLength(16)
    String getDimName();

    void setDimName(String dimName);

    /** The dimension value (never null for a dimension row: {@code (none)} for tickets without one); null for a total. */
    String getDimValue();

    void setDimValue(String dimValue);

    @NotNull
    @StringLength(3)
    String getCurrency();

    void setCurrency(String currency);

    // The additive measures of io.balancepoint.metrics.FactMeasures, one column each.

    long getTickets();

    void setTickets(long count);

    long getResolved();

    void setResolved(long count);

    long getRealResolutions();

    void setRealResolutions(long count);

    long getFcrApplicable();

    void setFcrApplicable(long count);

    long getFcrCount();

    void setFcrCount(long count);

    long getFcrProvisional();

    void setFcrProvisional(long count);

    long getAgentContacts();

    void setAgentContacts(long count);

    long getFollowUps();

    void setFollowUps(long count);

    long getReopens();

    void setReopens(long count);

    long getLabourSeconds();

    void setLabourSeconds(long seconds);

    long getLabourTickets();

    void setLabourTickets(long count);

    long getLabourEstimatedTickets();

    void setLabourEstimatedTickets(long count);

    long getFirstResponseSeconds();

    void setFirstResponseSeconds(long seconds);

    long getFirstResponses();

    void setFirstResponses(long count);

    long getResolutionSeconds();

    void setResolutionSeconds(long seconds);

    long getCsatSum();

    void setCsatSum(long sum);

    long getCsatCount();

    void setCsatCount(long count);

    @NotNull
    @StringLength(Decimals.MAX_LENGTH)
    String getTotalCost();

    void setTotalCost(String amount);

    @NotNull
    @StringLength(Decimals.MAX_LENGTH)
    String getCostLabour();

    void setCostLabour(String amount);

    @NotNull
    @StringLength(Decimals.MAX_LENGTH)
    String getCostContact();

    void setCostContact(String amount);

    @NotNull
    @StringLength(Decimals.MAX_LENGTH)
    String getCostOverhead();

    void setCostOverhead(String amount);

    @NotNull
    @StringLength(Decimals.MAX_LENGTH)
    String getCostCompensation();

    void setCostCompensation(String amount);

    @NotNull
    @StringLength(Decimals.MAX_LENGTH)
    String getCostMaterial();

    void setCostMaterial(String amount);

    @NotNull
    @StringLength(Decimals.MAX_LENGTH)
    String getCostOutsourcing();

    void setCostOutsourcing(String amount);

    @NotNull
    @StringLength(Decimals.MAX_LENGTH)
    String getCostOther();

    void setCostOther(String amount);
}
