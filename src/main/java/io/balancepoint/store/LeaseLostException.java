package io.balancepoint.store;

/**
 * A job's lease was taken over by another claim (the run reported nothing for longer than the
 * stale limit). The run must stop at once without writing anything more.
 */
public class LeaseLostException extends RuntimeException {

    public LeaseLostException(String message) {
        super(message);
    }
}
