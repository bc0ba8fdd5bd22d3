package io.balancepoint.rest.error;

import io.balancepoint.access.AccessDenied;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 401, 403 or 404 for a request {@code Permissions} refused, with its safe message. */
@Provider
public final class AccessDeniedMapper implements ExceptionMapper<AccessDenied> {

    @Override
    public jakarta.ws.rs.core.Response toResponse(AccessDenied denied) {
        int status = switch (denied) {
            case AccessDenied.Unauthenticated u -> 401;
            case AccessDenied.Forbidden f -> 403;
            case AccessDenied.NotFound n -> 404;
        };
        return ErrorResponses.of(status, denied.getMessage());
    }
}
