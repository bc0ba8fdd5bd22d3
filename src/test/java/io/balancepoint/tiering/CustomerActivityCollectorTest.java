package io.balancepoint.tiering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CustomerActivityCollectorTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 20);

    static CustomerRequest request(long id, String customer, String organisation, String created) {
        return new CustomerRequest(id, customer, organisation, Instant.parse(created));
    }

    static List<CustomerRequest> requests() {
        return List.of(
                request(1, "ann", "Acme", "2026-03-01T10:00:00Z"),
                request(2, "ann", null, "2026-03-19T23:30:00Z"),      // 2026-03-20 in Berlin: the latest
                request(3, "ann", "Globex", "2026-03-10T10:00:00Z"),
                request(4, "ben", "Initech", "2025-03-20T22:59:59Z"), // 2025-03-20 23:59:59 in Berlin: outside
                request(5, "ben", "Initech", "2025-03-21T10:00:00Z"), // the first day of the window
                request(6, null, "Acme", "2026-03-18T10:00:00Z"),     // no customer
                request(7, "cid", "Umbrella", "2026-03-20T23:30:00Z")); // 2026-03-21 in Berlin: after asOf
    }

    @Test
    void requestsInsideTheWindowCountWithTheOrganisationOfTheLatestThatNamesOne() {
        CustomerActivityCollector collector = new CustomerActivityCollector(RfmSettings.defaults(), AS_OF, BERLIN);
        requests().forEach(collector::add);

        RfmSettings bySize = new RfmSettings(true, 365, MonetarySource.organisationAttribute("size"), RfmSettings.defaults().thresholds());
        CustomerActivityCollector byOrganisation = new CustomerActivityCollector(bySize, AS_OF, BERLIN);
        requests().forEach(byOrganisation::add);

        assertThat(collector.activities(Map.of())).containsExactly(
                new CustomerActivity("ann", AS_OF, 3, BigDecimal.ZERO),
                new CustomerActivity("ben", LocalDate.of(2025, 3, 21), 1, BigDecimal.ZERO));
        assertThat(byOrganisation.activities(Map.of("Globex", new BigDecimal("7"), "Acme", new BigDecimal("3"),
                "Initech", new BigDecimal("5")))).extracting(CustomerActivity::monetary)
                .containsExactly(new BigDecimal("7"), new BigDecimal("5"));
        assertThat(collector.windowStart()).isEqualTo(Instant.parse("2025-03-20T23:00:00Z"));
        assertThat(collector.windowEnd()).isEqualTo(Instant.parse("2026-03-20T23:00:00Z"));
    }

    @Property
    void theOrderOfTheRequestsDoesNotMatter(@ForAll long seed) {
        List<CustomerRequest> shuffled = new ArrayList<>(requests());
        Collections.shuffle(shuffled, new Random(seed));
        RfmSettings bySize = new RfmSettings(true, 365, MonetarySource.organisationAttribute("size"), RfmSettings.defaults().thresholds());
        CustomerActivityCollector inOrder = new CustomerActivityCollector(bySize, AS_OF, BERLIN);
        CustomerActivityCollector inAnyOrder = new CustomerActivityCollector(bySize, AS_OF, BERLIN);
        requests().forEach(inOrder::add);
        shuffled.forEach(inAnyOrder::add);
        Map<String, BigDecimal> values = Map.of("Globex", BigDecimal.ONE, "Acme", BigDecimal.TEN);
        assertThat(inAnyOrder.activities(values)).isEqualTo(inOrder.activities(values));
    }
}
