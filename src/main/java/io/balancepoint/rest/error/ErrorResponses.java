package io.balancepoint.rest.error;

import io.balancepoint.validation.Problem;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds the JSON error responses of the exception mappers, so every error has the same shape. */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static Response of(int status, String message, List<Problem> errors) {
        return build(new ErrorBody(status, message, errors, null));
    }

    public static Response of(int status, String message) {
        return of(status, message, List.of());
    }

    /** A 500 whose details are only in the log, under {@code errorId}. */
    public static Response unexpected(String errorId) {
        return build(new ErrorBody(500, "Something went wrong on the server. Please quote error id " + errorId
                + " to your administrator.", List.of(), errorId));
    }

    static Response.ResponseBuilder builder(ErrorBody body) {
        return Response.status(body.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
    }

    private static Response build(ErrorBody body) {
        return builder(body).build();
    }
}
