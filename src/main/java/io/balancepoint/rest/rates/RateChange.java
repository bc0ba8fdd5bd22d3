package io.balancepoint.rest.rates;

import io.balancepoint.rates.RateEntry;
import java.time.LocalDate;

/** Bodies of the rate changes; each names the settings revision it is based on (or {@code If-Match}) and may carry a comment. */
public final class RateChange {

    private RateChange() {
    }

    /** {@code POST /rates}: a new effective-dated entry. */
    public record Add(Long revision, String comment, RateEntry entry) {
    }

    /** {@code POST /rates/{index}/end}: the entry ends before {@code until} (exclusive). */
    public record End(Long revision, String comment, LocalDate until) {
    }
}
