package io.balancepoint.jira.ticket;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import java.util.Optional;

/**
 * What only JSM knows about a request. {@link #detect()} returns the JSM-backed reader when JSM's API
 * classes can be loaded and a reader that knows nothing otherwise, so no class of
 * {@code com.atlassian.servicedesk} is ever loaded on a Jira without JSM (the import is optional).
 */
public interface JsmFacts {

    /** The request type's name; empty for issues that are not customer requests. */
    Optional<String> requestType(Issue issue);

    /** The first organisation of the request; empty when none. */
    Optional<String> organisation(Issue issue);

    /** Public or internal, as JSM's comment service says; empty when it cannot say. */
    Optional<Boolean> isPublic(Comment comment);

    /** Whether the user holds a JSM agent licence. */
    boolean isAgent(com.atlassian.jira.user.ApplicationUser user);

    /** The JSM reader when JSM is installed, else {@link #NONE}. */
    static JsmFacts detect() {
        try {
            Class.forName("com.atlassian.servicedesk.api.comment.ServiceDeskCommentService", false,
                    JsmFacts.class.getClassLoader());
            Class.forName("com.atlassian.servicedesk.api.requesttype.RequestTypeService", false,
                    JsmFacts.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError absent) {
            return NONE;
        }
        return new JsmServiceFacts();
    }

    /** Jira without JSM: no request types, organisations or comment service; nobody is an agent. */
    JsmFacts NONE = new JsmFacts() {
        @Override
        public Optional<String> requestType(Issue issue) {
            return Optional.empty();
        }

        @Override
        public Optional<String> organisation(Issue issue) {
            return Optional.empty();
        }

        @Override
        public Optional<Boolean> isPublic(Comment comment) {
            return Optional.empty();
        }

        @Override
        public boolean isAgent(com.atlassian.jira.user.ApplicationUser user) {
            return false;
        }
    };
}
