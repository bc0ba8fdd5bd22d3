package io.balancepoint.jira.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.balancepoint.jira.JiraServices;
import io.balancepoint.access.Caller;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Set;

/**
 * The admin pages: one page per section ({@code ?section=rates}), rendering the mount point the admin
 * bundle fills. Admin rights are those of the REST API (Permissions: Jira administrators and finance
 * groups), and the page asks for WebSudo (administrator re-authentication) before it is shown, as
 * Jira's own admin pages do. The page changes nothing itself; every change is a REST call, which Jira's
 * REST layer protects against XSRF (JSON only, or the X-Atlassian-Token header).
 */
public final class AdminPageServlet extends HttpServlet {

    /** The sections the admin bundle renders (COMMON.md contract). */
    public static final Set<String> SECTIONS = Set.of("rates", "channels", "overhead", "fcr", "tiers", "routing", "roi",
            "budgets", "visibility", "recalculation", "import-export");

    private final UserManager users;
    private final LoginUriProvider login;
    private final WebSudoManager webSudo;
    private final TemplateRenderer renderer;
    private final JiraServices services;

    @Inject
    public AdminPageServlet(@ComponentImport UserManager users, @ComponentImport LoginUriProvider login,
                            @ComponentImport WebSudoManager webSudo, @ComponentImport TemplateRenderer renderer,
                            JiraServices services) {
        this.users = users;
        this.login = login;
        this.webSudo = webSudo;
        this.renderer = renderer;
        this.services = services;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var key = users.getRemoteUserKey();
        if (key == null) {
            String query = request.getQueryString();
            URI back = URI.create(request.getRequestURL() + (query == null ? "" : "?" + query));
            response.sendRedirect(login.getLoginUri(back).toASCIIString());
            return;
        }
        Caller caller = services.callerResolver().resolve(null);
        if (!services.permissions().isAdmin(caller)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        try {
            webSudo.willExecuteWebSudoRequest(request);
        } catch (WebSudoSessionException e) {
            webSudo.enforceWebSudoProtection(request, response);
            return;
        }
        String section = request.getParameter("section");
        if (section == null || !SECTIONS.contains(section)) {
            section = "rates";
        }
        String project = request.getParameter("project");
        response.setContentType("text/html;charset=UTF-8");
        renderer.render("templates/admin-page.vm", Map.of("section", section,
                "projectKey", project != null && project.matches("[A-Z][A-Z0-9_]{0,254}") ? project : ""), response.getWriter());
    }
}
