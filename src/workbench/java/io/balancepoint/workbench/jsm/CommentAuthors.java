package io.balancepoint.workbench.jsm;

import io.balancepoint.ticket.AuthorRole;
import io.balancepoint.ticket.AuthorRoles;
import java.util.Map;
import java.util.Set;

/**
 * Decides who wrote a request comment, as service metrics count it. JSM itself records only whether
 * a comment is public; the role comes from who the author is on this request and on the site, through
 * the rule the Jira adapter uses ({@link AuthorRoles}), in effect in this order (docs/jsm-import.md explains why):
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

    /** The product's rule ({@link AuthorRoles}) with what the export knows about the author. */
    AuthorRole roleOf(String authorKey, boolean isPublic, String reporterKey, Set<String> participants) {
        boolean party = authorKey != null && (authorKey.equals(reporterKey) || participants.contains(authorKey));
        JsmUser user = authorKey == null ? null : users.get(authorKey);
        boolean agent = user != null && user.agent();
        // An unlicensed non-party's internal note is an integration's or a collaborator's: like automation, no contact.
        boolean automation = authorKey == null || (user != null && user.app()) || (!party && !agent && !isPublic);
        return AuthorRoles.of(automation, party, agent);
    }
}
