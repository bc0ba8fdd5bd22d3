package io.balancepoint.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import io.balancepoint.rest.error.MalformedRequestException;
import io.balancepoint.rest.error.PayloadTooLargeException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Around every request-body read: stops reading after {@link #MAX_BYTES} (413, also for bodies
 * sent without a length), turns a body Jackson cannot read into a 400 naming the field, and
 * requires a body (an empty body or a bare {@code null} is a 400). Only failures of reading the
 * request become 400s; a Jackson failure anywhere else stays a server error.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public final class RequestBodyReader implements ReaderInterceptor {

    /** The largest request body the API reads: 1 MiB, ample for any settings document. */
    public static final long MAX_BYTES = 1L << 20;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new BoundedInputStream(context.getInputStream(), MAX_BYTES));
        Object body;
        try {
            body = context.proceed();
        } catch (JsonProcessingException e) {
            if (tooLarge(e)) {
                throw new PayloadTooLargeException(MAX_BYTES);
            }
            if (e instanceof InvalidDefinitionException) {
                throw e; // the target type cannot be bound at all: our bug, not the client's
            }
            throw new MalformedRequestException(List.of(BodyProblems.of(e)));
        } catch (NoContentException e) {
            throw MalformedRequestException.of("$", "a JSON body is required");
        } catch (IOException e) {
            if (tooLarge(e)) {
                throw new PayloadTooLargeException(MAX_BYTES);
            }
            throw e;
        }
        if (body == null) {
            throw MalformedRequestException.of("$", "a JSON body is required");
        }
        return body;
    }

    private static boolean tooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLarge) {
                return true;
            }
        }
        return false;
    }

    /** Signals the limit from inside the JSON parser, which only passes IOExceptions through. */
    private static final class BodyTooLarge extends IOException {

        BodyTooLarge() {
            super("request body over the limit", null);
        }
    }

    /** Counts what the parser reads and fails once it passes the limit. */
    private static final class BoundedInputStream extends FilterInputStream {

        private final long limit;
        private long read;

        BoundedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) throws BodyTooLarge {
            read += n;
            if (read > limit) {
                throw new BodyTooLarge();
            }
        }
    }
}
