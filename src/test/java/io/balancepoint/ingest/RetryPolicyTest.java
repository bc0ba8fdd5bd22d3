package io.balancepoint.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void delaysDoubleUpToTheMaximum() {
        RetryPolicy policy = new RetryPolicy(6, Duration.ofSeconds(30), Duration.ofMinutes(2));
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofSeconds(120));
        assertThat(policy.delayAfter(60)).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void nonsenseIsRejected() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofSeconds(-1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFullScheduleGivesUpNewFailuresAtOnce() {
        RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(1));
        RetrySchedule schedule = new RetrySchedule(policy, 2);
        java.time.Instant now = java.time.Instant.parse("2026-01-01T00:00:00Z");
        assertThat(schedule.failed(1, now)).isEqualTo(1);
        assertThat(schedule.failed(2, now)).isEqualTo(1);
        assertThat(schedule.failed(3, now)).as("no room: given up").isEqualTo(3);
        assertThat(schedule.failed(1, now)).as("known tickets keep counting").isEqualTo(2);
        assertThat(schedule.size()).isEqualTo(2);
        assertThat(schedule.takeDue(now.plusSeconds(1))).containsExactly(1L, 2L);
    }
}
