package dev.clientportal.core.contract;

import dev.clientportal.core.access.Evidence;
import dev.clientportal.core.approval.ApprovalRequest;
import dev.clientportal.core.approval.ApprovalRequestId;
import dev.clientportal.core.approval.ApprovalRule;
import dev.clientportal.core.approval.ApprovalStatus;
import dev.clientportal.core.approval.Decision;
import dev.clientportal.core.approval.DecisionKind;
import dev.clientportal.core.approval.Deliverable;
import dev.clientportal.core.approval.DeliverableId;
import dev.clientportal.core.approval.DeliverableVersion;
import dev.clientportal.core.approval.DeliverableVersionId;
import dev.clientportal.core.approval.ExtraRoundPolicy;
import dev.clientportal.core.approval.Milestone;
import dev.clientportal.core.approval.MilestoneBilling;
import dev.clientportal.core.approval.RevisionRound;
import dev.clientportal.core.approval.VersionFile;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.files.ContentHash;
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.core.files.StoredContent;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.pricing.Discount;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.clientportal.core.money.CurrencyUnit.USD;

/**
 * Sample deliverables for the contracts, built with the public constructors a persistence adapter uses, each a
 * history the use cases could have produced.
 */
public final class DeliverableSamples {

    /** The actor samples use for the business. */
    public static final String STAFF = "staff:owner@acme.example";

    private DeliverableSamples() {
    }

    /** A file the business shared, with its content hash made from {@code text}. */
    public static SharedFile sharedFile(WorkspaceId workspaceId, ClientId clientId, String name, String text) {
        return new SharedFile(new FileId(UUID.randomUUID()), workspaceId, clientId, name, "application/pdf",
                new StoredContent(ContentHash.ofText(text), text.length()), SharedFile.Source.BUSINESS, STAFF,
                Samples.CREATED, null, 0);
    }

    /**
     * A deliverable with every field set and every kind of step in its history: version 1 asked of two approvers
     * (one approved, one asked for changes on a file, opening a billed extra round), version 2 asked, withdrawn,
     * asked again and approved (billing the milestone), version 3 pending with one approval in.
     */
    public static Deliverable rich(WorkspaceId workspaceId, ClientId clientId, ContactId ana, ContactId ben,
                                   List<SharedFile> files, InvoiceId roundInvoice, InvoiceId milestoneInvoice) {
        Instant t = Samples.CREATED;
        List<VersionFile> both = files.stream().map(VersionFile::of).toList();
        DeliverableVersion v1 = version(1, both, "First draft — with the “Ünïcode” tagline ✓", t);
        DeliverableVersion v2 = version(2, List.of(both.get(1)), "", t.plus(Duration.ofDays(2)));
        DeliverableVersion v3 = version(3, both, "Third", t.plus(Duration.ofDays(4)));
        Decision anaApproves1 = decision(ana, DecisionKind.APPROVE, v1, "Nice", Optional.empty(), "Ana Ruiz",
                t.plus(Duration.ofHours(2)));
        Decision benAsksChanges = decision(ben, DecisionKind.REQUEST_CHANGES, v1, "Bigger logo\nand bolder",
                Optional.of(both.get(0).fileId()), "", t.plus(Duration.ofHours(3)));
        ApprovalRequest first = new ApprovalRequest(requestId(), 1, List.of(ana, ben), ApprovalRule.ALL,
                ApprovalStatus.CHANGES_REQUESTED, List.of(anaApproves1, benAsksChanges), STAFF,
                t.plus(Duration.ofHours(1)), "contact:" + ben, Optional.of(benAsksChanges.at()), "");
        ApprovalRequest withdrawn = new ApprovalRequest(requestId(), 2, List.of(ben), ApprovalRule.ANY,
                ApprovalStatus.WITHDRAWN, List.of(), STAFF, t.plus(Duration.ofDays(2).plusHours(1)), STAFF,
                Optional.of(t.plus(Duration.ofDays(2).plusHours(2))), "wrong approver");
        Decision anaApproves2 = decision(ana, DecisionKind.APPROVE, v2, "", Optional.empty(), "Ana Ruiz",
                t.plus(Duration.ofDays(3)));
        ApprovalRequest approved = new ApprovalRequest(requestId(), 2, List.of(ana), ApprovalRule.ANY,
                ApprovalStatus.APPROVED, List.of(anaApproves2), STAFF, t.plus(Duration.ofDays(2).plusHours(3)),
                "contact:" + ana, Optional.of(anaApproves2.at()), "");
        ApprovalRequest pending = new ApprovalRequest(requestId(), 3, List.of(ben, ana), ApprovalRule.ALL,
                ApprovalStatus.PENDING, List.of(decision(ana, DecisionKind.APPROVE, v3, "", Optional.empty(), "",
                t.plus(Duration.ofDays(4).plusHours(2)))), STAFF, t.plus(Duration.ofDays(4).plusHours(1)), "",
                Optional.empty(), "");
        RevisionRound round = new RevisionRound(1, first.id(), 1, ben, benAsksChanges.at(), true,
                Optional.of(roundInvoice));
        LineItem fee = LineItem.of("Extra revision round", "1.5", "h", Money.of("95.00", USD),
                TaxRate.of("NY sales tax", "8.875")).withDiscount(Discount.percent("10"));
        Milestone milestone = new Milestone("Phase 1 — identity", List.of(
                LineItem.of("Logo", "1", "", Money.of("1200.00", USD)),
                LineItem.of("Guide", "2", "day", Money.of("640.00", USD)).withDiscount(Discount.amount(
                        Money.of("40.00", USD)))), MilestoneBilling.ISSUE);
        return new Deliverable(new DeliverableId(UUID.randomUUID()), workspaceId, clientId, "Logo “Nord” ✓",
                "Rebrand 2026", 0, ExtraRoundPolicy.bill(fee), true, Optional.of(milestone),
                Optional.of(milestoneInvoice), List.of(v1, v2, v3), List.of(first, withdrawn, approved, pending),
                List.of(round), STAFF, t, 0);
    }

