package io.balancepoint.routing;

/** A ticket field a routing action sets, by field id or name, to a value. */
public record FieldUpdate(String field, String value) {
}
