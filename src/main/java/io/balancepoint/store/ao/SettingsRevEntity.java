package io.balancepoint.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Table {@code AO_A20EDB_SETTINGS_REV}: every saved revision of a settings document, who saved it and when. */
@Table("SettingsRev")
@Preload
@Indexes(@Index(name = "scope_revision", methodNames = {"getScopeKey", "getRevision"}))
public interface SettingsRevEntity extends Entity {

    @NotNull
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

    String getAuthorKey();

    void setAuthorKey(String userKey);

    @NotNull
    long getChangedAt();

    void setChangedAt(long changedAt);

    @StringLength(StringLength.MAX_LENGTH)
    String getChangeNote();

    void setChangeNote(String note);
}
