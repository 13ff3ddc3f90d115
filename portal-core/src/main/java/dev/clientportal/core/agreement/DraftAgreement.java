package dev.clientportal.core.agreement;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;

import java.util.List;

/**
 * The content of an agreement, to create one or to edit it (which adds a version once it was sent):
 * {@code new DraftAgreement(client.id(), "Master services agreement", AgreementDocument.text(body), List.of(ana))}.
 *
 * @param clientId the client; an agreement never moves to another client after it was sent
 * @param title    the title, one line of at most 200 characters
 * @param document what is signed
 * @param signers  the client contacts who must sign, each an active APPROVER of the client; no {@code null}
 */
public record DraftAgreement(ClientId clientId, String title, AgreementDocument document, List<ContactId> signers) {

    /**
     * Requires every part and at least one signer.
     *
     * @param clientId the client; an agreement never moves to another client after it was sent
     * @param title    the title, one line of at most 200 characters
     * @param document what is signed
     * @param signers  the client contacts who must sign, each an active APPROVER of the client; no {@code null}
     */
    public DraftAgreement {
        PortalException.requireField(clientId, "clientId");
        title = PortalException.requireLine(title, "title", InputLimits.NAME);
        PortalException.requireField(document, "document");
        signers = PortalException.requireElements(signers, "signers", InputLimits.LIST);
        if (signers.isEmpty()) {
            throw PortalException.invalid(ErrorCode.REQUIRED, "signers", "[]", "at least one client contact must sign");
        }
    }
}
