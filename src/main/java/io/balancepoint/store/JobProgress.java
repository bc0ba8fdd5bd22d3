package io.balancepoint.store;

/**
 * What a running job reports: items done out of a total (0 when unknown), where to resume, and a
 * one-line message for the admin page.
 *
 * @param cursor where a later run continues (e.g. the last issue id committed); null to start over
 */
public record JobProgress(long done, long total, String cursor, String message) {

    /** The longest cursor the job state row holds. */
    public static final int MAX_CURSOR_LENGTH = 450;

    public JobProgress {
        if (done < 0 || total < 0) {
            throw new IllegalArgumentException("done and total must not be negative: " + done + "/" + total);
        }
        if (cursor != null && cursor.length() > MAX_CURSOR_LENGTH) {
            throw new IllegalArgumentException("a cursor holds at most " + MAX_CURSOR_LENGTH + " characters, this one "
                    + cursor.length());
        }
    }

    /** Nothing done yet. */
    public static JobProgress start() {
        return new JobProgress(0, 0, null, null);
    }

    public JobProgress withMessage(String newMessage) {
        return new JobProgress(done, total, cursor, newMessage);
    }
}
