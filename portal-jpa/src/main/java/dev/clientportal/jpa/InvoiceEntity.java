package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.DueAmount;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceBalance;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An invoice row: what queries filter, sort or sum on in columns (amounts in minor units), its content and stored
 * totals as JSON. The derived figures are stored as core computed them; its open amounts are rows of
 * {@code cp_invoice_open_amount} (counted here), and reading hands all of them back to the invoice, which checks
 * them again.
 */
@Entity(name = "Invoice")
@Table(name = "cp_invoice")
class InvoiceEntity {

    @Id
    UUID id;

    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Column(name = "client_id", nullable = false)
    UUID clientId;

    @Column(name = "status", nullable = false, length = 20)
    String status;

    @Column(name = "number", length = 200)
    String number;

    @Column(name = "currency", nullable = false, length = 3)
    String currency;

    @Column(name = "issue_date")
    LocalDate issueDate;

    @Column(name = "due_date")
    LocalDate dueDate;

    @Column(name = "next_due_date")
    LocalDate nextDueDate;

    @Column(name = "total", nullable = false)
    long total;

    @Column(name = "amount_due", nullable = false)
    long amountDue;

    @Column(name = "paid", nullable = false)
    long paid;

    @Column(name = "credit_notes_applied", nullable = false)
    long creditNotesApplied;

    @Column(name = "credit_notes_total", nullable = false)
    long creditNotesTotal;

    @Column(name = "client_credit_applied", nullable = false)
    long clientCreditApplied;

    @Column(name = "deposit_invoice_id")
    UUID depositInvoiceId;

    /** How many rows of {@code cp_invoice_open_amount} belong to this invoice, ordinals 0 to count − 1. */
    @Column(name = "open_amount_count", nullable = false)
    int openAmountCount;

    /** Σ line nets, as in its totals; {@code null} on rows last written before V86 (their totals JSON holds it). */
    @Column(name = "subtotal")
    Long subtotal;

    /** The document-level discount, as in its totals; {@code null} on rows last written before V86. */
    @Column(name = "discount_total")
    Long discountTotal;

    /** Σ taxes, as in its totals; {@code null} on rows last written before V86. */
    @Column(name = "tax_total")
    Long taxTotal;

    @Column(name = "content", nullable = false, length = InvoiceJson.DOCUMENT_JSON)
    String content;

    @Column(name = "totals", nullable = false, length = InvoiceJson.DOCUMENT_JSON)
    String totals;

    /** The late fees of its balance as JSON; {@code null} until a late-fee period is decided. */
    @Column(name = "late_fees", length = InvoiceJson.DOCUMENT_JSON)
    String lateFees;

    /** The day its next late fee falls due, as core derives it; {@code null} when none can. */
    @Column(name = "next_late_fee_on")
    LocalDate nextLateFeeOn;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "closed_at")
    Instant closedAt;

    @Column(name = "closed_on")
    LocalDate closedOn;

    @Column(name = "version", nullable = false)
    long version;

    protected InvoiceEntity() {
    }

    static InvoiceEntity of(Invoice invoice) {
        InvoiceEntity entity = new InvoiceEntity();
        entity.id = invoice.id().value();
        entity.workspaceId = invoice.workspaceId().value();
        entity.createdAt = invoice.createdAt();
        entity.version = 1;
        entity.copy(invoice);
        return entity;
    }

    void copy(Invoice invoice) {
        clientId = invoice.clientId().value();
        status = invoice.status().name();
        number = invoice.number();
        currency = invoice.content().currency().code();
        issueDate = invoice.issueDate();
        dueDate = invoice.dueDate();
        nextDueDate = invoice.nextDueDate();
        total = invoice.total().minorUnits();
        amountDue = invoice.amountDue().minorUnits();
        InvoiceBalance balance = invoice.balance();
        paid = balance.paid().minorUnits();
        creditNotesApplied = balance.creditNotesApplied().minorUnits();
        creditNotesTotal = balance.creditNotesTotal().minorUnits();
        clientCreditApplied = balance.clientCreditApplied().minorUnits();
        depositInvoiceId = invoice.content().depositInvoiceId() == null ? null
                : invoice.content().depositInvoiceId().value();
        openAmountCount = invoice.openAmounts().size();
        content = Json.write(InvoiceJson.content(invoice.content()));
        totals = Json.write(InvoiceJson.totals(invoice.totals()));
        subtotal = invoice.totals().subtotal().minorUnits();
        discountTotal = invoice.totals().discount().minorUnits();
        taxTotal = invoice.totals().taxTotal().minorUnits();
        closedAt = invoice.closedAt();
        closedOn = invoice.closedOn();
        lateFees = InvoiceJson.lateFeeCharges(balance.lateFees());
        nextLateFeeOn = invoice.nextLateFeeOn();
    }

    /** Whether open amounts are stored for this row: a payable invoice that still owes something. */
    boolean keepsOpenAmounts() {
        return InvoiceStatus.valueOf(status).isPayable() && amountDue > 0;
    }

    /** The invoice of this row with its stored open amounts, which the invoice checks against its balance. */
    Invoice toInvoice(List<DueAmount> openAmounts) {
        CurrencyUnit unit = CurrencyUnit.of(currency);
        return new Invoice(new InvoiceId(id), new WorkspaceId(workspaceId), new ClientId(clientId),
                InvoiceStatus.valueOf(status), number,
                InvoiceJson.content(Json.read(content), unit,
                        depositInvoiceId == null ? null : new InvoiceId(depositInvoiceId)),
                InvoiceJson.totals(Json.read(totals), unit, total), issueDate, dueDate,
                new InvoiceBalance(money(paid, unit), money(creditNotesApplied, unit), money(creditNotesTotal, unit),
                        money(clientCreditApplied, unit), InvoiceJson.lateFeeCharges(lateFees, unit)),
                createdAt, closedAt, closedOn, version, money(amountDue, unit), nextDueDate, openAmounts);
    }

    private static Money money(long minorUnits, CurrencyUnit unit) {
        return Money.ofMinor(minorUnits, unit);
    }
}
