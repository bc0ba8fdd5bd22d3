package io.balancepoint.rest.settings;

import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.settings.SettingsValidator;
import io.balancepoint.validation.Problem;
import io.balancepoint.validation.Problems;

/**
 * The body of {@code PUT /settings}: the whole new document, the revision the edit started from
 * (or the {@code If-Match} header instead) and an optional comment for the history.
 */
public record SettingsUpdate(Long revision, String comment, SettingsDocument document) {

    /** Every problem of the update, the document's under {@code document.}. */
    void validate(Problems problems) {
        Revisions.comment(problems, comment);
        if (problems.required(document, "document")) {
            Problems at = problems.at("document");
            for (Problem problem : SettingsValidator.problems(document)) {
                at.add(problem.field().equals("$") ? null : problem.field(), problem.reason());
            }
        }
    }
}
