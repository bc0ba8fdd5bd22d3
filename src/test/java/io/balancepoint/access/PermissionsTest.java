package io.balancepoint.access;

import static io.balancepoint.access.Persona.ADMIN;
import static io.balancepoint.access.Persona.AGENT;
import static io.balancepoint.access.Persona.CUSTOMER;
import static io.balancepoint.access.Persona.FINANCE;
import static io.balancepoint.access.Persona.GROUP_LEAD;
import static io.balancepoint.access.Persona.LEAD;
import static io.balancepoint.access.Persona.OPS_TICKET;
import static io.balancepoint.access.Persona.OUTSIDER;
import static io.balancepoint.access.Persona.PAYROLL;
import static io.balancepoint.access.Persona.SD_TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PermissionsTest {

    private final DirectoryAccessPolicy directory = Persona.directory();
    private final Permissions permissions = Persona.permissions();

    private Caller caller(String key) {
        return key.equals("anonymous") ? Caller.anonymous() : directory.callerFor(key);
    }

    /** What a decision does for one caller: ok, or the refusal's HTTP meaning. */
    private String outcome(String key, Consumer<Caller> decision) {
        try {
            decision.accept(caller(key));
            return "ok";
        } catch (AccessDenied.Unauthenticated e) {
            return "401";
        } catch (AccessDenied.Forbidden e) {
            return "403";
        } catch (AccessDenied.NotFound e) {
            return "404";
        }
    }

    @ParameterizedTest(name = "{0}: admin {1}, team lead or admin {2}, rates {3}, licensed {4}")
    @CsvSource({
            "anonymous, 401, 401, 401, 401",
            "carla,     403, 403, 403, 403",
            "oscar,     403, 403, 403, ok",
            "alice,     403, 403, 403, ok",
            "leo,       403, ok,  403, ok",
            "gina,      403, ok,  403, ok",
            "ada,       ok,  ok,  ok,  ok",
            "fiona,     ok,  ok,  ok,  ok",
            "pete,      403, 403, ok,  ok"})
    void instanceWideDecisions(String who, String admin, String leadOrAdmin, String rates, String licensed) {
        assertThat(outcome(who, permissions::requireAdmin)).isEqualTo(admin);
        assertThat(outcome(who, permissions::requireTeamLeadOrAdmin)).isEqualTo(leadOrAdmin);
        assertThat(outcome(who, permissions::requireRateViewer)).isEqualTo(rates);
        assertThat(outcome(who, permissions::requireLicensed)).isEqualTo(licensed);
        // the questions agree with the decisions
        assertThat(permissions.isAdmin(caller(who))).isEqualTo(admin.equals("ok"));
        assertThat(permissions.canSeeRates(caller(who))).isEqualTo(rates.equals("ok"));
    }

    @ParameterizedTest(name = "{0}: browse SD {1}, lead SD {2}, ticket cost {3}, add cost {4}, OPS ticket {5}")
    @CsvSource({
            "anonymous, 401, 401, 401, 401, 401",
            "carla,     404, 404, 404, 404, 404",
            "oscar,     404, 404, 404, 404, ok",
            "alice,     ok,  403, ok,  403, 404",
            "leo,       ok,  ok,  ok,  ok,  ok",
            "gina,      ok,  ok,  ok,  ok,  404",
            "ada,       ok,  ok,  ok,  ok,  404",
            "fiona,     404, 404, 404, 404, 404",
            "pete,      ok,  403, ok,  403, 404"})
    void projectAndTicketDecisions(String who, String browse, String lead, String cost, String addCost, String opsTicket) {
        assertThat(outcome(who, c -> permissions.requireProjectBrowser(c, "SD"))).isEqualTo(browse);
        assertThat(outcome(who, c -> permissions.requireProjectTeamLead(c, "SD"))).isEqualTo(lead);
        assertThat(outcome(who, c -> permissions.requireTicketCost(c, SD_TICKET))).isEqualTo(cost);
        assertThat(outcome(who, c -> permissions.requireAddDirectCost(c, SD_TICKET))).isEqualTo(addCost);
        assertThat(outcome(who, c -> permissions.requireTicketCost(c, OPS_TICKET))).isEqualTo(opsTicket);
        // the question is about the role itself: admins pass the decision without being team leads
        assertThat(permissions.isTeamLead(caller(who), "SD")).isEqualTo(who.equals(LEAD) || who.equals(GROUP_LEAD));
    }

    @Test
    void onlyLicensedJiraAdministratorsAreJiraAdministratorsNotFinanceAdmins() {
        assertThat(permissions.isJiraAdministrator(Caller.licensed(Persona.ADMIN))).isTrue();
        assertThat(permissions.isJiraAdministrator(Caller.licensed(Persona.FINANCE))).isFalse();
        assertThat(permissions.isAdmin(Caller.licensed(Persona.FINANCE))).isTrue();
        assertThat(permissions.isJiraAdministrator(Caller.licensed(Persona.LEAD))).isFalse();
        assertThat(permissions.isJiraAdministrator(Caller.portalCustomer(Persona.CUSTOMER))).isFalse();
        assertThat(permissions.isJiraAdministrator(Caller.anonymous())).isFalse();
    }

    @Test
    void aTicketThatDoesNotExistReadsExactlyLikeOneTheCallerMayNotSee() {
        for (String ticket : List.of("SD-999", "NOPE-1", "not a key", "", "99999", "SD-0", "-1")) {
            assertThatThrownBy(() -> permissions.requireTicketCost(caller(ADMIN), ticket))
                    .isInstanceOf(AccessDenied.NotFound.class)
                    .hasMessage("No ticket found.");
        }
        assertThatThrownBy(() -> permissions.requireTicketCost(caller(ADMIN), OPS_TICKET))
                .isInstanceOf(AccessDenied.NotFound.class)
                .hasMessage("No ticket found.");
        assertThatThrownBy(() -> permissions.requireProjectTeamLead(caller(ADMIN), "NOPE"))
                .isInstanceOf(AccessDenied.NotFound.class)
                .hasMessage("No project found.");
        assertThatThrownBy(() -> permissions.requireProjectTeamLead(caller(ADMIN), null))
                .isInstanceOf(AccessDenied.NotFound.class);
    }

    @Test
    void ticketsAreFoundByKeyInAnyCaseAndById() {
        VisibleTicket expected = new VisibleTicket(Persona.SD_TICKET_ID, SD_TICKET, "SD");
        assertThat(permissions.requireTicketCost(caller(AGENT), "SD-1")).isEqualTo(expected);
        assertThat(permissions.requireTicketCost(caller(AGENT), "sd-1")).isEqualTo(expected);
        assertThat(permissions.requireTicketCost(caller(AGENT), "10001")).isEqualTo(expected);
    }

    @Test
    void refusalsCarryNoStackTrace() {
        assertThatThrownBy(() -> permissions.requireAdmin(caller(AGENT)))
                .satisfies(e -> assertThat(e.getStackTrace()).isEmpty());
    }

    @Nested
    class VisibilitySettingsApplyAtOnce {

        private final AtomicReference<VisibilitySettings> settings = new AtomicReference<>(Persona.VISIBILITY);
        private final Permissions live = new Permissions(directory, settings::get);

        @Test
        void agentsLoseTicketCostsWhenSettingsSaySo() {
            assertThat(outcome(AGENT, c -> live.requireTicketCost(c, SD_TICKET))).isEqualTo("ok");
            settings.set(with(false, false));
            assertThat(outcome(AGENT, c -> live.requireTicketCost(c, SD_TICKET))).isEqualTo("403");
            // leads and admins still see them
            assertThat(outcome(LEAD, c -> live.requireTicketCost(c, SD_TICKET))).isEqualTo("ok");
            assertThat(outcome(ADMIN, c -> live.requireTicketCost(c, SD_TICKET))).isEqualTo("ok");
        }

        @Test
        void agentsMayAddDirectCostsOnlyWhenAllowedAndOnlyWhereTheyBrowse() {
            settings.set(with(true, true));
            assertThat(outcome(AGENT, c -> live.requireAddDirectCost(c, SD_TICKET))).isEqualTo("ok");
            assertThat(outcome(AGENT, c -> live.requireAddDirectCost(c, OPS_TICKET))).isEqualTo("404");
            // adding a cost also needs seeing costs
            settings.set(with(false, true));
            assertThat(outcome(AGENT, c -> live.requireAddDirectCost(c, SD_TICKET))).isEqualTo("403");
        }

        @Test
        void withoutTeamLeadRolesOnlyGroupsMakeLeads() {
            settings.set(new VisibilitySettings(List.of(), List.of("team-leads"), List.of(), List.of(), true, false));
            assertThat(outcome(LEAD, live::requireTeamLeadOrAdmin)).isEqualTo("403");
            assertThat(outcome(GROUP_LEAD, live::requireTeamLeadOrAdmin)).isEqualTo("ok");
            // and without finance groups, only Jira administrators administer
            assertThat(outcome(FINANCE, live::requireAdmin)).isEqualTo("403");
            assertThat(outcome(ADMIN, live::requireAdmin)).isEqualTo("ok");
            // without rate-viewer groups, only admins see rates
            assertThat(outcome(PAYROLL, live::requireRateViewer)).isEqualTo("403");
        }

        private VisibilitySettings with(boolean agentsSeeCost, boolean agentsAddCost) {
            VisibilitySettings v = Persona.VISIBILITY;
            return new VisibilitySettings(v.financeGroups(), v.teamLeadGroups(), v.teamLeadProjectRoles(),
                    v.rateViewerGroups(), agentsSeeCost, agentsAddCost);
        }
    }

    @Test
    void portalCustomersAreNeverAskedAbout() {
        // even a customer the directory says browses SD and is in every group gets nothing
        DirectoryAccessPolicy generous = new DirectoryAccessPolicy(List.of(new DirectoryAccessPolicy.User(CUSTOMER, false, true,
                java.util.Set.of("finance", "team-leads", "payroll"), java.util.Set.of("SD"),
                java.util.Map.of("SD", java.util.Set.of("Team Lead")))), directory.tickets());
        Permissions p = new Permissions(generous, () -> Persona.VISIBILITY);
        Caller customer = generous.callerFor(CUSTOMER);
        assertThat(customer).isInstanceOf(Caller.PortalCustomer.class);
        assertThat(p.isAdmin(customer)).isFalse();
        assertThat(p.isTeamLead(customer, "SD")).isFalse();
        assertThat(p.isTeamLeadAnywhere(customer)).isFalse();
        assertThat(p.canSeeRates(customer)).isFalse();
        assertThat(p.canSeeTicketCosts(customer, "SD")).isFalse();
        assertThatThrownBy(() -> p.requireTicketCost(customer, SD_TICKET)).isInstanceOf(AccessDenied.NotFound.class);
        assertThatThrownBy(() -> p.requireAdmin(customer)).isInstanceOf(AccessDenied.Forbidden.class);
    }

    @Test
    void unknownUsersAreAnonymous() {
        assertThat(directory.callerFor("mallory")).isEqualTo(Caller.anonymous());
        assertThat(directory.callerFor(OUTSIDER)).isEqualTo(Caller.licensed(OUTSIDER));
        assertThat(directory.callerFor(CUSTOMER)).isEqualTo(Caller.portalCustomer(CUSTOMER));
    }
}
