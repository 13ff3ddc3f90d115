package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.agreement.Agreement;
import dev.clientportal.core.agreement.AgreementDocument;
import dev.clientportal.core.agreement.AgreementVersion;
import dev.clientportal.core.approval.DecisionReceipt;
import dev.clientportal.core.approval.DeliverableVersion;
import dev.clientportal.core.approval.DeliverableVersionView;
import dev.clientportal.core.approval.PendingApproval;
import dev.clientportal.core.approval.RevisionRound;
import dev.clientportal.core.approval.VersionFile;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.clientview.BalanceDue;
import dev.clientportal.core.clientview.ClientDashboard;
import dev.clientportal.core.clientview.CreditNoteSummary;
import dev.clientportal.core.clientview.InvoiceDetail;
import dev.clientportal.core.clientview.InvoiceSummary;
import dev.clientportal.core.clientview.PaymentSummary;
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.messaging.Message;
import dev.clientportal.core.messaging.MessageThread;
import dev.clientportal.core.messaging.ThreadSummary;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.pricing.DocumentTotals;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.pricing.LineTotals;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.core.quote.QuoteContent;
import dev.clientportal.core.quote.QuoteConversion;
import dev.clientportal.core.quote.QuoteDecision;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JSON the API answers with: the portal's read models flattened into plain records, money as a decimal string
 * with its currency (never a binary floating-point number), ids as strings. Core's types stay out of the wire format,
 * so the API can keep its shape when they change.
 */
final class ApiJson {

    private ApiJson() {
    }

    /** An amount of money: {@code {"amount": "1234.50", "currency": "USD"}}. */
    @Serdeable
    record Amount(String amount, String currency) {
        static Amount of(Money money) {
            return new Amount(money.amount().toPlainString(), money.currency().code());
        }
    }

    /** One page of a list, the opaque cursor of the next page when there is one, and the total where known. */
    @Serdeable
    record PageJson<T>(List<T> items, @Nullable String nextCursor, @Nullable Long total) {
    }

    /** An invoice as a line of a list. */
    @Serdeable
    record InvoiceRowJson(String id, String number, String status, boolean overdue, LocalDate issueDate,
                          LocalDate dueDate, Amount total, Amount amountDue) {
        static InvoiceRowJson of(InvoiceSummary summary) {
            return new InvoiceRowJson(summary.id().toString(), summary.number(), summary.status().name(),
                    summary.overdue(), summary.issueDate(), summary.dueDate(), Amount.of(summary.total()),
                    Amount.of(summary.amountDue()));
        }
    }

    /** A payment the client made, with what was refunded and the invoices it paid. */
    @Serdeable
    record PaymentJson(String id, LocalDate receivedOn, Amount amount, String method, String status,
                       String reference, Amount refunded, List<String> invoiceNumbers) {
        static PaymentJson of(PaymentSummary payment) {
            return new PaymentJson(payment.id().toString(), payment.receivedOn(), Amount.of(payment.amount()),
                    payment.method().name(), payment.status().name(), payment.reference(),
                    Amount.of(payment.refunded()), payment.invoiceNumbers());
        }
    }

    /** What the client owes in one currency. */
    @Serdeable
    record BalanceJson(String currency, Amount amountDue, @Nullable LocalDate oldestDueDate, int openInvoices,
                       int overdueInvoices, Amount credit, Amount balance) {
        static BalanceJson of(BalanceDue balance) {
            return new BalanceJson(balance.currency().code(), Amount.of(balance.amountDue()),
                    balance.oldestDueDate(), balance.openInvoices(), balance.overdueInvoices(),
                    Amount.of(balance.credit()), Amount.of(balance.balance()));
        }
    }

    /** The client's home page: balances, open invoices, recent payments, what waits for it. */
    @Serdeable
    record DashboardJson(List<BalanceJson> balances, List<InvoiceRowJson> openInvoices,
                         List<PaymentJson> recentPayments, int pendingApprovals, int unreadMessages) {
        static DashboardJson of(ClientDashboard dashboard) {
            return new DashboardJson(dashboard.balances().stream().map(BalanceJson::of).toList(),
                    dashboard.openInvoices().stream().map(InvoiceRowJson::of).toList(),
                    dashboard.recentPayments().stream().map(PaymentJson::of).toList(),
                    dashboard.pendingApprovals(), dashboard.unreadMessages());
        }
    }

    /** One line of an invoice. */
    @Serdeable
    record LineJson(String description, String quantity, String unit, Amount unitPrice, Amount net) {
    }

