package dev.clientportal.core.agreement;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.access.Evidence;
import dev.clientportal.core.access.PortalAction;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.analytics.Analytics;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.files.FileRepository;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class AgreementService implements Agreements {

    private static final String SUBJECT = "agreement";
    private final AgreementRepository agreements;
    private final WorkspaceRepository workspaces;
    private final ClientRepository clients;
    private final ContactRepository contacts;
    private final FileRepository files;
    private final Analytics analytics;
    private final PortalRuntime runtime;

    AgreementService(AgreementRepository agreements, WorkspaceRepository workspaces, ClientRepository clients,
                     ContactRepository contacts, FileRepository files, Analytics analytics, PortalRuntime runtime) {
        this.agreements = agreements;
        this.workspaces = workspaces;
        this.clients = clients;
        this.contacts = contacts;
        this.files = files;
        this.analytics = analytics;
        this.runtime = runtime;
    }

    @Override
    public Agreement createDraft(StaffPrincipal principal, DraftAgreement command) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(command, "command");
        return runtime.execute(events -> {
            Client client = client(principal.workspaceId(), command.clientId()).requireActive();
            Agreement draft = agreements.save(Agreement.draft(new AgreementId(runtime.ids().next()),
                    principal.workspaceId(), client.id(), command.title(),
                    resolved(principal.workspaceId(), client.id(), command.document()),
                    signers(principal.workspaceId(), client.id(), command.signers()), runtime.clock().instant()));
            runtime.audit().record(draft.workspaceId(), principal.actor(), "agreement.drafted", SUBJECT,
                    draft.id().toString(), Map.of("client", client.id().toString(), "title", command.title(),
                            "sha256", draft.current().hash().hex()));
            return draft;
        });
    }

    @Override
    public Agreement edit(StaffPrincipal principal, AgreementId agreementId, DraftAgreement command) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(command, "command");
        return runtime.execute(events -> {
            Agreement current = load(principal.workspaceId(), agreementId);
            if (current.status() != AgreementStatus.DRAFT && !current.clientId().equals(command.clientId())) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "clientId", command.clientId(),
                        "a sent agreement stays with client " + current.clientId());
            }
            Client client = client(principal.workspaceId(), command.clientId()).requireActive();
            Agreement edited = agreements.save(current.edited(command.title(),
                    resolved(principal.workspaceId(), client.id(), command.document()),
                    signers(principal.workspaceId(), client.id(), command.signers()), runtime.clock().instant()));
            AgreementVersion version = edited.current();
            runtime.audit().record(edited.workspaceId(), principal.actor(), "agreement.edited", SUBJECT,
                    edited.id().toString(), Map.of("version", Integer.toString(version.number()),
                            "title", version.title(), "sha256", version.hash().hex()));
            if (edited.versions().size() > current.versions().size()) {
                raiseSent(edited, events);
            }
            return edited;
        });
    }

    @Override
    public Agreement send(StaffPrincipal principal, AgreementId agreementId) {
        PortalException.requireField(principal, "principal");
        return runtime.execute(events -> {
            Agreement draft = load(principal.workspaceId(), agreementId);
            requireDocumentInLibrary(draft);
            Agreement sent = agreements.save(draft.send(runtime.clock().instant()));
            runtime.audit().record(sent.workspaceId(), principal.actor(), "agreement.sent", SUBJECT,
                    sent.id().toString(), Map.of("version", Integer.toString(sent.current().number()),
                            "sha256", sent.current().hash().hex()));
            raiseSent(sent, events);
            return sent;
        });
    }

    private void raiseSent(Agreement agreement, PortalRuntime.EventSink events) {
        AgreementVersion version = agreement.current();
        events.raise(new AgreementSent(runtime.ids().next(),
                agreement.workspaceId(), agreement.id(), agreement.clientId(),
                version.number(), version.title(), version.hash(),
                version.signers().stream().map(Signer::contactId).toList(), runtime.clock().instant()));
    }

    @Override
    public Agreement countersign(StaffPrincipal principal, AgreementId agreementId, int versionNumber,
                                 String typedName) {
        PortalException.requireField(principal, "principal");
        String name = Evidence.requireTypedName(typedName);
        return runtime.execute(events -> {
            Agreement current = load(principal.workspaceId(), agreementId);
            Instant now = runtime.clock().instant();
            Evidence evidence = new Evidence(principal.actor(), now, "", "", current.current().hash().hex(), name);
            Agreement signed = current.countersign(versionNumber, new Countersignature(principal.user(), evidence));
            if (signed == current) {
                return current;
            }
            Agreement saved = agreements.save(signed);
            record(saved, principal.actor(), "agreement.countersigned", evidence);
            events.raise(new AgreementCountersigned(runtime.ids().next(),
                    saved.workspaceId(), saved.id(), saved.clientId(),
                    versionNumber, principal.user(), now));
            raiseCompletedIfSo(current, saved, events);
            return saved;
        });
    }

    @Override
    public Agreement voidAgreement(StaffPrincipal principal, AgreementId agreementId, String reason) {
        PortalException.requireField(principal, "principal");
        String why = PortalException.requireText(reason, "reason", InputLimits.REASON);
        return runtime.execute(events -> {
            Agreement voided = agreements.save(load(principal.workspaceId(), agreementId)
                    .voided(runtime.clock().instant()));
            runtime.audit().record(voided.workspaceId(), principal.actor(), "agreement.voided", SUBJECT,
                    voided.id().toString(), Map.of(), Map.of("reason", why));
            events.raise(new AgreementVoided(runtime.ids().next(),
                    voided.workspaceId(), voided.id(), voided.clientId(), why,
                    runtime.clock().instant()));
            return voided;
        });
    }

    @Override
    public Agreement get(StaffPrincipal principal, AgreementId agreementId) {
        PortalException.requireField(principal, "principal");
        return runtime.read(() -> load(principal.workspaceId(), agreementId));
    }

    @Override
    public List<Agreement> forClient(StaffPrincipal principal, ClientId clientId) {
        PortalException.requireField(principal, "principal");
        return runtime.read(() -> agreements.forClient(principal.workspaceId(),
                client(principal.workspaceId(), clientId).id()));
    }

    @Override
    public SignatureCertificate certificate(StaffPrincipal principal, AgreementId agreementId, int versionNumber) {
        PortalException.requireField(principal, "principal");
        return runtime.read(() -> certificate(load(principal.workspaceId(), agreementId), versionNumber));
    }

    @Override
    public Agreement open(PortalPrincipal principal, AgreementId agreementId, ClientRequest request) {
        PortalException.requireField(principal, "principal");
        Agreement agreement = runtime.read(() -> visible(principal, agreementId));
        analytics.recordView(principal, DocumentRef.of(DocumentType.AGREEMENT, agreementId), request);
        return agreement;
    }

    @Override
    public List<Agreement> list(PortalPrincipal principal) {
        PortalException.requireField(principal, "principal");
        return runtime.read(() -> agreements.forClient(principal.workspaceId(), principal.clientId()).stream()
                .filter(agreement -> agreement.status() != AgreementStatus.DRAFT && principal.canSee(
                        agreement.workspaceId(), agreement.clientId(), reference(agreement.id())))
                .toList());
    }

    @Override
    public Agreement sign(PortalPrincipal principal, AgreementId agreementId, int versionNumber, String typedName,
                          ClientRequest request) {
        PortalException.requireField(principal, "principal");
        return runtime.execute(events -> {
            Agreement current = visible(principal, agreementId);
            principal.requireAllowed(PortalAction.DECIDE);
            if (!(principal instanceof ContactPrincipal contact)) {
                throw PortalException.invalid(ErrorCode.READ_ONLY_ACCESS, "principal", principal,
                        "only a signed-in contact can sign");
            }
            String name = Evidence.requireTypedName(typedName);
            requireDocumentInLibrary(current);
            Instant now = runtime.clock().instant();
            Evidence evidence = Evidence.of(principal, request, now, current.current().hash().hex(), name);
            Agreement signed = current.sign(versionNumber, new Signature(contact.contactId(),
                    signerName(current, contact.contactId()), evidence));
            if (signed == current) {
                return current;
            }
            Agreement saved = agreements.save(signed);
            record(saved, principal.actor(), "agreement.signed", evidence);
            events.raise(new AgreementSigned(runtime.ids().next(),
                    saved.workspaceId(), saved.id(), saved.clientId(), versionNumber,
                    contact.contactId(), saved.current().allClientSignersSigned(), now));
            raiseCompletedIfSo(current, saved, events);
            return saved;
        });
    }

    @Override
    public SignatureCertificate certificate(PortalPrincipal principal, AgreementId agreementId, int versionNumber) {
        PortalException.requireField(principal, "principal");
        return runtime.read(() -> certificate(visible(principal, agreementId), versionNumber));
    }

    private void record(Agreement saved, String actor, String action, Evidence evidence) {
        Map<String, String> details = new HashMap<>(evidence.details());
        details.put("version", Integer.toString(saved.current().number()));
        details.put("status", saved.status().name());
        runtime.audit().record(saved.workspaceId(), actor, action, SUBJECT, saved.id().toString(), details,
                evidence.personalDetails());
    }

    private void raiseCompletedIfSo(Agreement before, Agreement after, PortalRuntime.EventSink events) {
        if (after.status() == AgreementStatus.SIGNED && before.status() != AgreementStatus.SIGNED) {
            events.raise(new AgreementCompleted(runtime.ids().next(), after.workspaceId(), after.id(), after.clientId(),
                    after.current().number(), runtime.clock().instant()));
        }
    }

    private SignatureCertificate certificate(Agreement agreement, int versionNumber) {
        String businessName = workspaces.find(agreement.workspaceId()).orElseThrow().name();
        String clientName = clients.find(agreement.workspaceId(), agreement.clientId()).orElseThrow().name();
        return SignatureCertificate.of(agreement, versionNumber, businessName, clientName, runtime.clock().instant());
    }

    private static String signerName(Agreement agreement, ContactId contactId) {
        return agreement.current().signers().stream().filter(signer -> signer.contactId().equals(contactId))
                .map(Signer::name).findFirst().orElse(contactId.toString());
    }

    /** The named signers, each an active APPROVER contact of the client, with their names as of now. */
    private List<Signer> signers(WorkspaceId workspaceId, ClientId clientId, List<ContactId> contactIds) {
        List<Signer> signers = new ArrayList<>(contactIds.size());
        for (ContactId contactId : contactIds) {
            PortalException.requireField(contactId, "signers[]");
            Contact contact = contacts.find(workspaceId, contactId)
                    .filter(found -> found.clientId().equals(clientId) && found.active()
                            && found.hasRole(Role.APPROVER))
                    .orElseThrow(() -> PortalException.invalid(ErrorCode.INVALID_SIGNER, "signers", contactId,
                            "must be an active contact of client " + clientId + " with the APPROVER role"));
            signers.add(new Signer(contact.id(), contact.name()));
        }
        return signers;
    }

    /**
     * The document with a file reference taken from the client's library, so that what is signed is exactly the
     * stored file the client can open: its id, its library name and its stored hash.
     */
    private AgreementDocument resolved(WorkspaceId workspaceId, ClientId clientId, AgreementDocument document) {
        if (!(document instanceof AgreementDocument.FileReference reference)) {
            return document;
        }
        SharedFile file = libraryFile(workspaceId, clientId, reference);
        if (!file.content().hash().equals(reference.hash())) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "document.hash", reference.hash(),
                    "must be the SHA-256 of file " + file.id() + " as stored (" + file.content().hash() + ")");
        }
        return new AgreementDocument.FileReference(file.id(), file.name(), file.content().hash());
    }

    /** A file agreement is sent and signed only while its file is in the client's library, as it was drafted. */
    private void requireDocumentInLibrary(Agreement agreement) {
        if (agreement.current().document() instanceof AgreementDocument.FileReference reference
                && !libraryFile(agreement.workspaceId(), agreement.clientId(), reference).content().hash()
                .equals(reference.hash())) {
            throw PortalException.notFound(ErrorCode.FILE_NOT_FOUND, "document.fileId", reference.fileId());
        }
    }

    private SharedFile libraryFile(WorkspaceId workspaceId, ClientId clientId,
                                   AgreementDocument.FileReference reference) {
        return files.find(workspaceId, reference.fileId())
                .filter(file -> file.present() && file.clientId().equals(clientId))
                .orElseThrow(() -> PortalException.notFound(ErrorCode.FILE_NOT_FOUND, "document.fileId",
                        reference.fileId()));
    }

    private Agreement visible(PortalPrincipal principal, AgreementId agreementId) {
        PortalException.requireField(agreementId, "agreementId");
        Agreement agreement = agreements.find(principal.workspaceId(), agreementId)
                .filter(found -> found.status() != AgreementStatus.DRAFT)
                .orElseThrow(() -> PortalException.notFound(ErrorCode.AGREEMENT_NOT_FOUND, "agreement", agreementId));
        principal.requireVisible(agreement.workspaceId(), agreement.clientId(), reference(agreementId),
                ErrorCode.AGREEMENT_NOT_FOUND);
        return agreement;
    }

    private static DocumentRef reference(AgreementId agreementId) {
        return DocumentRef.of(DocumentType.AGREEMENT, agreementId);
    }

    private Agreement load(WorkspaceId workspaceId, AgreementId agreementId) {
        PortalException.requireField(agreementId, "agreementId");
        return agreements.find(workspaceId, agreementId).orElseThrow(() ->
                PortalException.notFound(ErrorCode.AGREEMENT_NOT_FOUND, "agreement", agreementId));
    }

    private Client client(WorkspaceId workspaceId, ClientId clientId) {
        return clients.require(workspaceId, clientId);
    }
}
