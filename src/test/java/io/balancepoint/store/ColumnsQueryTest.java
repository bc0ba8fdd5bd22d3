package io.balancepoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.java.ao.Query;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ColumnsQueryTest {

    @Property
    void plainColumnsAreReadAsAoReadsThem(@ForAll("columnLists") List<String> columns) {
        String fields = String.join(", ", columns);

        assertSameAsAo(fields);
    }

    @Test
    void fieldsWithAnAliasOrAFunctionGoThroughAosOwnParsing() {
        assertSameAsAo("ID, TOTAL_COST AS TOTAL, COUNT(ID), MAX(OCCURRED_AT) latest");
        assertThat(metadata(ColumnsQuery.of("TOTAL_COST AS TOTAL")))
                .containsExactly("TOTAL_COST|TOTAL|null");
        assertThat(metadata(ColumnsQuery.of("COUNT(ID)"))).containsExactly("ID|null|COUNT");
    }

    @Test
    void onlyLettersDigitsAndUnderscoresArePlain() {
        assertThat(ColumnsQuery.isPlainColumn("COST_LABOUR")).isTrue();
        assertThat(ColumnsQuery.isPlainColumn("x9")).isTrue();
        assertThat(ColumnsQuery.isPlainColumn("")).isFalse();
        assertThat(ColumnsQuery.isPlainColumn("A B")).isFalse();
        assertThat(ColumnsQuery.isPlainColumn("COUNT(ID)")).isFalse();
        assertThat(ColumnsQuery.isPlainColumn("T.ID")).isFalse();
        assertThat(ColumnsQuery.isPlainColumn("\"ID\"")).isFalse();
    }

    @Test
    void theStoresReadEveryColumnAsAoWould() {
        for (String all : List.of(CostLineRows.ALL_COLUMNS, TicketFactsRows.ALL_COLUMNS, RollupColumns.ALL_COLUMNS)) {
            assertSameAsAo(all);
        }
    }

    @Provide
    Arbitrary<List<String>> columnLists() {
        Arbitrary<String> column = Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz0123456789_")
                .ofMinLength(1).ofMaxLength(40);
        return column.list().ofMinSize(1).ofMaxSize(12);
    }

    private static void assertSameAsAo(String fields) {
        Query ours = ColumnsQuery.of(fields);
        Query ao = Query.select(fields);
        assertThat(metadata(ours)).isEqualTo(metadata(ao));
        // The entity type is only consulted for "*", which AO refuses in select lists.
        assertThat(ours.getCanonicalFields(null)).isEqualTo(ao.getCanonicalFields(null));
    }

    private static List<String> metadata(Query query) {
        return query.getFieldMetadata().stream()
                .map(f -> f.getColumnName() + "|" + f.getAlias().orElse(null) + "|" + f.getAggregateFunction().orElse(null))
                .toList();
    }
}
