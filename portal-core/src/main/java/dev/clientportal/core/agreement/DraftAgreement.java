package dev.clientportal.core.agreement;

import dev.clientportal.core.ErrorCode;
import dev.clientportal.core.PortalException;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;

import java.util.List;

/**
 * The content of an agreement, to create one or to edit it (which adds a version once it was sent):
 * {@code new DraftAgreement(client.id(), "Master services agreement", AgreementDocument.text(body), List.of(ana))}.
 *
 * @param clientId the client; an agreement never moves to another client after it was sent
 * @param title    the title
 * @param document what is signed
 * @param signers  the client contacts who must sign, each an active APPROVER of the client
 */
public record DraftAgreement(ClientId clientId, String title, AgreementDocument document, List<ContactId> signers) {

    /** Requires every part and at least one signer. */
    public DraftAgreement {
        PortalException.requireField(clientId, "clientId");
        title = PortalException.requireText(title, "title");
        PortalException.requireField(document, "document");
        signers = List.copyOf(PortalException.requireField(signers, "signers"));
        if (signers.isEmpty()) {
            throw PortalException.invalid(ErrorCode.REQUIRED, "signers", "[]", "at least one client contact must sign");
        }
    }
}
