package io.balancepoint.ticket;

/**
 * Who wrote a comment, decided from what Jira knows about the author. The Jira adapter answers the
 * questions; the rule is here.
 */
public final class AuthorRoles {

    private AuthorRoles() {
    }

    /**
     * @param automation          no author, or the app's own acting user, or a known automation account
     * @param requestParty        the author is the reporter or a request participant
     * @param serviceDeskAgent    the author holds a JSM agent licence
     * @return automation is {@link AuthorRole#OTHER}; an agent who is not a party to the request is an
     *     {@link AuthorRole#AGENT} (an agent raising a request for themselves writes as its customer);
     *     a party to the request, or anyone without an agent licence (portal customers), is a
     *     {@link AuthorRole#CUSTOMER}
     */
    public static AuthorRole of(boolean automation, boolean requestParty, boolean serviceDeskAgent) {
        if (automation) {
            return AuthorRole.OTHER;
        }
        if (serviceDeskAgent && !requestParty) {
            return AuthorRole.AGENT;
        }
        return AuthorRole.CUSTOMER;
    }
}