    /**
     * A deliverable with one version whose request addresses the approvers; those in {@code approvedBy} have
     * approved (it is pending while someone is left under the ALL rule, approved otherwise).
     */
    public static Deliverable requested(WorkspaceId workspaceId, ClientId clientId, String title, Instant requestedAt,
                                        ApprovalRule rule, List<ContactId> approvers, List<ContactId> approvedBy) {
        DeliverableVersion v1 = version(1, List.of(), title + ", version 1", requestedAt.minus(Duration.ofHours(1)));
        List<Decision> decisions = new ArrayList<>();
        for (ContactId approver : approvedBy) {
            decisions.add(decision(approver, DecisionKind.APPROVE, v1, "", Optional.empty(), "",
                    requestedAt.plus(Duration.ofMinutes(decisions.size() + 1))));
        }
        boolean done = !decisions.isEmpty() && (rule == ApprovalRule.ANY || decisions.size() == approvers.size());
        ApprovalRequest request = new ApprovalRequest(requestId(), 1, approvers, rule,
                done ? ApprovalStatus.APPROVED : ApprovalStatus.PENDING, decisions, STAFF, requestedAt,
                done ? "contact:" + approvedBy.get(approvedBy.size() - 1) : "",
                done ? Optional.of(decisions.get(decisions.size() - 1).at()) : Optional.empty(), "");
        return new Deliverable(new DeliverableId(UUID.randomUUID()), workspaceId, clientId, title, "", 2,
                ExtraRoundPolicy.flagOnly(), false, Optional.empty(), Optional.empty(), List.of(v1), List.of(request),
                List.of(), STAFF, requestedAt.minus(Duration.ofHours(2)), 0);
    }

    /**
     * The deliverable with one more version; a pending request is superseded by it. Never equal to its argument.
     */
    public static Deliverable withAnotherVersion(Deliverable deliverable) {
        int number = deliverable.versions().size() + 1;
        Instant at = deliverable.createdAt().plus(Duration.ofDays(10 + number));
        List<DeliverableVersion> versions = new ArrayList<>(deliverable.versions());
        versions.add(version(number, deliverable.versions().get(0).files(), "Version " + number, at));
        List<ApprovalRequest> requests = deliverable.requests().stream().map(request -> request.isPending()
                ? new ApprovalRequest(request.id(), request.versionNumber(), request.approvers(), request.rule(),
                        ApprovalStatus.SUPERSEDED, request.decisions(), request.requestedBy(), request.requestedAt(),
                        STAFF, Optional.of(at), "version " + number + " was added")
                : request).toList();
        return new Deliverable(deliverable.id(), deliverable.workspaceId(), deliverable.clientId(), deliverable.title(),
                deliverable.project(), deliverable.includedRounds(), deliverable.extraRounds(),
                deliverable.signatureRequired(), deliverable.milestone(), deliverable.milestoneInvoiceId(), versions,
                requests, deliverable.rounds(), deliverable.createdBy(), deliverable.createdAt(),
                deliverable.version());
    }

    private static DeliverableVersion version(int number, List<VersionFile> files, String note, Instant at) {
        return new DeliverableVersion(new DeliverableVersionId(UUID.randomUUID()), number, files, note,
                DeliverableVersion.hashOf(note, files), STAFF, at);
    }

    private static Decision decision(ContactId contact, DecisionKind kind, DeliverableVersion version, String comment,
                                     Optional<FileId> pinnedFile, String typedName, Instant at) {
        return new Decision(contact, kind, version.number(), comment, pinnedFile, new Evidence("contact:" + contact,
                at, "2001:db8::7", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) Safari/604.1",
                version.contentHash().hex(), typedName));
    }

    private static ApprovalRequestId requestId() {
        return new ApprovalRequestId(UUID.randomUUID());
    }
}
