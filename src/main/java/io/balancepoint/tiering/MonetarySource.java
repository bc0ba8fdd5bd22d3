package io.balancepoint.tiering;

import io.balancepoint.validation.Copies;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the RFM monetary value of a customer comes from: a numeric attribute of the customer's
 * organisation (read by the ticket source and passed in) or the customer-value list kept here.
 *
 * @param attributeName  the organisation attribute; used with {@link Kind#ORGANISATION_ATTRIBUTE}
 * @param customerValues the admin's values; used with {@link Kind#CUSTOMER_VALUE}. Kept, but unused,
 *                       while the other kind is selected, so switching back loses nothing.
 */
public record MonetarySource(Kind kind, String attributeName, List<CustomerValue> customerValues) {

    /** The two supported sources. */
    public enum Kind { ORGANISATION_ATTRIBUTE, CUSTOMER_VALUE }

    public MonetarySource {
        customerValues = Copies.list(customerValues);
    }

    public static MonetarySource organisationAttribute(String attributeName) {
        return new MonetarySource(Kind.ORGANISATION_ATTRIBUTE, attributeName, List.of());
    }

    public static MonetarySource customerValues(List<CustomerValue> values) {
        return new MonetarySource(Kind.CUSTOMER_VALUE, null, values);
    }

    /**
     * The monetary value of a customer; zero when the source has no value for them (a customer
     * nobody has valued is worth least, not excluded).
     *
     * @param organisation                the customer's organisation, or null
     * @param organisationAttributeValues organisation name to the value of {@link #attributeName()}
     */
    public BigDecimal valueOf(String customerKey, String organisation, Map<String, BigDecimal> organisationAttributeValues) {
        BigDecimal value = switch (kind) {
            case ORGANISATION_ATTRIBUTE -> organisation == null ? null : organisationAttributeValues.get(organisation);
            case CUSTOMER_VALUE -> customerValues.stream()
                    .filter(v -> v.customerKey() != null && v.customerKey().equals(customerKey))
                    .map(CustomerValue::value)
                    .findFirst().orElse(null);
        };
        return value == null ? BigDecimal.ZERO : value;
    }

    void validate(Problems problems) {
        if (!problems.required(kind, "kind")) {
            return;
        }
        if (kind == Kind.ORGANISATION_ATTRIBUTE && (attributeName == null || attributeName.isBlank())) {
            problems.add("attributeName", "is required when kind is ORGANISATION_ATTRIBUTE");
        }
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < customerValues.size(); i++) {
            Problems at = problems.at("customerValues").at(i);
            CustomerValue value = customerValues.get(i);
            if (value == null) {
                at.add("must not be null");
                continue;
            }
            if (value.customerKey() == null || value.customerKey().isBlank()) {
                at.add("customerKey", "is required");
            } else {
                Integer earlier = firstIndex.putIfAbsent(value.customerKey(), i);
                if (earlier != null) {
                    at.add("customerKey", "duplicates customerValues[" + earlier + "] for customer '" + value.customerKey() + "'");
                }
            }
            if (at.required(value.value(), "value") && value.value().signum() < 0) {
                at.add("value", "must not be negative");
            }
        }
    }
}
