package io.balancepoint.rest.settings;

import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.settings.SettingsValidator;
import io.balancepoint.store.SettingsStore;
import io.balancepoint.validation.Problem;
import io.balancepoint.validation.Problems;

/**
 * The body of {@code PUT /settings}: the whole new document, the revision the edit started from
 * (or the {@code If-Match} header instead) and an optional comment for the history.
 */
public record SettingsUpdate(Long revision, String comment, SettingsDocument document) {

    /** Every problem of the update, the document's under {@code document.}. */
    void validate(Problems problems) {
        if (comment != null && comment.length() > SettingsStore.MAX_COMMENT_LENGTH) {
            problems.add("comment", "must be at most " + SettingsStore.MAX_COMMENT_LENGTH + " characters, has " + comment.length());
        }
        if (problems.required(document, "document")) {
            Problems at = problems.at("document");
            for (Problem problem : SettingsValidator.problems(document)) {
                at.add(problem.field().equals("$") ? null : problem.field(), problem.reason());
            }
        }
    }
}
