package io.balancepoint.access;

/**
 * A request {@link Permissions} refused. The three kinds map to HTTP 401, 403 and 404; the
 * messages are safe to show to the caller (they never say whether a hidden thing exists).
 */
public abstract sealed class AccessDenied extends RuntimeException
        permits AccessDenied.Unauthenticated, AccessDenied.Forbidden, AccessDenied.NotFound {

    private AccessDenied(String message) {
        // no stack trace: these are answers, not failures, and they are thrown on every refused request
        super(message, null, false, false);
    }

    /** Nobody is logged in, and the request needs someone who is. */
    public static final class Unauthenticated extends AccessDenied {

        public Unauthenticated() {
            super("You need to log in to do this.");
        }
    }

    /** The caller may see the thing but may not do this with it. */
    public static final class Forbidden extends AccessDenied {

        public Forbidden() {
            super("You do not have permission to do this.");
        }
    }

    /**
     * The thing does not exist or the caller may not see it; the two are deliberately the same
     * answer, so nobody learns that a ticket or project they may not browse exists.
     */
    public static final class NotFound extends AccessDenied {

        /** @param what a noun for the message, e.g. {@code ticket}, {@code project} */
        public NotFound(String what) {
            super("No " + what + " found.");
        }
    }
}
