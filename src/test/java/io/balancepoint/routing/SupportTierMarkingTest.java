package io.balancepoint.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The support tier kept in a label or a field, written and read back the same way. */
class SupportTierMarkingTest {

    private static final List<String> TIERS = List.of("L1", "L2", "L3", "Dedicated Team");

    @Test
    void defaultIsTheLabelScheme() {
        assertThat(SupportTierMarking.parse(null)).isEqualTo(SupportTierMarking.DEFAULT);
        assertThat(SupportTierMarking.parse(" ")).isEqualTo(SupportTierMarking.DEFAULT);
        assertThat(SupportTierMarking.DEFAULT.labelFor("L2")).isEqualTo("bp-tier-l2");
        assertThat(SupportTierMarking.DEFAULT.labelFor("Dedicated Team")).isEqualTo("bp-tier-dedicated_team");
    }

    @Test
    void parseAndFormatRoundTrip() {
        for (String text : List.of("field:customfield_10500", "label:tier.")) {
            assertThat(SupportTierMarking.parse(text).format()).isEqualTo(text);
        }
        assertThat(SupportTierMarking.parse("FIELD: customfield_1").mode()).isEqualTo(SupportTierMarking.Mode.FIELD);
    }

    @Test
    void badConfigurationSaysWhatIsExpected() {
        assertThatThrownBy(() -> SupportTierMarking.parse("customfield_10500")).hasMessageContaining("'field:<custom field id>'");
        assertThatThrownBy(() -> SupportTierMarking.parse("field:Support tier")).hasMessageContaining("customfield_10500");
        assertThatThrownBy(() -> SupportTierMarking.parse("label:Has Space")).hasMessageContaining("lower-case");
        assertThatThrownBy(() -> SupportTierMarking.parse("tag:x")).hasMessageContaining("'field:' or 'label:'");
    }

    @Test
    void tierReadBackFromLabelsIsTheHighestMarked() {
        SupportTierMarking labels = SupportTierMarking.DEFAULT;

        assertThat(labels.tierFromLabels(Set.of("vip", "bp-tier-l1"), TIERS)).contains("L1");
        assertThat(labels.tierFromLabels(Set.of("bp-tier-l3", "bp-tier-l1"), TIERS)).contains("L3");
        assertThat(labels.tierFromLabels(Set.of("bp-tier-l9"), TIERS)).isEmpty();
        assertThat(labels.tierFromLabels(Set.of(labels.labelFor("Dedicated Team")), TIERS)).contains("Dedicated Team");
    }

    @Test
    void settingATierRemovesTheOtherTierLabelsOnly() {
        assertThat(SupportTierMarking.DEFAULT.staleLabels(Set.of("bp-tier-l1", "bp-tier-l2", "vip"), "L2"))
                .containsExactly("bp-tier-l1");
    }

    @Test
    void fieldValuesMatchConfiguredTiersIgnoringCase() {
        assertThat(SupportTierMarking.tierFromFieldValue(" l2 ", TIERS)).contains("L2");
        assertThat(SupportTierMarking.tierFromFieldValue("L7", TIERS)).isEmpty();
        assertThat(SupportTierMarking.tierFromFieldValue(null, TIERS)).isEmpty();
    }

    @Test
    void aFieldSchemeHasNoLabels() {
        assertThatThrownBy(() -> SupportTierMarking.parse("field:customfield_2").labelFor("L1"))
                .isInstanceOf(IllegalStateException.class);
    }
}
