package io.balancepoint.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.balancepoint.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyze command on the hand-written export with worked numbers. Settings: default rate 40/h,
 * Alice 60/h, group l2-agents (Bob) 50/h; contacts e-mail 1.15, portal 0.50, phone 1.37; portal
 * standard handle time 6 min; SD overhead of 100.00 in March 2024 (not on tickets); Acme Ltd → Gold.
 */
class AnalyzeTest {

    static final String EXPORT = "src/test/resources/jsm-export";
    static final String SETTINGS = "src/test/resources/jsm-export-settings.json";

    @TempDir
    Path out;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    int run(String... args) {
        return Analyze.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    @Test
    void monthlyMetricsWorkedThrough() throws Exception {
        assertThat(run(EXPORT, SETTINGS, out.toString())).isEqualTo(0);
        // March: SD-1 31.15 (0.5 h × 60 + e-mail 1.15), SD-2 66.00 (0.25 h × 60 + 1 h × 50 + 2 × portal 0.50).
        //   cost per resolution 97.15 / 2 = 48.575 → 48.58; fully loaded (97.15 + 100) / 2 = 98.575 → 98.58;
        //   per contact 97.15 / 3 = 32.38; FCR 1 of 2 (SD-2 was reopened); CSAT (5 + 3) / 2.
        // April: SD-3 11.37 (10 min × 60 + phone 1.37, a Duplicate: costs count, resolution does not);
        //   SD-5 4.50 (estimated 6 min × 40 + portal 0.50, provisional FCR four days after resolving);
        //   SD-4 is open and belongs to no month.
        assertThat(Files.readString(out.resolve("monthly-metrics.csv"))).isEqualTo(String.join("\r\n",
                "month,projectKey,tickets,resolved,realResolutions,fcrApplicable,fcr,fcrProvisional,fcrRate,totalCost,"
                        + "currency,costLABOUR,costCONTACT,costOVERHEAD,costCOMPENSATION,costMATERIAL,costOUTSOURCING,costOTHER,"
                        + "unallocatedOverhead,costPerResolution,fullyLoadedCostPerResolution,agentContacts,costPerContact,"
                        + "customerFollowUps,reopens,labourSeconds,labourTickets,meanLabourSeconds,estimatedLabourTickets,"
                        + "csatCount,meanCsat",
                "2024-03,SD,2,2,2,2,1,0,0.5000,97.15,EUR,95.00,2.15,0.00,0.00,0.00,0.00,0.00,100.00,48.58,98.58,3,32.38,"
                        + "1,1,6300,2,3150.0,0,2,4.00",
                "2024-04,SD,2,2,1,1,1,1,1.0000,15.87,EUR,14.00,1.87,0.00,0.00,0.00,0.00,0.00,0.00,15.87,15.87,2,7.94,"
                        + "0,0,600,1,600.0,1,0,", ""));
        JsonNode json = Json.mapper().readTree(out.resolve("monthly-metrics.json").toFile());
        assertThat(json).hasSize(2);
        assertThat(json.get(0).get("fullyLoadedCostPerResolution").decimalValue()).isEqualByComparingTo("98.58");
        assertThat(json.get(1).get("meanCsat").isNull()).isTrue();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains(
                "Read 5 issues of 1 project(s) exported at 2024-04-30T12:00:00Z",
                "total cost EUR 139.17 over 5 tickets",
                "2024-03 SD: 2 resolved, cost per resolution EUR 48.58, FCR rate 0.5000");
    }

    @Test
    void ticketFactsWorkedThrough() throws Exception {
        assertThat(run(EXPORT, SETTINGS, out.toString())).isEqualTo(0);
        String csv = Files.readString(out.resolve("facts.csv"));
        assertThat(csv.split("\r\n")).hasSize(6).contains(
                "10001,SD-1,SD,Get IT help,email,Medium,JIRAUSER10100,Acme Ltd,Gold,,2024-03-04T09:00:00Z,"
                        + "2024-03-04T10:05:00Z,Done,true,JIRAUSER10001,31.15,EUR,30,1.15,0,0,0,0,0,1800,false,1,0,0,"
                        + "PT1H,PT1H5M,5,FCR",
                "10004,SD-4,SD,Fix a problem,email,Medium,JIRAUSER10100,Acme Ltd,Gold,,2024-04-29T10:00:00Z,,,false,,"
                        + "26.15,EUR,25,1.15,0,0,0,0,0,1800,false,1,1,0,PT1H,,,OPEN");
        JsonNode facts = Json.mapper().readTree(out.resolve("facts.json").toFile());
        JsonNode sd2 = facts.get(1);
        assertThat(sd2.get("issueKey").asText()).isEqualTo("SD-2");
        assertThat(sd2.get("totalCost").decimalValue()).isEqualByComparingTo("66.00");
        assertThat(sd2.get("resolvedBy").asText()).as("Bob's second resolve is the latest").isEqualTo("JIRAUSER10002");
        assertThat(sd2.get("customerFollowUps").asInt()).isEqualTo(1);
        assertThat(sd2.get("reopenCount").asInt()).isEqualTo(1);
        assertThat(sd2.get("resolutionTime").asText()).isEqualTo("PT50H");
        assertThat(sd2.get("fcrStatus").asText()).isEqualTo("NOT_FCR");
        assertThat(facts.get(4).get("fcrStatus").asText()).isEqualTo("PROVISIONAL");
        assertThat(facts.get(4).get("labourEstimated").asBoolean()).isTrue();
    }

    @Test
    void asOfLaterClosesTheReopenWindow() throws Exception {
        assertThat(run(EXPORT, SETTINGS, out.toString(), "--as-of", "2024-05-10T00:00:00Z")).isEqualTo(0);
        JsonNode facts = Json.mapper().readTree(out.resolve("facts.json").toFile());
        assertThat(facts.get(4).get("fcrStatus").asText()).isEqualTo("FCR");
    }

    @Test
    void rfmTiersFromTheExportsRequestsAndOrganisationValues() throws Exception {
        // Without the organisation mapping, RFM over the 3 customers as of 2024-04-30 decides. Recency (days):
        // Carol 1, Dave 4, Erin 28 → 4, 2, 1; requests 2, 2, 1 → 2, 2, 1; annualRevenue of Acme Ltd (Carol's
        // organisation) 120000, others 0 → 4, 1, 1. Sums 10 (Gold), 5 and 3 (Basic). Without the organisation
        // value Carol would sum 7 (Standard).
        ObjectNode settings = (ObjectNode) Json.mapper().readTree(Path.of(SETTINGS).toFile());
        ObjectNode tiering = (ObjectNode) settings.get("tiering");
        tiering.putArray("organisationTiers");
        ObjectNode rfm = (ObjectNode) tiering.get("rfm");
        rfm.put("enabled", true);
        ((ObjectNode) rfm.get("monetary")).put("kind", "ORGANISATION_ATTRIBUTE").put("attributeName", "annualRevenue");
        Path file = out.resolve("rfm-settings.json");
        Json.mapper().writeValue(file.toFile(), settings);
        Path report = out.resolve("report");
        assertThat(run(EXPORT, file.toString(), report.toString())).as(err()).isEqualTo(0);
        JsonNode facts = Json.mapper().readTree(report.resolve("facts.json").toFile());
        assertThat(facts.findValuesAsText("customerTier")).containsExactly("Gold", "Basic", "Basic", "Gold", "Basic");
    }

    @Test
    void wrongArgumentsPrintUsage() {
        assertThat(run(EXPORT, SETTINGS)).isEqualTo(2);
        assertThat(err()).contains("usage: ./bp analyze EXPORT SETTINGS.json OUTDIR");
        assertThat(run(EXPORT, SETTINGS, out.toString(), "--as-of", "yesterday")).isEqualTo(2);
        assertThat(err()).contains("--as-of: must be an instant");
    }

    @Test
    void invalidSettingsNameTheFieldAndWriteNothing() throws Exception {
        Path settings = out.resolve("settings.json");
        Files.writeString(settings, Files.readString(Path.of(SETTINGS)).replace("\"EUR\"", "\"EURO\""));
        Path report = out.resolve("report");
        assertThat(run(EXPORT, settings.toString(), report.toString())).isEqualTo(3);
        assertThat(err()).contains("is not a valid settings document", "baseCurrency");
        assertThat(report).doesNotExist();
    }

    @Test
    void invalidExportNamesFileIssueAndFieldAndWritesNothing() throws Exception {
        Path export = JsmExportCopy.of(Path.of(EXPORT), out.resolve("export"));
        JsmExportCopy.replace(export.resolve("search/page-00001.json"), "\"timeSpentSeconds\": 1800", "\"timeSpentSeconds\": \"30m\"");
        Path report = out.resolve("report");
        assertThat(run(export.toString(), SETTINGS, report.toString())).isEqualTo(4);
        assertThat(err()).contains("search/page-00001.json: SD-4: fields.worklog.worklogs[0].timeSpentSeconds: "
                + "must be a whole number, 0 or more");
        assertThat(report).doesNotExist();
    }

    @Test
    void missingSettingsFileIsAnIoFailure() {
        assertThat(run(EXPORT, out.resolve("nope.json").toString(), out.toString())).isEqualTo(5);
        assertThat(err()).contains("cannot read the settings");
    }
}
