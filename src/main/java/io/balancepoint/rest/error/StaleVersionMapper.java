package io.balancepoint.rest.error;

import io.balancepoint.validation.StaleVersionException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 409 for an update based on a version someone else has replaced. */
@Provider
public final class StaleVersionMapper implements ExceptionMapper<StaleVersionException> {

    @Override
    public Response toResponse(StaleVersionException e) {
        return ErrorResponses.of(409, "Conflicting change: " + e.what() + " is at version " + e.currentVersion()
                + ", your change was based on version " + e.expectedVersion()
                + ". Nothing was saved; reload and apply your change again.");
    }
}
