package io.balancepoint.store.ao;

import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.builder.EntityManagerBuilderWithDatabaseProperties;

/**
 * Builds a plain Active Objects {@link EntityManager} that names tables and columns exactly as
 * Jira's Active Objects plugin does for Balance Point, so the schema outside Jira (workbench, tests)
 * is the schema inside it.
 */
public final class EntityManagers {

    private EntityManagers() {
    }

    /**
     * An entity manager on the database at {@code jdbcUrl}; AO picks its database provider from the URL
     * (jdbc:hsqldb, jdbc:postgresql, jdbc:mariadb, …). Connections are not pooled. AO runs its
     * transactions at the isolation level named by the system property
     * {@code ao.transaction.isolation.level} (default {@code TRANSACTION_SERIALIZABLE}); the stores are
     * correct at {@code TRANSACTION_READ_COMMITTED}, which is what Jira's databases use.
     */
    public static EntityManager withJiraNaming(String jdbcUrl, String user, String password) {
        return jiraNaming(EntityManagerBuilder.url(jdbcUrl).username(user).password(password).none());
    }

    /**
     * As {@link #withJiraNaming}, on a c3p0 connection pool: for long-running hosts outside Jira (the
     * workbench, benchmarks), where opening a connection per transaction would dominate the cost.
     * Call {@link EntityManager#getProvider()}{@code .dispose()} to close the pool.
     */
    public static EntityManager pooled(String jdbcUrl, String user, String password) {
        return jiraNaming(EntityManagerBuilder.url(jdbcUrl).username(user).password(password).c3po());
    }

    private static EntityManager jiraNaming(EntityManagerBuilderWithDatabaseProperties builder) {
        return builder
                .tableNameConverter(new AtlassianTableNameConverter(AoNamespace.tablePrefix()))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                // Jira also shortens index, unique, sequence and trigger names to 30 characters.
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .build();
    }
}
