package io.balancepoint.workbench.api;

import io.balancepoint.rest.error.ErrorResponses;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The workbench's cross-site request forgery guard, the same rule Jira's REST framework applies
 * to plugin resources (see docs/rest.md):
 * <ul>
 *   <li>a mutating request (POST, PUT, PATCH, DELETE) without a content type, or with one a
 *       browser sends from another site without asking ({@code application/x-www-form-urlencoded},
 *       {@code multipart/form-data}, {@code text/plain}), needs the header
 *       {@code X-Atlassian-Token: no-check}, which another site's page cannot set;</li>
 *   <li>a mutating request that carries an {@code Origin} header from another origin is refused.</li>
 * </ul>
 * JSON requests from the app's own pages and from scripts pass without the header. Refusals are
 * 403 in the API's error shape. GET, HEAD and OPTIONS must not change anything and are not checked.
 * It runs before the request is matched to a resource, so before authentication, and before a
 * wrong content type could be reported as 415.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class XsrfGuard implements ContainerRequestFilter {

    public static final String TOKEN_HEADER = "X-Atlassian-Token";
    public static final String NO_CHECK = "no-check";

    private static final Set<String> MUTATING = Set.of(HttpMethod.POST, HttpMethod.PUT, "PATCH", HttpMethod.DELETE);
    private static final Set<String> FORGEABLE_TYPES = Set.of(
            "application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (!MUTATING.contains(method)) {
            return;
        }
        if (crossOrigin(request)) {
            refuse(request, "Cross-origin request refused.");
        } else if (forgeable(request.getMediaType()) && !hasNoCheckToken(request)) {
            refuse(request, "XSRF check failed: send JSON, or the header " + TOKEN_HEADER + ": " + NO_CHECK + ".");
        }
    }

    private static boolean forgeable(MediaType type) {
        return type == null || FORGEABLE_TYPES.contains(
                type.getType().toLowerCase(Locale.ROOT) + "/" + type.getSubtype().toLowerCase(Locale.ROOT));
    }

    private static boolean hasNoCheckToken(ContainerRequestContext request) {
        String token = request.getHeaderString(TOKEN_HEADER);
        // "nocheck" is the old spelling Jira still accepts
        return token != null && (token.equalsIgnoreCase(NO_CHECK) || token.equalsIgnoreCase("nocheck"));
    }

    private static boolean crossOrigin(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (origin == null) {
            return false;
        }
        URI self = request.getUriInfo().getBaseUri();
        try {
            URI from = URI.create(origin.strip());
            return !(self.getScheme().equalsIgnoreCase(String.valueOf(from.getScheme()))
                    && self.getHost().equalsIgnoreCase(String.valueOf(from.getHost()))
                    && port(self) == port(from));
        } catch (IllegalArgumentException malformed) {
            return true; // includes "null", the origin of sandboxed and file pages
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static void refuse(ContainerRequestContext request, String message) {
        request.abortWith(ErrorResponses.of(403, message));
    }
}
