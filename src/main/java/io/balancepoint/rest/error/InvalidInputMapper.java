package io.balancepoint.rest.error;

import io.balancepoint.validation.InvalidInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 422 with every problem: the request was read, but its values break a rule. */
@Provider
public final class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Override
    public Response toResponse(InvalidInputException e) {
        return ErrorResponses.of(422, "The request breaks a rule; see errors.", e.problems());
    }
}
