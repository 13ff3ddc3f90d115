package dev.clientportal.core.exports;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.exports.ExportQueries.CreditNoteFacts;
import dev.clientportal.core.exports.ExportQueries.InvoiceFacts;
import dev.clientportal.core.exports.ExportQueries.PaymentFacts;
import dev.clientportal.core.exports.ExportQueries.RefundFacts;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.Allocation;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.Refund;
import dev.clientportal.core.pricing.DocumentTotals;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.pricing.LineTotals;
import dev.clientportal.core.pricing.TaxAmount;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/** Turns the stores' facts into export rows: the one place each row's figures are taken from. */
final class ExportRows {

    private ExportRows() {
    }

    static InvoiceExportRow invoice(InvoiceFacts facts) {
        CurrencyUnit currency = facts.currency();
        return new InvoiceExportRow(facts.id(), facts.number(), facts.clientId(), facts.clientName(),
                facts.status(), currency, facts.issueDate(), facts.dueDate(), money(facts.subtotal(), currency),
                money(facts.discount(), currency), money(facts.tax(), currency), money(facts.total(), currency),
                money(facts.credited(), currency), money(facts.paid(), currency), money(facts.amountDue(), currency),
                facts.closedOn());
    }

    static CreditNoteExportRow creditNote(CreditNoteFacts facts) {
        DocumentTotals totals = facts.totals();
        CurrencyUnit currency = totals.currency();
        return new CreditNoteExportRow(facts.id(), facts.number(), facts.invoiceNumber(), facts.clientId(),
                facts.clientName(), currency, facts.issueDate(), totals.subtotal(), totals.discount(),
                totals.taxTotal(), totals.total(), money(facts.appliedToInvoice(), currency),
                money(facts.toClientCredit(), currency), facts.reason());
    }

    static void lines(String documentNumber, List<LineItem> lines, DocumentTotals totals,
                      ExportSink<LineExportRow> sink) {
        for (int i = 0; i < lines.size(); i++) {
            LineItem line = lines.get(i);
            LineTotals figures = totals.lines().get(i);
            @Nullable Money tax = null;
            for (Money part : figures.taxes()) {
                tax = tax == null ? part : tax.plus(part);
            }
            sink.accept(new LineExportRow(documentNumber, i + 1, line.description(), line.quantity(), line.unit(),
                    line.unitPrice(), figures.net(), figures.documentDiscount(), figures.taxable(), line.taxes(),
                    tax));
        }
    }

    static void taxes(DocumentType document, String number, ClientId clientId, LocalDate issueDate,
                      InvoiceStatus invoiceStatus, @Nullable LocalDate invoiceClosedOn, DocumentTotals totals,
                      ExportSink<TaxExportRow> sink) {
        LocalDate voidedOn = invoiceStatus == InvoiceStatus.VOID ? invoiceClosedOn : null;
        for (TaxAmount tax : totals.taxes()) {
            sink.accept(new TaxExportRow(document, number, clientId, totals.currency(), issueDate, invoiceStatus,
                    voidedOn, tax.rate(), tax.taxable(), tax.tax()));
        }
    }

    static PaymentExportRow payment(PaymentFacts facts) {
        Payment payment = facts.payment();
        Money zero = Money.zero(payment.amount().currency());
        Money allocated = zero;
        for (Allocation allocation : payment.allocations()) {
            allocated = allocated.plus(allocation.amount());
        }
        Money refunded = zero;
        for (Refund refund : payment.refunds()) {
            refunded = refunded.plus(refund.amount());
        }
        return new PaymentExportRow(payment.id(), payment.reference(), payment.receiptNumber(), payment.clientId(),
                facts.clientName(), payment.status(), payment.method(), payment.gateway(), payment.receivedOn(),
                payment.amount(), allocated, payment.toCredit(), refunded, payment.note());
    }

    static void allocations(Payment payment, ExportSink<AllocationExportRow> sink) {
        for (Allocation allocation : payment.allocations()) {
            sink.accept(new AllocationExportRow(payment.id(), payment.reference(), payment.status(),
                    payment.receivedOn(), payment.clientId(), allocation.invoiceId(), allocation.invoiceNumber(),
                    allocation.amount(), allocation.refunded(), allocation.net()));
        }
    }

    static RefundExportRow refund(RefundFacts facts) {
        Refund refund = facts.refund();
        return new RefundExportRow(refund.id(), refund.reference(), facts.paymentId(), facts.paymentReference(),
                facts.clientId(), facts.clientName(), refund.refundedOn(), refund.amount(), refund.fromCredit(),
                refund.fromInvoices(), refund.reason());
    }

    static ClientExportRow client(Client client) {
        return new ClientExportRow(client.id(), client.name(), client.email(), client.taxId(), client.currency(),
                client.taxExempt(), client.billingAddress(), client.archived(), client.createdAt());
    }

    private static Money money(long minorUnits, CurrencyUnit currency) {
        return Money.ofMinor(minorUnits, currency);
    }
}
