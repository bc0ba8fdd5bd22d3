package io.balancepoint.store;

import java.util.Optional;
import net.java.ao.Query;

/**
 * An AO {@link Query} selecting plain column names ({@code ISSUE_ID, ROW_VERSION, …}) without AO's
 * regular-expression parsing of each selected field. AO looks for an alias and an aggregate function
 * in every field of every query, with patterns that cost time quadratic in the name's length: for a
 * read of one wide row that parsing costs more than the database call. A plain column name has
 * neither (both patterns need white space or parentheses), so these overrides return what AO would;
 * any other field goes through AO's own parsing.
 */
final class ColumnsQuery extends Query {

    private ColumnsQuery(String columns) {
        super(QueryType.SELECT, columns);
    }

    /** A SELECT of the comma-separated {@code columns}. */
    static Query of(String columns) {
        return new ColumnsQuery(columns);
    }

    @Override
    protected Optional<String> getAlias(String field) {
        return isPlainColumn(field) ? Optional.empty() : super.getAlias(field);
    }

    @Override
    protected FieldMetadata getSingleFieldMetadata(String field) {
        return isPlainColumn(field) ? new FieldMetadata(field, null, null) : super.getSingleFieldMetadata(field);
    }

    /** Letters, digits and underscores only. */
    static boolean isPlainColumn(String field) {
        if (field.isEmpty()) {
            return false;
        }
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (!(c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }
}
