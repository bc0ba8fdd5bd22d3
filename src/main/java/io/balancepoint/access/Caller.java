package io.balancepoint.access;

import java.util.Objects;
import java.util.Optional;

/**
 * Who sends a request, as the host authenticated them: nobody, a portal customer (a Jira user
 * without an application licence: JSM's customers) or a licensed user (agents, team leads,
 * administrators). Only the licensed kind can ever be granted anything; what a licensed user may
 * do is decided by {@link Permissions}.
 */
public sealed interface Caller {

    /** The user key; empty for {@link Anonymous}. */
    Optional<String> userKey();

    static Caller anonymous() {
        return Anonymous.INSTANCE;
    }

    static Caller portalCustomer(String userKey) {
        return new PortalCustomer(userKey);
    }

    static Caller licensed(String userKey) {
        return new Licensed(userKey);
    }

    /** Not logged in. */
    enum Anonymous implements Caller {
        INSTANCE;

        @Override
        public Optional<String> userKey() {
            return Optional.empty();
        }
    }

    /** Logged in without an application licence: a service-desk customer using the portal. */
    record PortalCustomer(String key) implements Caller {

        public PortalCustomer {
            requireKey(key);
        }

        @Override
        public Optional<String> userKey() {
            return Optional.of(key);
        }
    }

    /** Logged in with an application licence (JSM agent or any other licensed Jira user). */
    record Licensed(String key) implements Caller {

        public Licensed {
            requireKey(key);
        }

        @Override
        public Optional<String> userKey() {
            return Optional.of(key);
        }
    }

    private static void requireKey(String key) {
        if (Objects.requireNonNull(key, "userKey").isBlank()) {
            throw new IllegalArgumentException("userKey must not be blank");
        }
    }
}
