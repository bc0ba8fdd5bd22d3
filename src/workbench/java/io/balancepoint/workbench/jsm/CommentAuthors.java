package io.balancepoint.workbench.jsm;

import io.balancepoint.ticket.AuthorRole;
import java.util.Map;
import java.util.Set;

/**
 * Decides who wrote a request comment, as service metrics count it. JSM itself records only whether
 * a comment is public; the role comes from who the author is on this request and on the site, in
 * this order (docs/jsm-import.md explains why):
 * <ol>
 *   <li>no author (anonymous e-mail, deleted user) → {@code OTHER};</li>
 *   <li>the reporter or a request participant → {@code CUSTOMER}, even when they hold an agent
 *       licence (an agent's own request is a customer's request);</li>
 *   <li>an app or automation account (Cloud {@code accountType: app}) → {@code OTHER};</li>
 *   <li>a user with a Jira Service Management licence ({@code jira-servicedesk} application role) → {@code AGENT};</li>
 *   <li>an unlicensed user's internal comment (a collaborator or an automation user) → {@code OTHER}:
 *       customers cannot write internal comments, and it is no contact;</li>
 *   <li>an unlicensed user's public comment → {@code CUSTOMER} (portal customers, organisation members, e-mail senders).</li>
 * </ol>
 */
final class CommentAuthors {

    private final Map<String, JsmUser> users;

    CommentAuthors(Map<String, JsmUser> users) {
        this.users = users;
    }

    AuthorRole roleOf(String authorKey, boolean isPublic, String reporterKey, Set<String> participants) {
        if (authorKey == null) {
            return AuthorRole.OTHER;
        }
        if (authorKey.equals(reporterKey) || participants.contains(authorKey)) {
            return AuthorRole.CUSTOMER;
        }
        JsmUser user = users.get(authorKey);
        if (user != null && user.app()) {
            return AuthorRole.OTHER;
        }
        if (user != null && user.agent()) {
            return AuthorRole.AGENT;
        }
        return isPublic ? AuthorRole.CUSTOMER : AuthorRole.OTHER;
    }
}
