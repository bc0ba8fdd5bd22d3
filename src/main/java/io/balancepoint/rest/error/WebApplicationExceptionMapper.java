package io.balancepoint.rest.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * The JAX-RS runtime's own refusals (no such path 404, method not allowed 405, not acceptable 406,
 * unsupported media type 415, ...) in the API's error shape. The message is the status's standard
 * phrase, never the exception's text; a 5xx is an unexpected error like any other.
 */
@Provider
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private final UnexpectedErrorMapper unexpected = new UnexpectedErrorMapper();

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected.toResponse(e);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String message = type == null ? "Request refused." : type.getReasonPhrase() + ".";
        Response.ResponseBuilder response = ErrorResponses.builder(new ErrorBody(status, message, List.of(), null));
        // a 405 must say which methods are allowed
        Object allow = original.getHeaders().getFirst(HttpHeaders.ALLOW);
        if (allow != null) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        return response.build();
    }
}
