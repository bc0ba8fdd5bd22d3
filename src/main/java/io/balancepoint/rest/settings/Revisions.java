package io.balancepoint.rest.settings;

import io.balancepoint.rest.error.MalformedRequestException;
import io.balancepoint.store.SettingsStore;
import io.balancepoint.validation.Problems;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings revision a change is based on, from {@code If-Match} (the {@code ETag} of a read,
 * a revision in quotes) or the body's {@code revision}: one of them is required, and when both
 * are given they must agree. Shared by every endpoint that saves a settings revision.
 */
public final class Revisions {

    /** A strong entity tag holding a revision: {@code "12"}. */
    private static final Pattern REVISION_TAG = Pattern.compile("\"(\\d{1,18})\"");

    private Revisions() {
    }

    /**
     * The expected revision; records a problem under {@code revision} (and returns -1) when it is
     * missing or the two disagree. A malformed {@code If-Match} is a 400.
     */
    public static long expected(String ifMatch, Long bodyRevision, Problems problems) {
        Long fromHeader = ofIfMatch(ifMatch);
        if (fromHeader == null) {
            if (!problems.required(bodyRevision, "revision")) {
                return -1;
            }
            return bodyRevision;
        }
        if (bodyRevision != null && !bodyRevision.equals(fromHeader)) {
            problems.add("revision", "differs from If-Match (" + fromHeader + "); send one of them");
        }
        return fromHeader;
    }

    /** Records a problem when a save comment is longer than the history keeps. */
    public static void comment(Problems problems, String comment) {
        if (comment != null && comment.length() > SettingsStore.MAX_COMMENT_LENGTH) {
            problems.add("comment", "must be at most " + SettingsStore.MAX_COMMENT_LENGTH + " characters, has " + comment.length());
        }
    }

    /** The revision in an {@code If-Match} header, null when there is none. */
    static Long ofIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        Matcher matcher = REVISION_TAG.matcher(ifMatch.trim());
        if (!matcher.matches()) {
            throw MalformedRequestException.of("If-Match", "must be the ETag of GET /settings, a revision in quotes such as \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }
}
