package dev.clientportal.core.approval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step in a deliverable's history, as the business reads it: a version added, approval requested, a decision,
 * a request closed.
 *
 * @param at            when it happened
 * @param kind          what happened
 * @param versionNumber the version it is about
 * @param actor         who did it, e.g. {@code contact:<id>} or {@code staff:owner@acme.example}
 * @param detail        a sentence with the particulars (comment, typed name, round, invoice)
 */
public record HistoryEntry(Instant at, Kind kind, int versionNumber, String actor, String detail) {

    /** What happened. */
    public enum Kind {
        /** The business added a version. */
        VERSION_ADDED,
        /** The business asked for approval of a version. */
        APPROVAL_REQUESTED,
        /** An approver approved. */
        APPROVED,
        /** An approver asked for changes, opening a revision round. */
        CHANGES_REQUESTED,
        /** A request's rule was met: the version is approved. */
        REQUEST_APPROVED,
        /** The business withdrew a request. */
        REQUEST_WITHDRAWN,
        /** A newer version replaced the version a request was pending on. */
        REQUEST_SUPERSEDED
    }

    /**
     * Requires every field.
     *
     * @param at            when it happened
     * @param kind          what happened
     * @param versionNumber the version it is about
     * @param actor         who did it, e.g. {@code contact:<id>} or {@code staff:owner@acme.example}
     * @param detail        a sentence with the particulars (comment, typed name, round, invoice)
     */
    public HistoryEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(detail, "detail");
    }

    static HistoryEntry versionAdded(DeliverableVersion version) {
        return new HistoryEntry(version.addedAt(), Kind.VERSION_ADDED, version.number(), version.addedBy(),
                version.files().size() + (version.files().size() == 1 ? " file" : " files") + ", content hash "
                        + version.contentHash() + (version.note().isEmpty() ? "" : ": " + version.note()));
    }

    /** The request's steps: asked, each decision, and how it closed. */
    static List<HistoryEntry> of(ApprovalRequest request, Optional<RevisionRound> round, Deliverable deliverable) {
        int number = request.versionNumber();
        List<HistoryEntry> entries = new ArrayList<>();
        entries.add(new HistoryEntry(request.requestedAt(), Kind.APPROVAL_REQUESTED, number, request.requestedBy(),
                "asked " + request.approvers().size() + (request.approvers().size() == 1 ? " approver" : " approvers")
                        + ", " + request.rule() + " must approve"));
        for (Decision decision : request.decisions()) {
            entries.add(decision.approves()
                    ? new HistoryEntry(decision.at(), Kind.APPROVED, number, decision.evidence().actor(),
                            signed(decision) + (decision.comment().isEmpty() ? "" : ": " + decision.comment()))
                    : new HistoryEntry(decision.at(), Kind.CHANGES_REQUESTED, number, decision.evidence().actor(),
                            round.map(HistoryEntry::describe).orElse("") + decision.pinnedFile()
                                    .map(file -> " on file " + file).orElse("") + ": " + decision.comment()));
        }
        request.closedAt().ifPresent(closedAt -> {
            switch (request.status()) {
                case APPROVED -> entries.add(new HistoryEntry(closedAt, Kind.REQUEST_APPROVED, number,
                        request.closedBy(), "version " + number + " approved" + deliverable.milestoneInvoiceId()
                        .filter(invoice -> firstApproval(deliverable, request))
                        .map(invoice -> "; milestone billed on invoice " + invoice).orElse("")));
                case WITHDRAWN -> entries.add(new HistoryEntry(closedAt, Kind.REQUEST_WITHDRAWN, number,
                        request.closedBy(), request.closingNote()));
                case SUPERSEDED -> entries.add(new HistoryEntry(closedAt, Kind.REQUEST_SUPERSEDED, number,
                        request.closedBy(), request.closingNote()));
                default -> {
                    // a change request closes its request; its decision entry already tells
                }
            }
        });
        return entries;
    }

    private static String signed(Decision decision) {
        return decision.evidence().typedName().isEmpty() ? "approved"
                : "approved, signed \"" + decision.evidence().typedName() + "\"";
    }

    private static String describe(RevisionRound round) {
        return "round " + round.number() + (round.beyondIncluded() ? " (beyond the included rounds"
                + round.billedOn().map(invoice -> ", billed on invoice " + invoice).orElse("") + ")" : "");
    }

    private static boolean firstApproval(Deliverable deliverable, ApprovalRequest request) {
        return deliverable.requests().stream().filter(candidate -> candidate.status() == ApprovalStatus.APPROVED)
                .findFirst().map(first -> first.id().equals(request.id())).orElse(false);
    }
}
