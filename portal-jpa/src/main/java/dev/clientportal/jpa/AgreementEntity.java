package dev.clientportal.jpa;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clientportal.core.agreement.Agreement;
import dev.clientportal.core.agreement.AgreementId;
import dev.clientportal.core.agreement.AgreementStatus;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.WorkspaceId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An agreement row: client, status, creation and the number of client signers its current version still waits for
 * as columns; the versions and the void time as JSON ({@link AgreementJson}).
 */
@Entity(name = "Agreement")
@Table(name = "cp_agreement")
class AgreementEntity {

    @Id
    UUID id;

    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Column(name = "client_id", nullable = false)
    UUID clientId;

    @Column(name = "status", nullable = false, length = 20)
    String status;

    /** Named signers of the current version without a signature while it is open for signature, else 0. */
    @Column(name = "awaiting_signers", nullable = false)
    int awaitingSigners;

    @Column(name = "content", nullable = false, length = Json.TEXT)
    String content;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "version", nullable = false)
    long version;

    protected AgreementEntity() {
    }

    static AgreementEntity of(Agreement agreement) {
        AgreementEntity entity = new AgreementEntity();
        entity.id = agreement.id().value();
        entity.workspaceId = agreement.workspaceId().value();
        entity.createdAt = agreement.createdAt();
        entity.version = 1;
        entity.copy(agreement);
        return entity;
    }

    void copy(Agreement agreement) {
        clientId = agreement.clientId().value();
        status = agreement.status().name();
        awaitingSigners = pendingSigners(agreement).size();
        content = Json.write(Json.object().put("voidedAt", agreement.voidedAt() == null ? null
                : agreement.voidedAt().toString()).set("versions", AgreementJson.versions(agreement.versions())));
    }

    /** The signer rows the agreement's queries read: its current version's unsigned signers while it is open. */
    static List<AgreementSignerEntity> pendingSigners(Agreement agreement) {
        if (!agreement.status().isOpenForSignature()) {
            return List.of();
        }
        return agreement.current().pendingSigners().stream()
                .map(signer -> new AgreementSignerEntity(agreement, signer.contactId().value())).toList();
    }

    Agreement toAgreement() {
        JsonNode node = Json.read(content);
        return new Agreement(new AgreementId(id), new WorkspaceId(workspaceId), new ClientId(clientId),
                AgreementStatus.valueOf(status), AgreementJson.versions(node.path("versions")), createdAt,
                EvidenceJson.instant(node, "voidedAt"), version);
    }
}
