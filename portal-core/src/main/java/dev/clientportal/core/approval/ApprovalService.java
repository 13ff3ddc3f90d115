package dev.clientportal.core.approval;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.access.AccessChannel;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.ContactPrincipal;
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
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.files.FileRepository;
import dev.clientportal.core.files.FileUpload;
import dev.clientportal.core.files.LibraryIntake;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceContent;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.invoice.Invoicing;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

final class ApprovalService implements Approvals {

    private static final String SUBJECT = "deliverable";

    private final DeliverableRepository deliverables;
    private final ClientRepository clients;
    private final ContactRepository contacts;
    private final FileRepository files;
    private final LibraryIntake intake;
    private final Invoicing invoicing;
    private final Analytics analytics;
    private final PortalRuntime runtime;

    ApprovalService(DeliverableRepository deliverables, ClientRepository clients, ContactRepository contacts,
                    FileRepository files, LibraryIntake intake, Invoicing invoicing, Analytics analytics,
                    PortalRuntime runtime) {
        this.deliverables = deliverables;
        this.clients = clients;
        this.contacts = contacts;
        this.files = files;
        this.intake = intake;
        this.invoicing = invoicing;
        this.analytics = analytics;
        this.runtime = runtime;
    }

    // ---- the business ----

    @Override
    public Deliverable create(StaffPrincipal principal, CreateDeliverable command) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(command, "command");
        return runtime.execute(events -> {
            Client client = activeClient(principal.workspaceId(), command.clientId());
            command.requireCurrency(client.currency());
            Deliverable created = deliverables.save(Deliverable.create(new DeliverableId(runtime.ids().next()),
                    principal.workspaceId(), command, principal.actor(), now()));
            Map<String, String> details = new HashMap<>();
            details.put("client", client.id().toString());
            details.put("title", created.title());
            details.put("project", created.project());
            details.put("includedRounds", Integer.toString(created.includedRounds()));
            details.put("extraRounds", created.extraRounds().toString());
            details.put("signatureRequired", Boolean.toString(created.signatureRequired()));
            created.milestone().ifPresent(milestone -> details.put("milestone", milestone.name() + " ("
                    + milestone.billing() + ")"));
            audit(created, principal.actor(), "deliverable.created", details);
            return created;
        });
    }

    @Override
    public Deliverable addVersion(StaffPrincipal principal, AddVersion command) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(command, "command");
        return runtime.execute(events -> addVersion(principal, command, events, current -> Optional.empty()));
    }

    /**
     * Checks the deliverable before any byte is stored, stages the upload outside a transaction, then shares it and
     * adds the version in one; when that is refused or rolls back, the bytes the upload brought into the store are
     * deleted again, so a refused version leaves neither a library row nor new content behind.
     */
    @Override
    public Deliverable addVersion(StaffPrincipal principal, AddVersion command, FileUpload upload) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(command, "command");
        PortalException.requireField(upload, "upload");
        runtime.execute(events -> activeClient(principal.workspaceId(),
                load(principal, command.deliverableId()).clientId()));
        LibraryIntake.Staged staged = intake.stage(upload);
        return intake.recordOrDiscard(staged, () -> runtime.execute(events -> addVersion(principal, command, events,
                current -> Optional.of(intake.record(events, current.workspaceId(), current.clientId(), staged,
                        SharedFile.Source.BUSINESS, principal.actor())))));
    }

    /**
     * Adds a version of the command's files and, last, the file {@code uploaded} shares once every check passed; one
     * audit entry names them all.
     */
    private Deliverable addVersion(StaffPrincipal principal, AddVersion command, PortalRuntime.EventSink events,
                                   Function<Deliverable, Optional<SharedFile>> uploaded) {
        Deliverable current = load(principal, command.deliverableId());
        if (command.expectedRevision().isPresent() && command.expectedRevision().getAsLong() != current.version()) {
            throw new PortalException(ErrorCode.CONCURRENT_MODIFICATION, "deliverable " + current.id()
                    + " changed since revision " + command.expectedRevision().getAsLong() + " (it is at "
                    + current.version() + "); load it again and decide whether to add the version");
        }
        activeClient(current.workspaceId(), current.clientId());
        List<VersionFile> versionFiles = new ArrayList<>(command.files().stream()
                .map(fileId -> VersionFile.of(sharedByTheBusiness(current, fileId))).toList());
        Optional<SharedFile> upload = uploaded.apply(current);
        upload.ifPresent(file -> versionFiles.add(VersionFile.of(file)));
        Instant now = now();
        DeliverableVersion added = DeliverableVersion.of(new DeliverableVersionId(runtime.ids().next()),
                current.versions().size() + 1, versionFiles, command.note(), principal.actor(), now);
        Optional<ApprovalRequestId> superseded = current.pendingRequest().map(ApprovalRequest::id);
        Deliverable saved = deliverables.save(current.withNewVersion(added, principal.actor(), now));
        Map<String, String> details = new HashMap<>();
        details.put("version", Integer.toString(added.number()));
        details.put("sha256", added.contentHash().hex());
        details.put("files", versionFiles.stream().map(file -> file.fileId().toString())
                .collect(Collectors.joining(",")));
        upload.ifPresent(file -> {
            details.put("uploadedFile", file.id().toString());
            details.put("uploadedName", file.name());
            details.put("uploadedSha256", file.content().hash().hex());
            details.put("uploadedSize", Long.toString(file.content().size()));
        });
        superseded.ifPresent(request -> details.put("supersededRequest", request.toString()));
        audit(saved, principal.actor(), "deliverable.version_added", details);
        events.raise(new DeliverableVersionAdded(runtime.ids().next(),
                saved.workspaceId(), saved.clientId(), saved.id(), added.id(),
                added.number(), added.contentHash(), superseded, now));
        return saved;
    }

    @Override
    public Deliverable requestApproval(StaffPrincipal principal, RequestApproval command) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(command, "command");
        return runtime.execute(events -> {
            Deliverable current = load(principal, command.deliverableId());
            activeClient(current.workspaceId(), current.clientId());
            command.approvers().forEach(contactId -> requireApprover(current, contactId));
            Instant now = now();
            ApprovalRequestId requestId = new ApprovalRequestId(runtime.ids().next());
            Deliverable saved = deliverables.save(current.withRequest(requestId, command.approvers(), command.rule(),
                    principal.actor(), now));
            ApprovalRequest request = saved.request(requestId).orElseThrow();
            DeliverableVersion version = saved.latestVersion().orElseThrow();
            audit(saved, principal.actor(), "approval.requested", Map.of("request", requestId.toString(),
                    "version", Integer.toString(version.number()), "sha256", version.contentHash().hex(),
                    "approvers", joined(request.approvers()), "rule", request.rule().name()));
            events.raise(new ApprovalRequested(runtime.ids().next(),
                    saved.workspaceId(), saved.clientId(), saved.id(), requestId,
                    version.id(), version.number(), request.approvers(), request.rule(), now));
            return saved;
        });
    }

    @Override
    public Deliverable withdraw(StaffPrincipal principal, DeliverableId deliverableId, String reason) {
        PortalException.requireField(principal, "principal");
        String why = PortalException.requireText(reason, "reason", InputLimits.REASON);
        return runtime.execute(events -> {
            Deliverable current = load(principal, deliverableId);
            Instant now = now();
            Deliverable saved = deliverables.save(current.withdrawn(principal.actor(), why, now));
            ApprovalRequest withdrawn = current.pendingRequest().orElseThrow();
            audit(saved, principal.actor(), "approval.withdrawn", Map.of("request", withdrawn.id().toString(),
                    "version", Integer.toString(withdrawn.versionNumber()), "reason", why,
                    "decisionsKept", Integer.toString(withdrawn.decisions().size())));
            events.raise(new ApprovalWithdrawn(runtime.ids().next(),
                    saved.workspaceId(), saved.clientId(), saved.id(), withdrawn.id(),
                    withdrawn.versionNumber(), why, now));
            return saved;
        });
    }

    @Override
    public Deliverable get(StaffPrincipal principal, DeliverableId deliverableId) {
        PortalException.requireField(principal, "principal");
        return runtime.execute(events -> load(principal, deliverableId));
    }

    @Override
    public List<Deliverable> list(StaffPrincipal principal, ClientId clientId) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(clientId, "clientId");
        return runtime.execute(events -> {
            Client client = clients.require(principal.workspaceId(), clientId);
            return deliverables.forClient(principal.workspaceId(), client.id());
        });
    }

    @Override
    public List<HistoryEntry> history(StaffPrincipal principal, DeliverableId deliverableId) {
        return get(principal, deliverableId).history();
    }

    // ---- the client ----

    @Override
    public List<PendingApproval> pending(PortalPrincipal principal) {
        PortalException.requireField(principal, "principal");
        return runtime.execute(events -> {
            List<Deliverable> waiting;
            if (principal instanceof ContactPrincipal contact) {
                waiting = deliverables.awaitingDecision(contact.workspaceId(), contact.contactId());
            } else if (principal.channel() == AccessChannel.STAFF) {
                waiting = deliverables.forClient(principal.workspaceId(), principal.clientId()).stream()
                        .filter(deliverable -> deliverable.pendingRequest().isPresent()).toList();
            } else {
                waiting = List.of();
            }
            return waiting.stream()
                    .filter(deliverable -> deliverable.clientId().equals(principal.clientId()))
                    .flatMap(deliverable -> deliverable.pendingRequest().stream()
                            .map(request -> PendingApproval.of(deliverable, request)))
                    .toList();
        });
    }

    @Override
    public DeliverableVersionView open(PortalPrincipal principal, DeliverableVersionId versionId,
                                       ClientRequest request) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(versionId, "versionId");
        Deliverable deliverable = runtime.execute(events -> deliverables.findByVersion(principal.workspaceId(),
                        versionId)
                .filter(found -> principal.canSee(found.workspaceId(), found.clientId(),
                        found.version(versionId).orElseThrow().document()))
                .orElseThrow(() -> PortalException.notFound(ErrorCode.DELIVERABLE_NOT_FOUND, "deliverable version",
                        versionId)));
        DeliverableVersion version = deliverable.version(versionId).orElseThrow();
        analytics.recordView(principal, version.document(), request);
        boolean canDecide = principal instanceof ContactPrincipal contact && contact.allows(PortalAction.DECIDE)
                && deliverable.awaits(contact.contactId(), version.number());
        return new DeliverableVersionView(deliverable.id(), deliverable.title(), deliverable.project(),
                version.document(), version, deliverable.versions().size(), deliverable.status(),
                deliverable.latestRequest(version.number()).map(ApprovalRequest::withoutNetworkDetails),
                deliverable.rounds(), deliverable.includedRounds(), canDecide);
    }

    @Override
    public DecisionReceipt approve(PortalPrincipal principal, Approve command, ClientRequest request) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(command, "command");
        return decide(principal, command.deliverableId(), command.version(), request, (contact, version, at) ->
                new Decision(contact, DecisionKind.APPROVE, version.number(), command.comment(), Optional.empty(),
                        Evidence.of(principal, request, at, version.contentHash().hex(), command.typedName())));
    }

    @Override
    public DecisionReceipt requestChanges(PortalPrincipal principal, RequestChanges command, ClientRequest request) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(command, "command");
        return decide(principal, command.deliverableId(), command.version(), request, (contact, version, at) ->
                new Decision(contact, DecisionKind.REQUEST_CHANGES, version.number(), command.comment(),
                        command.pinnedFile(), Evidence.of(principal, request, at, version.contentHash().hex(), "")));
    }

    /** Builds a decision once the decider and the version are known. */
    @FunctionalInterface
    private interface DecisionMaker {
        Decision make(ContactId contactId, DeliverableVersion version, Instant at);
    }

    /**
     * Records a decision and what follows from it — milestone billing on approval, extra-round billing on a change
     * request — in one transaction: a conflicting decision saves nothing and bills nothing.
     */
    private DecisionReceipt decide(PortalPrincipal principal, DeliverableId deliverableId, VersionPin pin,
                                   ClientRequest request, DecisionMaker maker) {
        return runtime.execute(events -> {
            Deliverable current = deliverables.find(principal.workspaceId(), deliverableId).orElse(null);
            DeliverableVersion version = current == null ? null : current.version(pin).orElse(null);
            if (current == null || version == null
                    || !principal.canSee(current.workspaceId(), current.clientId(), version.document())) {
                // one answer for "does not exist", "not yours" and "no such version": nothing can be enumerated
                throw PortalException.notFound(ErrorCode.DELIVERABLE_NOT_FOUND, "deliverable", deliverableId);
            }
            principal.requireAllowed(PortalAction.DECIDE);
            ContactId contactId = ((ContactPrincipal) principal).contactId();
            Decision decision = maker.make(contactId, version, now());
            Deliverable decided = current.decided(decision, principal.actor());
            if (decision.approves() && decided.signatureRequired()) {
                Evidence.requireTypedName(decision.evidence().typedName());
            }
            ApprovalRequest closedOrPending = decided.latestRequest(version.number()).orElseThrow();
            Optional<InvoiceId> milestoneInvoice = Optional.empty();
            if (closedOrPending.status() == ApprovalStatus.APPROVED && decided.milestoneUnbilled()) {
                milestoneInvoice = Optional.of(billMilestone(decided, version));
                decided = decided.withMilestoneInvoice(milestoneInvoice.get());
            }
            Optional<RevisionRound> round = decided.roundOf(closedOrPending.id());
            if (round.isPresent() && round.get().beyondIncluded()) {
                Optional<LineItem> line = decided.extraRounds().billableLine();
                if (line.isPresent()) {
                    decided = decided.withRoundBilled(round.get().number(),
                            billExtraRound(decided, round.get(), line.get()));
                    round = decided.roundOf(closedOrPending.id());
                }
            }
            Deliverable saved = deliverables.save(decided);
            audit(saved, principal.actor(), decision.approves() ? "approval.approved" : "approval.changes_requested",
                    decisionDetails(decision, closedOrPending, round, milestoneInvoice), Map.of(
                            "address", decision.evidence().address(), "userAgent", decision.evidence().userAgent(),
                            "typedName", decision.evidence().typedName(), "comment", decision.comment()));
            raiseDecisionEvents(events, saved, closedOrPending, decision, round, milestoneInvoice);
            return new DecisionReceipt(saved.id(), closedOrPending.id(), decision, closedOrPending.status(), round);
        });
    }

    private void raiseDecisionEvents(PortalRuntime.EventSink events, Deliverable saved, ApprovalRequest request,
                                     Decision decision, Optional<RevisionRound> round,
                                     Optional<InvoiceId> milestoneInvoice) {
        Instant at = decision.at();
        if (!decision.approves()) {
            RevisionRound opened = round.orElseThrow();
            events.raise(new ChangesRequested(runtime.ids().next(),
                    saved.workspaceId(), saved.clientId(), saved.id(), request.id(),
                    decision.versionNumber(), decision.contactId(), decision.comment(), decision.pinnedFile(),
                    opened.number(), opened.beyondIncluded(), at));
            if (opened.beyondIncluded() && saved.extraRounds().flags()) {
                events.raise(new ExtraRoundFlagged(runtime.ids().next(),
                        saved.workspaceId(), saved.clientId(), saved.id(), opened.number(),
                        saved.includedRounds(), opened.billedOn(), at));
            }
        } else if (request.status() == ApprovalStatus.APPROVED) {
            events.raise(new DeliverableApproved(runtime.ids().next(),
                    saved.workspaceId(), saved.clientId(), saved.id(), request.id(),
                    request.versionNumber(), saved.versions().get(request.versionNumber() - 1).contentHash(),
                    request.decisions().stream().map(Decision::contactId).toList(), milestoneInvoice, at));
        } else {
            events.raise(new ApprovalGiven(runtime.ids().next(),
                    saved.workspaceId(), saved.clientId(), saved.id(), request.id(),
                    request.versionNumber(), decision.contactId(), request.awaiting(), at));
        }
    }

    /** The evidence and everything the decision caused, so that the audit entry proves the decision on its own. */
    private static Map<String, String> decisionDetails(Decision decision, ApprovalRequest request,
                                                       Optional<RevisionRound> round,
                                                       Optional<InvoiceId> milestoneInvoice) {
        Evidence evidence = decision.evidence();
        Map<String, String> details = new HashMap<>();
        details.put("request", request.id().toString());
        details.put("rule", request.rule().name());
        details.put("requestStatus", request.status().name());
        details.put("contact", decision.contactId().toString());
        details.put("version", Integer.toString(decision.versionNumber()));
        details.put("sha256", evidence.contentHash());
        details.put("at", evidence.at().toString());
        decision.pinnedFile().ifPresent(file -> details.put("pinnedFile", file.toString()));
        round.ifPresent(opened -> {
            details.put("round", Integer.toString(opened.number()));
            details.put("beyondIncluded", Boolean.toString(opened.beyondIncluded()));
            opened.billedOn().ifPresent(invoice -> details.put("billedOn", invoice.toString()));
        });
        milestoneInvoice.ifPresent(invoice -> details.put("milestoneInvoice", invoice.toString()));
        return details;
    }

    // ---- billing ----

    /** Creates the milestone invoice through invoicing, as the system, and issues it when the milestone says so. */
    private InvoiceId billMilestone(Deliverable deliverable, DeliverableVersion version) {
        Milestone milestone = deliverable.milestone().orElseThrow();
        StaffPrincipal system = StaffPrincipal.system(deliverable.workspaceId());
        Invoice draft = invoicing.createDraft(system, DraftInvoice.forClient(deliverable.clientId())
                .lines(milestone.lines())
                .notes(milestone.name() + ": " + deliverable.title() + ", version " + version.number() + " approved"));
        return milestone.billing() == MilestoneBilling.ISSUE ? invoicing.issue(system, draft.id()).id() : draft.id();
    }

    /**
     * Adds an extra round's line to the client's most recently created draft, or to a new draft when the client
     * has none — or when that draft has a payment schedule, which one more line would no longer add up to.
     */
    private InvoiceId billExtraRound(Deliverable deliverable, RevisionRound round, LineItem line) {
        StaffPrincipal system = StaffPrincipal.system(deliverable.workspaceId());
        LineItem described = describedLine(line, deliverable, round);
        List<Invoice> latestDraft = invoicing.list(system, InvoiceFilter.forClient(deliverable.clientId())
                .withStatuses(InvoiceStatus.DRAFT), 0, 1);
        if (!latestDraft.isEmpty() && latestDraft.get(0).content().schedule().isEmpty()) {
            Invoice draft = latestDraft.get(0);
            InvoiceContent content = draft.content();
            DraftInvoice withLine = new DraftInvoice(draft.clientId(), content.lines(), content.discount(),
                    content.notes(), content.terms(), content.paymentTerms(), content.lateFee(), content.schedule(),
                    content.depositInvoiceId(), content.dueDate()).line(described);
            return invoicing.updateDraft(system, draft.id(), withLine).id();
        }
        return invoicing.createDraft(system, DraftInvoice.forClient(deliverable.clientId()).line(described)).id();
    }

    /** The policy's line, naming the deliverable and round so the invoice says what the extra round was. */
    private static LineItem describedLine(LineItem line, Deliverable deliverable, RevisionRound round) {
        String description = line.description() + " (" + deliverable.title() + ", revision round " + round.number()
                + ")";
        return description.length() > LineItem.MAX_DESCRIPTION_LENGTH ? line
                : new LineItem(description, line.quantity(), line.unit(), line.unitPrice(), line.discount(),
                        line.taxes());
    }

    // ---- loading and checks ----

    private Deliverable load(StaffPrincipal principal, DeliverableId deliverableId) {
        PortalException.requireField(deliverableId, "deliverableId");
        return deliverables.find(principal.workspaceId(), deliverableId).orElseThrow(() ->
                PortalException.notFound(ErrorCode.DELIVERABLE_NOT_FOUND, "deliverable", deliverableId));
    }

    private Client activeClient(WorkspaceId workspaceId, ClientId clientId) {
        return clients.require(workspaceId, clientId).requireActive();
    }

    /** A file in the deliverable's client library that the business shared (clients' uploads are not deliveries). */
    private SharedFile sharedByTheBusiness(Deliverable deliverable, FileId fileId) {
        SharedFile file = files.find(deliverable.workspaceId(), fileId)
                .filter(found -> found.present() && found.clientId().equals(deliverable.clientId()))
                .orElseThrow(() -> PortalException.notFound(ErrorCode.FILE_NOT_FOUND, "file", fileId));
        if (file.source() != SharedFile.Source.BUSINESS) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "files", fileId,
                    "was uploaded by the client; a version delivers files the business shared");
        }
        return file;
    }

    private void requireApprover(Deliverable deliverable, ContactId contactId) {
        Contact contact = contacts.find(deliverable.workspaceId(), contactId)
                .filter(found -> found.clientId().equals(deliverable.clientId()))
                .orElseThrow(() -> PortalException.notFound(ErrorCode.CONTACT_NOT_FOUND, "contact", contactId));
        if (!contact.active()) {
            throw PortalException.invalid(ErrorCode.CONTACT_REMOVED, "approvers", contactId,
                    "was removed from the client");
        }
        if (!contact.hasRole(Role.APPROVER)) {
            throw PortalException.invalid(ErrorCode.NOT_AN_APPROVER, "approvers", contactId,
                    "lacks the APPROVER role; add it to the contact first");
        }
    }

    private void audit(Deliverable deliverable, String actor, String action, Map<String, String> details) {
        audit(deliverable, actor, action, details, Map.of());
    }

    private void audit(Deliverable deliverable, String actor, String action, Map<String, String> details,
                       Map<String, String> personal) {
        Map<String, String> withClient = new HashMap<>(details);
        withClient.putIfAbsent("client", deliverable.clientId().toString());
        runtime.audit().record(deliverable.workspaceId(), actor, action, SUBJECT, deliverable.id().toString(),
                withClient, personal);
    }

    private static String joined(List<ContactId> contactIds) {
        return contactIds.stream().map(ContactId::toString).collect(Collectors.joining(","));
    }

    private Instant now() {
        return runtime.clock().instant();
    }
}
