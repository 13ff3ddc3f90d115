package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.access.SignInLink;
import dev.clientportal.core.analytics.DocumentEngagement;
import dev.clientportal.core.analytics.FollowUp;
import dev.clientportal.core.audit.ChainVerification;
import dev.clientportal.core.automation.ReminderLogEntry;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.Refund;
import dev.clientportal.core.receivables.AgingAmounts;
import dev.clientportal.core.receivables.AgingReport;
import dev.clientportal.core.receivables.DaysSalesOutstanding;
import dev.clientportal.examples.demo.DueReminders;
import dev.clientportal.examples.micronauthost.ApiJson.Amount;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON of the business's use cases beyond lists: what an invitation, a refund, engagement, follow-ups, aging and
 * an audit check answer. Like {@link ApiJson}, money is a decimal string with its currency and ids are strings.
 */
final class BusinessJson {

    private BusinessJson() {
    }

    /** An invitation sent: the contact, where the magic link went, and until when it works (the link is never shown). */
    @Serdeable
    record InvitationJson(String contactId, String email, Instant expiresAt) {
        static InvitationJson of(SignInLink link) {
            return new InvitationJson(link.contactId().toString(), link.email(), link.expiresAt());
        }
    }

    /** A refund of a payment: its idempotency reference, amount, date and reason, and the payment's state after it. */
    @Serdeable
    record RefundJson(String id, String paymentId, String reference, Amount amount, LocalDate refundedOn,
                      String reason, Amount paymentRefunded) {
        static RefundJson of(Payment payment, Refund refund) {
            return new RefundJson(refund.id().toString(), payment.id().toString(), refund.reference(),
                    Amount.of(refund.amount()), refund.refundedOn(), refund.reason(),
                    Amount.of(payment.refunded()));
        }
    }

    /** How the client engaged with a document; {@code viewed} false (and no dates) when no person has opened it. */
    @Serdeable
    record EngagementJson(String documentType, String documentId, boolean viewed, @Nullable Instant firstViewedAt,
                          @Nullable Instant lastViewedAt, long humanViews, int uniqueViewers) {
        static EngagementJson of(DocumentRef document, Optional<DocumentEngagement> engagement) {
            return engagement.map(seen -> new EngagementJson(document.type().name(), document.id().toString(), true,
                            seen.firstViewedAt(), seen.lastViewedAt(), seen.humanViews(), seen.uniqueViewers()))
                    .orElseGet(() -> new EngagementJson(document.type().name(), document.id().toString(), false,
                            null, null, 0, 0));
        }
    }

    /** A suggested nudge, most urgent first in its list. */
    @Serdeable
    record FollowUpJson(String kind, String documentType, String documentId, String clientId, String clientName,
                        String title, String reason, Map<String, String> facts, int urgency) {
        static FollowUpJson of(FollowUp followUp) {
            return new FollowUpJson(followUp.kind().name(), followUp.document().type().name(),
                    followUp.document().id().toString(), followUp.clientId().toString(), followUp.clientName(),
                    followUp.title(), followUp.reason(), followUp.facts(), followUp.urgency());
        }
    }

    /** What is owed in one currency, by how long past due. */
    @Serdeable
    record BucketsJson(String currency, Amount current, Amount days1To30, Amount days31To60, Amount days61To90,
                       Amount over90, Amount total, Amount overdue) {
        static BucketsJson of(AgingAmounts amounts) {
            return new BucketsJson(amounts.currency().code(), Amount.of(amounts.current()),
                    Amount.of(amounts.days1To30()), Amount.of(amounts.days31To60()), Amount.of(amounts.days61To90()),
                    Amount.of(amounts.over90()), Amount.of(amounts.total()), Amount.of(amounts.overdue()));
        }
    }

    /** One client's row of the aging report. */
    @Serdeable
    record AgingRowJson(String clientId, String clientName, BucketsJson amounts) {
        static AgingRowJson of(AgingReport.Row row) {
            return new AgingRowJson(row.clientId().toString(), row.clientName(), BucketsJson.of(row.amounts()));
        }
    }

    /** Days sales outstanding of one currency over a period; {@code days} absent when nothing was sold in it. */
    @Serdeable
    record DsoJson(String currency, LocalDate from, LocalDate to, Amount receivables, Amount creditSales,
                   @Nullable String days) {
        static DsoJson of(DaysSalesOutstanding dso) {
            return new DsoJson(dso.currency().code(), dso.from(), dso.to(), Amount.of(dso.receivables()),
                    Amount.of(dso.creditSales()), dso.days().map(days -> days.toPlainString()).orElse(null));
        }
    }

    /** Accounts receivable aged on a day, per client and in total per currency, with the DSO of each currency. */
    @Serdeable
    record AgingJson(LocalDate asOf, List<AgingRowJson> rows, List<BucketsJson> totals, List<DsoJson> dso) {
        static AgingJson of(AgingReport report, List<DaysSalesOutstanding> dso) {
            return new AgingJson(report.asOf(), report.rows().stream().map(AgingRowJson::of).toList(),
                    report.totals().stream().map(BucketsJson::of).toList(), dso.stream().map(DsoJson::of).toList());
        }
    }

    /** The first entry of the audit trail whose link or content does not match. */
    @Serdeable
    record BrokenEntryJson(long sequence, String reason) {
    }

    /** The audit trail checked: {@code ok}, or the first broken entry. */
    @Serdeable
    record VerificationJson(boolean ok, long entriesChecked, @Nullable BrokenEntryJson firstBroken) {
        static VerificationJson of(ChainVerification verification) {
            return new VerificationJson(verification.intact(), verification.entriesChecked(),
                    verification.firstBroken().map(broken -> new BrokenEntryJson(broken.sequence(),
                            broken.reason().name())).orElse(null));
        }
    }

    /** A reminder step sent (or skipped) for an amount due. */
    @Serdeable
    record ReminderSentJson(LocalDate dueDate, int daysFromDue, String outcome, String recipient, Instant at) {
        static ReminderSentJson of(ReminderLogEntry entry) {
            return new ReminderSentJson(entry.dueDate(), entry.step().daysFromDue(), entry.outcome().name(),
                    entry.recipient(), entry.at());
        }
    }

    /** A reminder step still to go out for an amount due, and when. */
    @Serdeable
    record ReminderDueJson(LocalDate dueDate, Amount amount, int daysFromDue, Instant at) {
        static ReminderDueJson of(DueReminders.Due due) {
            return new ReminderDueJson(due.amount().dueDate(), Amount.of(due.amount().amount()),
                    due.step().daysFromDue(), due.at());
        }
    }

    /** An invoice's reminders: those sent or skipped, those still due, and whether they are paused. */
    @Serdeable
    record RemindersJson(String invoiceId, boolean paused, List<ReminderSentJson> sent, List<ReminderDueJson> due) {
    }
}
