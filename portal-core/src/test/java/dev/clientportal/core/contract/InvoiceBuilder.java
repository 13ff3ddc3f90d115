package dev.clientportal.core.contract;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceContent;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Builds invoices in any state through the aggregate's own transitions, so every sample is one the use cases could
 * have produced: {@code anInvoice(ws, client).amount("250.00", USD).issued("INV-1", date).paid("100.00").build()}.
 * Defaults: a draft of USD 100.00, net 30, created at {@link Samples#CREATED}.
 */
public final class InvoiceBuilder {

    private final WorkspaceId workspaceId;
    private final ClientId clientId;
    private InvoiceId id = new InvoiceId(UUID.randomUUID());
    private Instant createdAt = Samples.CREATED;
    private InvoiceContent content;
    private Money amount = Money.of("100.00", CurrencyUnit.USD);
    private PaymentTerms terms = PaymentTerms.net(30);
    private String number;
    private LocalDate issueDate;
    private final List<String> payments = new ArrayList<>();
    private Instant voidedAt;
    private Instant writtenOffAt;

    private InvoiceBuilder(WorkspaceId workspaceId, ClientId clientId) {
        this.workspaceId = workspaceId;
        this.clientId = clientId;
    }

    /** A draft invoice of a client. */
    public static InvoiceBuilder anInvoice(WorkspaceId workspaceId, ClientId clientId) {
        return new InvoiceBuilder(workspaceId, clientId);
    }

    /** With a given id. */
    public InvoiceBuilder id(InvoiceId value) {
        this.id = value;
        return this;
    }

    /** Created at a given instant (lists order by it). */
    public InvoiceBuilder createdAt(Instant value) {
        this.createdAt = value;
        return this;
    }

    /** With this content instead of one plain line. */
    public InvoiceBuilder content(InvoiceContent value) {
        this.content = value;
        return this;
    }

    /** One plain line of this amount. */
    public InvoiceBuilder amount(String value, CurrencyUnit currency) {
        this.amount = Money.of(value, currency);
        return this;
    }

    /** Payment terms of the plain line content. */
    public InvoiceBuilder terms(PaymentTerms value) {
        this.terms = value;
        return this;
    }

    /** Issued with a number on a day; due by its terms (or schedule). */
    public InvoiceBuilder issued(String newNumber, LocalDate on) {
        this.number = newNumber;
        this.issueDate = on;
        return this;
    }

    /** With a payment of this amount applied after issue. */
    public InvoiceBuilder paid(String value) {
        payments.add(value);
        return this;
    }

    /** Voided at an instant after issue. */
    public InvoiceBuilder voided(Instant at) {
        this.voidedAt = at;
        return this;
    }

    /** Written off as uncollectible at an instant after issue and payments. */
    public InvoiceBuilder uncollectible(Instant at) {
        this.writtenOffAt = at;
        return this;
    }

    /** The invoice, version 0. */
    public Invoice build() {
        InvoiceContent actual = content != null ? content : Samples.simpleContent(amount, terms);
        Invoice invoice = Invoice.draft(id, workspaceId, clientId, actual, createdAt);
        if (number != null) {
            invoice = invoice.issue(number, issueDate);
        }
        for (String payment : payments) {
            invoice = invoice.withPayment(Money.of(payment, actual.currency()));
        }
        if (voidedAt != null) {
            invoice = invoice.voidInvoice(voidedAt, ZoneOffset.UTC);
        }
        if (writtenOffAt != null) {
            invoice = invoice.markUncollectible(writtenOffAt, ZoneOffset.UTC);
        }
        return invoice;
    }
}
