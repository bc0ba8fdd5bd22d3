package io.balancepoint.roi;

/** How a CSAT rating of 1–5 becomes a satisfaction index of 0–100 (the methods give different numbers). */
public enum SatisfactionMethod {
    /** (x − 1) ÷ 4 × 100: 0, 25, 50, 75, 100. The default. */
    LINEAR,
    /** x ÷ 5 × 100: 20, 40, 60, 80, 100. */
    PERCENT_OF_MAX,
    /** 4 or 5 → 100, otherwise 0; averaged over ratings it is the top-two-box share. */
    TOP_TWO_BOX
}
