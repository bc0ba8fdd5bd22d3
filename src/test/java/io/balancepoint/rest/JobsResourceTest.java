package io.balancepoint.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.balancepoint.access.Persona;
import io.balancepoint.rest.jobs.JobLauncher;
import io.balancepoint.time.DateRange;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Admin jobs and the audit log over real HTTP on HSQLDB, with the real job lease. */
class JobsResourceTest extends StoredApiTest {

    static final String MARCH = "{\"from\": \"2026-03-01\", \"until\": \"2026-04-01\"}";

    private ApiClient.ApiResponse start(String job, String body) {
        return client().post("jobs/" + job).as(Persona.ADMIN).json(body).send();
    }

    @Test
    void everyJobIsListedEvenBeforeItRan() {
        JsonNode jobs = client().get("jobs").as(Persona.ADMIN).send().json();

        assertThat(jobs).extracting(j -> j.get("name").asText())
                .containsExactly("backfill", "recalculation", "reconcile", "rollup-rebuild");
        assertThat(jobs.get(0).get("startedAt").isNull()).isTrue();
    }

    @Test
    void aRecalculationStartsInTheBackgroundOnceAtATime() {
        ApiClient.ApiResponse started = start("recalculation", MARCH);

        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.json().get("status").asText()).isEqualTo("RUNNING");
        assertThat(launched()).containsExactly(new JobLauncher.Recalculation(
                new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)), Persona.ADMIN));
        assertThat(client().get("jobs/recalculation").as(Persona.ADMIN).send().json().get("status").asText())
                .isEqualTo("RUNNING");

        ApiClient.ApiResponse again = start("recalculation", MARCH);
        assertThat(ErrorShape.assertError(again, 409)).isEmpty();
        assertThat(launched()).hasSize(1);

        ApiClient.ApiResponse cancel = client().post("jobs/recalculation/cancel").as(Persona.ADMIN).json("{}").send();
        assertThat(cancel.status()).isEqualTo(202);
        assertThat(cancel.json().get("cancelRequested").asBoolean()).isTrue();
    }

    @Test
    void theOtherJobsTakeWhatTheyUse() {
        assertThat(start("backfill", "{}").status()).isEqualTo(202);
        assertThat(start("reconcile", "{}").status()).isEqualTo(202);
        assertThat(start("rollup-rebuild", "{\"project\": \"SD\"}").status()).isEqualTo(202);
        assertThat(launched()).containsExactly(new JobLauncher.Backfill(Persona.ADMIN),
                new JobLauncher.Reconcile(Persona.ADMIN), new JobLauncher.RollupRebuild("SD", Persona.ADMIN));
    }

    @Test
    void badStartsNameEveryProblemAndStartNothing() {
        assertThat(ErrorShape.assertError(start("recalculation", "{\"until\": \"2026-03-01\", \"project\": \"SD\"}"), 422))
                .containsExactly("from: is required", "project: is not used by this job");
        assertThat(ErrorShape.assertError(start("recalculation", "{\"from\": \"2026-03-01\", \"until\": \"2026-03-01\"}"), 422))
                .containsExactly("until: must be after from (2026-03-01)");
        assertThat(ErrorShape.assertError(start("backfill", MARCH), 422))
                .containsExactly("from: is not used by this job", "until: is not used by this job");
        assertThat(ErrorShape.assertError(start("rollup-rebuild", "{\"project\": \"sd; drop\"}"), 422))
                .containsExactly("project: must be a project key such as SD");
        assertThat(ErrorShape.assertError(start("recalculation", "{\"from\": \"March\"}"), 400)).hasSize(1);
        assertThat(ErrorShape.assertError(start("defragment", "{}"), 404)).isEmpty();
        assertThat(ErrorShape.assertError(client().post("jobs/reconcile/cancel").as(Persona.ADMIN).json("{}").send(), 409)).isEmpty();
        assertThat(launched()).isEmpty();
        assertThat(stores().jobs().all()).isEmpty();
    }

    @Test
    void theAuditLogIsPagedNewestFirst() {
        for (int i = 0; i < 3; i++) {
            client().method("PUT", "settings").as(Persona.ADMIN).json(SettingsResourceTest.update((long) i, "change " + i,
                    SettingsResourceTest.withDefaultRate("4" + i))).send();
        }

        JsonNode page = client().get("audit?limit=2").as(Persona.ADMIN).send().json();

        assertThat(page.get("total").asInt()).isEqualTo(3);
        assertThat(page.get("entries")).hasSize(2);
        assertThat(page.at("/entries/0/entry/details/comment").asText()).isEqualTo("change 2");
        assertThat(page.at("/entries/0/entry/action").asText()).isEqualTo("SETTINGS_CHANGE");
        assertThat(ErrorShape.assertError(client().get("audit?offset=x").as(Persona.ADMIN).send(), 400)).hasSize(1);
    }
}
