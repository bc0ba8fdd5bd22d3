package io.balancepoint.store.ao;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import net.java.ao.atlassian.TablePrefix;

/**
 * The Active Objects namespace of Balance Point and the table prefix Jira derives from it.
 * Jira names every AO table {@code AO_} + the last 6 hex digits (upper case) of MD5(namespace) + {@code _};
 * the namespace is declared explicitly in the plugin descriptor so the prefix never changes.
 */
public final class AoNamespace {

    /** The {@code namespace} attribute of the plugin's {@code <ao>} module. */
    public static final String NAMESPACE = "io.balancepoint";

    /** {@code AO_A20EDB_}: the prefix of every Balance Point table. */
    public static final String TABLE_PREFIX = tablePrefixOf(NAMESPACE);

    private AoNamespace() {
    }

    /** The prefix Jira gives the tables of an AO namespace. */
    public static String tablePrefixOf(String namespace) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(digest);
            return "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT) + "_";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides MD5", e);
        }
    }

    /** The prefix as AO's {@link TablePrefix}, for {@code AtlassianTableNameConverter}. */
    public static TablePrefix tablePrefix() {
        return name -> TABLE_PREFIX + name;
    }
}