    /** A credit note against an invoice. */
    @Serdeable
    record CreditNoteJson(String id, String number, LocalDate issueDate, Amount total, String reason) {
        static CreditNoteJson of(CreditNoteSummary note) {
            return new CreditNoteJson(note.id().toString(), note.number(), note.issueDate(), Amount.of(note.total()),
                    note.reason());
        }
    }

    /** An invoice with its lines, totals, payments and credit notes, as its client sees it. */
    @Serdeable
    record InvoiceJson(InvoiceRowJson summary, List<LineJson> lines, Amount subtotal, Amount taxTotal,
                       String notes, List<PaymentJson> payments, List<CreditNoteJson> creditNotes) {
        static InvoiceJson of(InvoiceDetail detail) {
            Invoice invoice = detail.invoice();
            return new InvoiceJson(InvoiceRowJson.of(detail.summary()), linesOf(invoice),
                    Amount.of(invoice.totals().subtotal()), Amount.of(invoice.totals().taxTotal()),
                    invoice.content().notes(), detail.payments().stream().map(PaymentJson::of).toList(),
                    detail.creditNotes().stream().map(CreditNoteJson::of).toList());
        }
    }

    /** An invoice with its lines, totals, payments and credit notes, as the business sees it. */
    @Serdeable
    record BusinessInvoiceDetailJson(BusinessInvoiceJson invoice, List<LineJson> lines, Amount subtotal,
                                     Amount taxTotal, String notes, List<BusinessPaymentJson> payments,
                                     List<CreditNoteJson> creditNotes) {
        static BusinessInvoiceDetailJson of(Invoice invoice, List<Payment> payments, List<CreditNote> creditNotes) {
            return new BusinessInvoiceDetailJson(BusinessInvoiceJson.of(invoice), linesOf(invoice),
                    Amount.of(invoice.totals().subtotal()), Amount.of(invoice.totals().taxTotal()),
                    invoice.content().notes(), payments.stream().map(BusinessPaymentJson::of).toList(),
                    creditNotes.stream().map(note -> new CreditNoteJson(note.id().toString(), note.number(),
                            note.issueDate(), Amount.of(note.totals().total()), note.reason())).toList());
        }
    }

    /** A payment as the business records it. */
    @Serdeable
    record BusinessPaymentJson(String id, LocalDate receivedOn, Amount amount, String method, String status,
                               String reference, String receiptNumber) {
        static BusinessPaymentJson of(Payment payment) {
            return new BusinessPaymentJson(payment.id().toString(), payment.receivedOn(),
                    Amount.of(payment.amount()), payment.method().name(), payment.status().name(),
                    payment.reference(), payment.receiptNumber());
        }
    }

    private static List<LineJson> linesOf(Invoice invoice) {
        return linesOf(invoice.content().lines(), invoice.totals());
    }

