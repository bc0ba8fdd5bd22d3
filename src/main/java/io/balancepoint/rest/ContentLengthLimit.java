package io.balancepoint.rest;

import io.balancepoint.rest.error.PayloadTooLargeException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a request that announces a body over {@link RequestBodyReader#MAX_BYTES} before
 * anything else happens (413). Bodies without a declared length are counted while they are read.
 */
@Provider
@PreMatching
public final class ContentLengthLimit implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > RequestBodyReader.MAX_BYTES) {
            throw new PayloadTooLargeException(RequestBodyReader.MAX_BYTES);
        }
    }
}
