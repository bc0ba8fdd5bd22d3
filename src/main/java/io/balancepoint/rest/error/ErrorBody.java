package io.balancepoint.rest.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.balancepoint.validation.Problem;
import java.util.List;

/**
 * The one shape of every error the API returns:
 * {@code {"status":422,"message":"...","errors":[{"field":"...","reason":"..."}]}}. {@code errors}
 * is always present (empty when the problem has no field); {@code errorId} only on 500, naming
 * the log entry that holds the details.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(int status, String message, List<Problem> errors, String errorId) {

    public ErrorBody {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
