package io.balancepoint.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small rules that turn what Jira and JSM store into snapshot values: channel, visibility, author, CSAT, stamp. */
class JiraValueMappingTest {

    @Test
    void requestChannels() {
        assertThat(Channels.fromRequestChannel("portal")).isEqualTo("portal");
        assertThat(Channels.fromRequestChannel("anonymousportal")).isEqualTo("portal");
        assertThat(Channels.fromRequestChannel(" EMAIL ")).isEqualTo("email");
        assertThat(Channels.fromRequestChannel("api")).isEqualTo("api");
        assertThat(Channels.fromRequestChannel("Chat")).isEqualTo("chat");
        assertThat(Channels.fromRequestChannel(null)).isEqualTo("jira");
        assertThat(Channels.fromRequestChannel("  ")).isEqualTo("jira");
    }

    @Test
    void jsmAnswerWinsOverTheProperty() {
        assertThat(CommentVisibility.isPublic(Optional.of(true), "{\"internal\":true}")).isTrue();
        assertThat(CommentVisibility.isPublic(Optional.of(false), null)).isFalse();
    }

    @Test
    void withoutJsmThePropertyDecides() {
        assertThat(CommentVisibility.isPublic(Optional.empty(), "{\"internal\":true}")).isFalse();
        assertThat(CommentVisibility.isPublic(Optional.empty(), "{\"internal\":\"true\"}")).isFalse();
        assertThat(CommentVisibility.isPublic(Optional.empty(), "{\"internal\":false}")).isTrue();
        assertThat(CommentVisibility.isPublic(Optional.empty(), null)).isTrue();
        assertThat(CommentVisibility.isPublic(Optional.empty(), "{}")).isTrue();
        assertThat(CommentVisibility.isPublic(Optional.empty(), "not json")).isTrue();
    }

    @Test
    void authorRoles() {
        assertThat(AuthorRoles.of(true, false, true)).isEqualTo(AuthorRole.OTHER);
        assertThat(AuthorRoles.of(false, false, true)).isEqualTo(AuthorRole.AGENT);
        assertThat(AuthorRoles.of(false, true, true)).as("an agent who raised the request").isEqualTo(AuthorRole.CUSTOMER);
        assertThat(AuthorRoles.of(false, false, false)).as("a portal customer").isEqualTo(AuthorRole.CUSTOMER);
        assertThat(AuthorRoles.of(false, true, false)).isEqualTo(AuthorRole.CUSTOMER);
    }

    @Test
    void csatFromEveryValueShape() {
        assertThat(CsatValues.rating(4)).contains(4);
        assertThat(CsatValues.rating(5L)).contains(5);
        assertThat(CsatValues.rating(3.0)).contains(3);
        assertThat(CsatValues.rating(" 2 ")).contains(2);
        assertThat(CsatValues.rating("{\"rating\": 1}")).contains(1);
        assertThat(CsatValues.rating("{\"rating\": \"5\", \"comment\": \"great\"}")).contains(5);
    }

    @Test
    void noCsatForAnythingElse() {
        assertThat(CsatValues.rating(null)).isEmpty();
        assertThat(CsatValues.rating(0)).isEmpty();
        assertThat(CsatValues.rating(6)).isEmpty();
        assertThat(CsatValues.rating(3.5)).isEmpty();
        assertThat(CsatValues.rating("good")).isEmpty();
        assertThat(CsatValues.rating("{\"rating\": null}")).isEmpty();
        assertThat(CsatValues.rating("{broken")).isEmpty();
        assertThat(CsatValues.rating("")).isEmpty();
    }

    @Test
    void csatWithItsTime() {
        Instant at = Instant.parse("2026-03-01T12:00:00Z");
        assertThat(CsatValues.of("4", at)).contains(new CsatRating(4, at));
    }

    @Test
    void theStampIsTheLatestOfEveryChange() {
        Instant updated = Instant.parse("2026-03-01T10:00:00Z");
        Instant worklogEdit = Instant.parse("2026-03-02T10:00:00Z");
        Instant rating = Instant.parse("2026-03-03T10:00:00Z");

        assertThat(LastChange.of(updated, List.of(worklogEdit))).isEqualTo(worklogEdit);
        assertThat(LastChange.of(updated, java.util.Arrays.asList(worklogEdit, null, rating))).isEqualTo(rating);
        assertThat(LastChange.of(rating, List.of(updated))).isEqualTo(rating);
        assertThat(LastChange.of(updated, List.of())).isEqualTo(updated);
    }
}
