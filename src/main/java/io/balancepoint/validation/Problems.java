package io.balancepoint.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Collects every problem with a piece of input at once, each under its field path.
 * {@code problems.at("rates").at(2).add("hourlyRate", "must not be negative")} records
 * {@code rates[2].hourlyRate}. Views made by {@code at} share one list.
 */
public final class Problems {

    private final List<Problem> list;
    private final String prefix;

    public Problems() {
        this(new ArrayList<>(), "");
    }

    private Problems(List<Problem> list, String prefix) {
        this.list = list;
        this.prefix = prefix;
    }

    /** A view whose fields are below {@code field}. */
    public Problems at(String field) {
        return new Problems(list, join(field));
    }

    /** A view whose fields are below element {@code index} of the current list field. */
    public Problems at(int index) {
        return new Problems(list, prefix + "[" + index + "]");
    }

    public Problems add(String field, String reason) {
        list.add(new Problem(join(field), reason));
        return this;
    }

    /** Records a problem on the current path itself. */
    public Problems add(String reason) {
        list.add(new Problem(prefix.isEmpty() ? "$" : prefix, reason));
        return this;
    }

    /** Records {@code reason} under {@code field} unless {@code condition} holds. */
    public Problems require(boolean condition, String field, String reason) {
        if (!condition) {
            add(field, reason);
        }
        return this;
    }

    /** Records a "is required" problem and returns false when {@code value} is null. */
    public boolean required(Object value, String field) {
        if (value == null) {
            add(field, "is required");
            return false;
        }
        return true;
    }

    public Problems each(List<?> items, String field, java.util.function.BiConsumer<Problems, Object> check) {
        if (items == null) {
            return this;
        }
        Problems listView = at(field);
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (item == null) {
                listView.at(i).add("must not be null");
            } else {
                check.accept(listView.at(i), item);
            }
        }
        return this;
    }

    public Problems with(Consumer<Problems> check) {
        check.accept(this);
        return this;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(list);
    }

    /** Throws {@link InvalidInputException} carrying every problem when there is any. */
    public void throwIfAny(String message) {
        if (!list.isEmpty()) {
            throw new InvalidInputException(message, list());
        }
    }

    private String join(String field) {
        if (field == null || field.isEmpty()) {
            return prefix;
        }
        return prefix.isEmpty() ? field : prefix + "." + field;
    }
}
