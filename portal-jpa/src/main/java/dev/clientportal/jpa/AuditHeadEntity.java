package dev.clientportal.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import java.util.UUID;

/** The head of a workspace's audit chain (last sequence and hash): appends lock it and wait for each other. */
@Entity(name = "AuditHead")
@Table(name = "cp_audit_head")
class AuditHeadEntity {

    @Id
    @Column(name = "workspace_id")
    UUID workspaceId;

    @Column(name = "last_sequence", nullable = false)
    long lastSequence;

    @Column(name = "last_hash", nullable = false, length = 64)
    String lastHash;

    /**
     * Whether an entry was appended after this head in the current transaction: a managed head lives as long as its
     * transaction's persistence context, so a row read afresh starts without one.
     */
    @Transient
    boolean appendedInTransaction;

    protected AuditHeadEntity() {
    }
}
