package io.balancepoint.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Unique;
import net.java.ao.schema.Table;

/**
 * Table {@code AO_A20EDB_SETTINGS_DOC}: the settings document in force for one scope
 * ({@code global}, or a project), as JSON, with its revision number; earlier revisions are in
 * {@link SettingsRevEntity}.
 */
@Table("SettingsDoc")
@Preload
public interface SettingsDocEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(100)
    String getScopeKey();

    void setScopeKey(String scopeKey);

    @NotNull
    long getRevision();

    void setRevision(long revision);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getContentJson();

    void setContentJson(String json);

    String getUpdatedBy();

    void setUpdatedBy(String userKey);

    @NotNull
    long getUpdatedAt();

    void setUpdatedAt(long updatedAt);
}
