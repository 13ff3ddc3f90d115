package dev.clientportal.core.analytics;

import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.invoice.InvoiceStatus;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns invoice and approval facts into follow-up suggestions: at most one per document (the most urgent that
 * applies), ranked by urgency, then amount due, then number or title. Urgency puts kinds in the order a business
 * acts on them — a viewed overdue invoice before an unopened one before a pending approval before a stale partial
 * payment — and grows by one per day within a kind.
 */
final class FollowUpRanking {

    private static final int VIEWED_UNPAID_OVERDUE = 3000;
    private static final int SENT_NOT_OPENED = 2000;
    private static final int APPROVAL_PENDING = 1500;
    private static final int PARTIALLY_PAID_STALE = 1000;

    /** Days added to a kind's base urgency are capped, so a kind never outranks the kind above it. */
    private static final int MAX_DAYS_OF_URGENCY = 999;

    private final FollowUpPolicy policy;
    private final LocalDate today;
    private final ZoneId zone;

    FollowUpRanking(FollowUpPolicy policy, LocalDate today, ZoneId zone) {
        this.policy = policy;
        this.today = today;
        this.zone = zone;
    }

    List<FollowUp> rank(List<OpenInvoiceFacts> invoices, List<PendingApprovalFacts> approvals) {
        List<Candidate> candidates = new ArrayList<>();
        for (OpenInvoiceFacts invoice : invoices) {
            suggestionFor(invoice).ifPresent(candidates::add);
        }
        for (PendingApprovalFacts approval : approvals) {
            suggestionFor(approval).ifPresent(candidates::add);
        }
        candidates.sort(Comparator.comparingInt((Candidate candidate) -> candidate.followUp.urgency()).reversed()
                .thenComparing(candidate -> candidate.amountDueMinor, Comparator.reverseOrder())
                .thenComparing(candidate -> candidate.followUp.title())
                // ties end on the document id in UUID order (unsigned, as its lowercase text sorts), so the ranking
                // never depends on the order the store returned the facts in
                .thenComparing(candidate -> candidate.followUp.document().id().toString()));
        return candidates.stream().map(candidate -> candidate.followUp).toList();
    }

    private Optional<Candidate> suggestionFor(OpenInvoiceFacts invoice) {
        long daysOverdue = Math.max(0, ChronoUnit.DAYS.between(invoice.nextDueDate(), today));
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("number", invoice.number());
        facts.put("amountDue", invoice.amountDue().toString());
        facts.put("dueDate", invoice.nextDueDate().toString());
        facts.put("daysOverdue", Long.toString(daysOverdue));
        Optional<DocumentEngagement> engagement = invoice.engagement();
        engagement.ifPresent(seen -> {
            facts.put("humanViews", Long.toString(seen.humanViews()));
            facts.put("lastViewedAt", seen.lastViewedAt().toString());
        });

        if (engagement.isPresent() && daysOverdue > 0) {
            long views = engagement.get().humanViews();
            String reason = "Viewed " + (views == 1 ? "once" : views + " times") + ", last on "
                    + LocalDate.ofInstant(engagement.get().lastViewedAt(), zone) + "; unpaid and " + days(daysOverdue)
                    + " overdue";
            return Optional.of(candidate(invoice, FollowUpKind.VIEWED_UNPAID_OVERDUE, reason, facts,
                    VIEWED_UNPAID_OVERDUE + capped(daysOverdue)));
        }
        LocalDate sentOn = invoice.lastSentAt().map(sent -> LocalDate.ofInstant(sent, zone)).orElse(invoice.issueDate());
        long daysSinceSent = ChronoUnit.DAYS.between(sentOn, today);
        if (engagement.isEmpty() && daysSinceSent >= policy.sentNotOpenedAfterDays()) {
            facts.put("sentOn", sentOn.toString());
            facts.put("daysSinceSent", Long.toString(daysSinceSent));
            String reason = "Sent " + days(daysSinceSent) + " ago and never opened"
                    + (daysOverdue > 0 ? "; " + days(daysOverdue) + " overdue" : "");
            return Optional.of(candidate(invoice, FollowUpKind.SENT_NOT_OPENED, reason, facts,
                    SENT_NOT_OPENED + capped(daysSinceSent)));
        }
        if (invoice.status() == InvoiceStatus.PARTIALLY_PAID && invoice.lastPaymentOn().isPresent()) {
            long daysSincePayment = ChronoUnit.DAYS.between(invoice.lastPaymentOn().get(), today);
            if (daysSincePayment >= policy.staleBalanceAfterDays()) {
                facts.put("lastPaymentOn", invoice.lastPaymentOn().get().toString());
                facts.put("daysSincePayment", Long.toString(daysSincePayment));
                String reason = "Partially paid; no payment for " + days(daysSincePayment) + ", "
                        + invoice.amountDue() + " still due";
                return Optional.of(candidate(invoice, FollowUpKind.PARTIALLY_PAID_STALE, reason, facts,
                        PARTIALLY_PAID_STALE + capped(daysSincePayment)));
            }
        }
        return Optional.empty();
    }

    private Optional<Candidate> suggestionFor(PendingApprovalFacts approval) {
        LocalDate requestedOn = LocalDate.ofInstant(approval.requestedAt(), zone);
        long daysPending = ChronoUnit.DAYS.between(requestedOn, today);
        if (daysPending < policy.approvalPendingAfterDays()) {
            return Optional.empty();
        }
        List<String> names = approval.waitingOn().stream().map(PendingApprovalFacts.Approver::name).toList();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("deliverableId", approval.deliverableId().toString());
        facts.put("versionNumber", Integer.toString(approval.versionNumber()));
        facts.put("requestedOn", requestedOn.toString());
        facts.put("daysPending", Long.toString(daysPending));
        facts.put("waitingOn", String.join(", ", names));
        String reason = "Approval pending " + days(daysPending)
                + (names.isEmpty() ? "" : "; waiting on " + String.join(", ", names));
        return Optional.of(new Candidate(new FollowUp(FollowUpKind.APPROVAL_PENDING, approval.document(),
                approval.clientId(), approval.clientName(), approval.title() + " (version " + approval.versionNumber()
                + ")", reason, facts, APPROVAL_PENDING + (int) daysPending), 0));
    }

    private static Candidate candidate(OpenInvoiceFacts invoice, FollowUpKind kind, String reason,
                                       Map<String, String> facts, int urgency) {
        return new Candidate(new FollowUp(kind, new DocumentRef(DocumentType.INVOICE, invoice.invoiceId().value()),
                invoice.clientId(), invoice.clientName(), invoice.number(), reason, facts, urgency),
                invoice.amountDue().minorUnits());
    }

    private static int capped(long days) {
        return (int) Math.min(days, MAX_DAYS_OF_URGENCY);
    }

    private static String days(long days) {
        return days == 1 ? "1 day" : days + " days";
    }

    private record Candidate(FollowUp followUp, long amountDueMinor) {
    }
}
