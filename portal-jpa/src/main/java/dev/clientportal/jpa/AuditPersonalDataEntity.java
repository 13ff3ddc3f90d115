package dev.clientportal.jpa;

import dev.clientportal.core.audit.AuditPersonalData;
import dev.clientportal.core.kernel.WorkspaceId;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The personal-data side record of one audit entry, keyed by (workspace, entry id); erasing replaces it. */
@Entity(name = "AuditPersonalData")
@Table(name = "cp_audit_personal_data")
class AuditPersonalDataEntity {

    @EmbeddedId
    Key key;

    @Column(name = "sequence_no", nullable = false)
    long sequence;

    @Column(name = "salt", nullable = false, length = 128)
    String salt;

    /** The values as a JSON object, sorted by key; {@code {}} once erased. */
    @Column(name = "personal_values", nullable = false, length = Json.TEXT)
    String values;

    @Column(name = "erased_by", nullable = false)
    long erasedBy;

    @Column(name = "erased_at")
    Instant erasedAt;

    protected AuditPersonalDataEntity() {
    }

    static AuditPersonalDataEntity of(AuditPersonalData record) {
        AuditPersonalDataEntity entity = new AuditPersonalDataEntity();
        entity.key = new Key(record.workspaceId().value(), record.entryId());
        entity.sequence = record.sequence();
        entity.salt = record.salt();
        entity.values = Json.write(AuditEntryEntity.texts(record.values()));
        entity.erasedBy = record.erasedBy();
        entity.erasedAt = record.erasedAt();
        return entity;
    }

    AuditPersonalData toDomain() {
        return new AuditPersonalData(new WorkspaceId(key.workspaceId), key.entryId, sequence, salt,
                AuditEntryEntity.texts(Json.read(values)), erasedBy, erasedAt);
    }

    /** A workspace and the entry's id. */
    @Embeddable
    static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "workspace_id", nullable = false)
        UUID workspaceId;

        @Column(name = "entry_id", nullable = false)
        UUID entryId;

        protected Key() {
        }

        Key(UUID workspaceId, UUID entryId) {
            this.workspaceId = workspaceId;
            this.entryId = entryId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.workspaceId.equals(workspaceId) && key.entryId.equals(entryId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(workspaceId, entryId);
        }
    }
}