    private static List<LineJson> linesOf(List<LineItem> items, DocumentTotals documentTotals) {
        List<LineTotals> totals = documentTotals.lines();
        List<LineJson> lines = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            LineItem item = items.get(i);
            lines.add(new LineJson(item.description(), item.quantity().toPlainString(), item.unit(),
                    Amount.of(item.unitPrice()), Amount.of(totals.get(i).net())));
        }
        return lines;
    }

    /** An invoice as the business lists it: any status, drafts too. */
    @Serdeable
    record BusinessInvoiceJson(String id, String clientId, @Nullable String number, String status,
                               @Nullable LocalDate issueDate, @Nullable LocalDate dueDate, Amount total,
                               Amount amountDue, long version) {
        static BusinessInvoiceJson of(Invoice invoice) {
            return new BusinessInvoiceJson(invoice.id().toString(), invoice.clientId().toString(), invoice.number(),
                    invoice.status().name(), invoice.issueDate(), invoice.dueDate(), Amount.of(invoice.total()),
                    Amount.of(invoice.amountDue()), invoice.version());
        }
    }

    /** A contact of a client: who may sign in to the portal, and what their roles allow. */
    @Serdeable
    record ContactJson(String id, String name, String email, List<String> roles, boolean active, long version) {
        static ContactJson of(Contact contact) {
            return new ContactJson(contact.id().toString(), contact.name(), contact.email(),
                    contact.roles().stream().map(Enum::name).sorted().toList(), contact.active(), contact.version());
        }
    }

    /** A client of the business. */
    @Serdeable
    record ClientJson(String id, String name, String email, String currency, boolean archived, long version) {
        static ClientJson of(Client client) {
            return new ClientJson(client.id().toString(), client.name(), client.email(), client.currency().code(),
                    client.archived(), client.version());
        }
    }

    /** A quote revision as a line of the client's list. */
    @Serdeable
    record QuoteRowJson(String id, String number, int revision, String status, boolean awaitsDecision,
                        @Nullable LocalDate sentOn, @Nullable LocalDate expiresOn, Amount total) {
        static QuoteRowJson of(Quote quote) {
            return new QuoteRowJson(quote.id().toString(), quote.requireNumber(), quote.revision(),
                    quote.status().name(), quote.status().awaitsClient(), quote.sentOn(),
                    quote.content().expiresOn(), Amount.of(quote.total()));
        }
    }

    /** A decision taken on a quote revision: who, when, the typed name of an acceptance, the reason or comment. */
    @Serdeable
    record QuoteDecisionJson(String kind, String by, Instant at, String typedName, String text) {
        static QuoteDecisionJson of(QuoteDecision decision) {
            return new QuoteDecisionJson(decision.kind().name(), decision.evidence().actor(), decision.evidence().at(),
                    decision.evidence().typedName(), decision.text());
        }
    }

    /**
     * A quote revision as its client opens it: lines, totals, deposit, texts, the content hash a decision is taken
     * on, the decisions so far and the invoices an acceptance created.
     */
    @Serdeable
    record QuoteJson(QuoteRowJson summary, List<LineJson> lines, Amount subtotal, Amount taxTotal, Amount deposit,
                     String notes, String terms, @Nullable String requiredAgreementId, String contentHash,
                     List<QuoteDecisionJson> decisions, List<String> invoiceIds) {
        static QuoteJson of(Quote quote) {
            QuoteConversion conversion = quote.conversion();
            List<String> invoices = new ArrayList<>();
            if (conversion != null) {
                if (conversion.depositInvoiceId() != null) {
                    invoices.add(conversion.depositInvoiceId().toString());
                }
                invoices.add(conversion.invoiceId().toString());
            }
            QuoteContent content = quote.content();
            return new QuoteJson(QuoteRowJson.of(quote), linesOf(content.lines(), quote.totals()),
                    Amount.of(quote.totals().subtotal()), Amount.of(quote.totals().taxTotal()),
                    Amount.of(quote.depositAmount()), content.notes(), content.terms(),
                    content.requiredAgreement() == null ? null : content.requiredAgreement().toString(),
                    quote.contentHash(), quote.decisions().stream().map(QuoteDecisionJson::of).toList(), invoices);
        }
    }

    /** A deliverable version waiting for the client's decision. */
    @Serdeable
    record PendingApprovalJson(String deliverableId, String title, String project, String versionId, int version,
                               String contentHash, String rule, Instant requestedAt) {
        static PendingApprovalJson of(PendingApproval pending) {
            return new PendingApprovalJson(pending.deliverableId().toString(), pending.title(), pending.project(),
                    pending.document().id().toString(), pending.versionNumber(), pending.contentHash().hex(),
                    pending.rule().name(), pending.requestedAt());
        }
    }

    /** A file of a deliverable version, as it was when the version was made. */
    @Serdeable
    record VersionFileJson(String fileId, String name, String contentType, long size, String contentHash) {
        static VersionFileJson of(VersionFile file) {
            return new VersionFileJson(file.fileId().toString(), file.name(), file.contentType(), file.size(),
                    file.contentHash().hex());
        }
    }

    /**
     * A deliverable version as its client opens it: note, files, content hash, where approval stands and whether the
     * viewer may decide now; {@code requestStatus} is absent when approval was never asked on this version.
     */
    @Serdeable
    record DeliverableVersionJson(String deliverableId, String title, String project, String versionId, int version,
                                  int latestVersion, String note, String contentHash, List<VersionFileJson> files,
                                  String status, @Nullable String requestStatus, int rounds, int includedRounds,
                                  boolean canDecide) {
        static DeliverableVersionJson of(DeliverableVersionView view) {
            DeliverableVersion version = view.version();
            return new DeliverableVersionJson(view.deliverableId().toString(), view.title(), view.project(),
                    version.id().toString(), version.number(), view.latestVersion(), version.note(),
                    version.contentHash().hex(), version.files().stream().map(VersionFileJson::of).toList(),
                    view.status().name(), view.request().map(request -> request.status().name()).orElse(null),
                    view.rounds().size(), view.includedRounds(), view.canDecide());
        }
    }

    /**
     * What a decision on a deliverable did: the request's state after it, and the revision round a change request
     * opened (absent for an approval) with whether it is beyond the included rounds.
     */
    @Serdeable
    record DecisionJson(String deliverableId, String decision, int version, String requestStatus,
                        @Nullable Integer round, boolean beyondIncludedRounds) {
        static DecisionJson of(DecisionReceipt receipt) {
            Optional<RevisionRound> round = receipt.round();
            return new DecisionJson(receipt.deliverableId().toString(), receipt.decision().kind().name(),
                    receipt.decision().versionNumber(), receipt.requestStatus().name(),
                    round.map(RevisionRound::number).orElse(null),
                    round.map(RevisionRound::beyondIncluded).orElse(false));
        }
    }

    /** A signer of an agreement's current version, and when it signed, if it has. */
    @Serdeable
    record SignerJson(String contactId, String name, boolean signed, @Nullable Instant signedAt,
                      @Nullable String typedName) {
    }

    /** An agreement as a line of the client's list: its current version's number, title and state. */
    @Serdeable
    record AgreementRowJson(String id, String title, String status, int version, @Nullable Instant sentAt) {
        static AgreementRowJson of(Agreement agreement) {
            AgreementVersion current = agreement.current();
            return new AgreementRowJson(agreement.id().toString(), current.title(), agreement.status().name(),
                    current.number(), current.sentAt());
        }
    }

    /**
     * An agreement's current version as its client opens it: the text (or the library file) signed, its SHA-256,
     * the signers with their signatures, and whether the business has countersigned.
     */
    @Serdeable
    record AgreementJson(AgreementRowJson summary, @Nullable String text, @Nullable String fileId,
                         @Nullable String fileName, String contentHash, List<SignerJson> signers,
                         boolean countersigned) {
        static AgreementJson of(Agreement agreement) {
            AgreementVersion current = agreement.current();
            List<SignerJson> signers = current.signers().stream().map(signer -> current.signatures().stream()
                    .filter(signature -> signature.contactId().equals(signer.contactId())).findFirst()
                    .map(signature -> new SignerJson(signer.contactId().toString(), signer.name(), true,
                            signature.evidence().at(), signature.evidence().typedName()))
                    .orElse(new SignerJson(signer.contactId().toString(), signer.name(), false, null, null)))
                    .toList();
            String text = current.document() instanceof AgreementDocument.Text body ? body.body() : null;
            AgreementDocument.FileReference file = current.document() instanceof AgreementDocument.FileReference ref
                    ? ref : null;
            return new AgreementJson(AgreementRowJson.of(agreement), text,
                    file == null ? null : file.fileId().toString(), file == null ? null : file.name(),
                    current.hash().hex(), signers, current.countersignature() != null);
        }
    }

    /** A message thread with the viewer's unread count; {@code aboutType}/{@code aboutId} name its document. */
    @Serdeable
    record ThreadJson(String id, String subject, @Nullable String aboutType, @Nullable String aboutId,
                      String project, String startedBy, Instant lastMessageAt, int messageCount, int unread) {
        static ThreadJson of(ThreadSummary summary) {
            MessageThread thread = summary.thread();
            return new ThreadJson(thread.id().toString(), thread.subject(),
                    thread.about().map(about -> about.type().name()).orElse(null),
                    thread.about().map(about -> about.id().toString()).orElse(null), thread.project(),
                    thread.startedBy(), thread.lastMessageAt(), thread.messageCount(), summary.unread());
        }
    }

    /** One message of a thread, with its place in the thread and the library files attached. */
    @Serdeable
    record MessageJson(String id, int sequence, String author, String body, List<String> attachments,
                       Instant postedAt) {
        static MessageJson of(Message message) {
            return new MessageJson(message.id().toString(), message.sequence(), message.author(), message.body(),
                    message.attachments().stream().map(FileId::toString).toList(), message.postedAt());
        }
    }

    /** A file of the client's library: its stored name, type, size, SHA-256, and who put it there. */
    @Serdeable
    record FileJson(String id, String name, String contentType, long size, String contentHash, String source,
                    Instant uploadedAt) {
        static FileJson of(SharedFile file) {
            return new FileJson(file.id().toString(), file.name(), file.contentType(), file.content().size(),
                    file.content().hash().hex(), file.source().name(), file.uploadedAt());
        }
    }
}
