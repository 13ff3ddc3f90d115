package dev.clientportal.jpa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.CreditNoteId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A credit note row, written once: its figures in columns (minor units), its lines, the invoice lines they credit
 * and the discount as one JSON column, its stored totals as another (never recomputed when read).
 */
@Entity(name = "CreditNote")
@Table(name = "cp_credit_note")
class CreditNoteEntity {

    @Id
    UUID id;

    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Column(name = "client_id", nullable = false)
    UUID clientId;

    @Column(name = "invoice_id", nullable = false)
    UUID invoiceId;

    @Column(name = "invoice_number", nullable = false, length = 200)
    String invoiceNumber;

    @Column(name = "number", nullable = false, length = 200)
    String number;

    @Column(name = "currency", nullable = false, length = 3)
    String currency;

    @Column(name = "issue_date", nullable = false)
    LocalDate issueDate;

    @Column(name = "total", nullable = false)
    long total;

    @Column(name = "applied_to_invoice", nullable = false)
    long appliedToInvoice;

    @Column(name = "to_client_credit", nullable = false)
    long toClientCredit;

    @Column(name = "reason", nullable = false, length = Json.TEXT)
    String reason;

    @Column(name = "content", nullable = false, length = InvoiceJson.DOCUMENT_JSON)
    String content;

    @Column(name = "totals", nullable = false, length = InvoiceJson.DOCUMENT_JSON)
    String totals;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "version", nullable = false)
    long version;

    protected CreditNoteEntity() {
    }

    static CreditNoteEntity of(CreditNote note) {
        CreditNoteEntity entity = new CreditNoteEntity();
        entity.id = note.id().value();
        entity.workspaceId = note.workspaceId().value();
        entity.clientId = note.clientId().value();
        entity.invoiceId = note.invoiceId().value();
        entity.invoiceNumber = note.invoiceNumber();
        entity.number = note.number();
        entity.currency = note.totals().currency().code();
        entity.issueDate = note.issueDate();
        entity.total = note.total().minorUnits();
        entity.appliedToInvoice = note.appliedToInvoice().minorUnits();
        entity.toClientCredit = note.toClientCredit().minorUnits();
        entity.reason = note.reason();
        ObjectNode json = Json.object();
        json.set("lines", InvoiceJson.lines(note.lines()));
        json.set("invoiceLines", InvoiceJson.positions(note.invoiceLines()));
        json.set("discount", InvoiceJson.discount(note.discount()));
        entity.content = Json.write(json);
        entity.totals = Json.write(InvoiceJson.totals(note.totals()));
        entity.createdAt = note.createdAt();
        entity.version = 1;
        return entity;
    }

    CreditNote toCreditNote() {
        CurrencyUnit unit = CurrencyUnit.of(currency);
        JsonNode json = Json.read(content);
        return new CreditNote(new CreditNoteId(id), new WorkspaceId(workspaceId), new ClientId(clientId),
                new InvoiceId(invoiceId), invoiceNumber, number, InvoiceJson.lines(json.path("lines"), unit),
                InvoiceJson.positions(json.path("invoiceLines")), InvoiceJson.discount(json.path("discount"), unit),
                InvoiceJson.totals(Json.read(totals), unit, total), reason, issueDate,
                Money.ofMinor(appliedToInvoice, unit), Money.ofMinor(toClientCredit, unit), createdAt, version);
    }
}
