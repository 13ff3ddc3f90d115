package dev.clientportal.jpa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.kernel.WorkspaceId;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** One entry of a workspace's audit chain, keyed by (workspace, sequence); never updated or deleted. */
@Entity(name = "AuditEntry")
@Table(name = "cp_audit_entry")
class AuditEntryEntity {

    @EmbeddedId
    Key key;

    @Column(name = "id", nullable = false)
    UUID id;

    @Column(name = "at", nullable = false)
    Instant at;

    @Column(name = "actor", nullable = false, length = 300)
    String actor;

    @Column(name = "action", nullable = false, length = 100)
    String action;

    @Column(name = "subject_type", nullable = false, length = 100)
    String subjectType;

    @Column(name = "subject_id", nullable = false, length = 200)
    String subjectId;

    /** The details as a JSON object, sorted by key. */
    @Column(name = "details", nullable = false, length = Json.TEXT)
    String details;

    @Column(name = "personal_data_hash", nullable = false, length = 64)
    String personalDataHash;

    @Column(name = "previous_hash", nullable = false, length = 64)
    String previousHash;

    @Column(name = "hash", nullable = false, length = 64)
    String hash;

    protected AuditEntryEntity() {
    }

    static AuditEntryEntity of(AuditEntry entry) {
        AuditEntryEntity entity = new AuditEntryEntity();
        entity.key = new Key(entry.workspaceId().value(), entry.sequence());
        entity.id = entry.id();
        entity.at = entry.at();
        entity.actor = entry.actor();
        entity.action = entry.action();
        entity.subjectType = entry.subjectType();
        entity.subjectId = entry.subjectId();
        entity.details = Json.write(texts(entry.details()));
        entity.personalDataHash = entry.personalDataHash();
        entity.previousHash = entry.previousHash();
        entity.hash = entry.hash();
        return entity;
    }

    AuditEntry toDomain() {
        return new AuditEntry(new WorkspaceId(key.workspaceId), key.sequence, id, at, actor, action, subjectType,
                subjectId, texts(Json.read(details)), personalDataHash, previousHash, hash);
    }

    static ObjectNode texts(Map<String, String> values) {
        ObjectNode node = Json.object();
        values.forEach(node::put);
        return node;
    }

    static Map<String, String> texts(JsonNode node) {
        Map<String, String> values = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue().asText()));
        return values;
    }

    /** A workspace and the entry's place in its chain. */
    @Embeddable
    static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "workspace_id", nullable = false)
        UUID workspaceId;

        @Column(name = "sequence_no", nullable = false)
        long sequence;

        protected Key() {
        }

        Key(UUID workspaceId, long sequence) {
            this.workspaceId = workspaceId;
            this.sequence = sequence;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.workspaceId.equals(workspaceId) && key.sequence == sequence;
        }

        @Override
        public int hashCode() {
            return Objects.hash(workspaceId, sequence);
        }
    }
}
