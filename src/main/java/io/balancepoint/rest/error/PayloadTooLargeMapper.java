package io.balancepoint.rest.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 413 for a body over the limit. */
@Provider
public final class PayloadTooLargeMapper implements ExceptionMapper<PayloadTooLargeException> {

    @Override
    public Response toResponse(PayloadTooLargeException e) {
        return ErrorResponses.of(413, "The request body is larger than " + e.limitBytes() + " bytes.");
    }
}
