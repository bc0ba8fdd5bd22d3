package io.balancepoint.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table {@code AO_A20EDB_RFM_SCORE}: the latest RFM score of one customer. The whole table is
 * replaced by each scoring run, in one transaction, so every node reads the same population.
 */
@Table("RfmScore")
@Preload
public interface RfmScoreEntity extends Entity {

    @NotNull
    @Unique
    String getCustomerKey();

    void setCustomerKey(String customerKey);

    /** The scoring date as yyyymmdd. */
    @NotNull
    int getScoredOn();

    void setScoredOn(int day);

    long getDaysSinceLast();

    void setDaysSinceLast(long days);

    int getRequestCount();

    void setRequestCount(int requests);

    @NotNull
    @StringLength(Decimals.MAX_LENGTH)
    String getMonetaryValue();

    void setMonetaryValue(String value);

    int getRecency();

    void setRecency(int score);

    int getFrequency();

    void setFrequency(int score);

    int getMonetary();

    void setMonetary(int score);

    /** The tier the thresholds in force at scoring gave; readers re-derive it from the sum with today's thresholds. */
    String getTier();

    void setTier(String tier);
}
