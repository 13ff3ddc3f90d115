package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.clientview.BalanceDue;
import dev.clientportal.core.clientview.ClientDashboard;
import dev.clientportal.core.clientview.CreditNoteSummary;
import dev.clientportal.core.clientview.InvoiceDetail;
import dev.clientportal.core.clientview.InvoiceSummary;
import dev.clientportal.core.clientview.PaymentSummary;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.pricing.LineTotals;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
        List<LineItem> items = invoice.content().lines();
        List<LineTotals> totals = invoice.totals().lines();
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
}
