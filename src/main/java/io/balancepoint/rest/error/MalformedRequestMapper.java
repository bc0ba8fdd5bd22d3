package io.balancepoint.rest.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 400 with the field that could not be read. */
@Provider
public final class MalformedRequestMapper implements ExceptionMapper<MalformedRequestException> {

    @Override
    public Response toResponse(MalformedRequestException e) {
        return ErrorResponses.of(400, "The request could not be read; see errors.", e.problems());
    }
}
