package io.balancepoint.rest.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything no other mapper handles is a bug or an outage: 500 with a generic message and an error
 * id; the exception, with its stack trace, goes to the log under that id. Nothing about the
 * failure (types, messages, traces) reaches the caller.
 */
@Provider
public final class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorMapper.class);

    @Override
    public Response toResponse(Throwable failure) {
        String errorId = UUID.randomUUID().toString();
        LOG.error("Balance Point REST request failed, error id {}", errorId, failure);
        return ErrorResponses.unexpected(errorId);
    }
}
