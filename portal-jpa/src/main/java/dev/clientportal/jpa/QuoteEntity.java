package dev.clientportal.jpa;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.core.quote.QuoteConversion;
import dev.clientportal.core.quote.QuoteId;
import dev.clientportal.core.quote.QuoteStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A quote revision row: number, revision, status, client, expiry and creation as columns for the queries; the
 * invoices of its acceptance as columns while it is accepted, so a unique key lets an invoice convert one accepted
 * quote only; the rest as JSON ({@link QuoteJson}) with the stored totals.
 */
@Entity(name = "Quote")
@Table(name = "cp_quote")
class QuoteEntity {

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

    @Column(name = "revision", nullable = false)
    int revision;

    @Column(name = "currency", nullable = false, length = 3)
    String currency;

    @Column(name = "expires_on")
    LocalDate expiresOn;

    @Column(name = "total", nullable = false)
    long total;

    @Column(name = "invoice_id")
    UUID invoiceId;

    @Column(name = "deposit_invoice_id")
    UUID depositInvoiceId;

    @Column(name = "content", nullable = false, length = Json.TEXT)
    String content;

    @Column(name = "totals", nullable = false, length = Json.TEXT)
    String totals;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "version", nullable = false)
    long version;

    protected QuoteEntity() {
    }

    static QuoteEntity of(Quote quote) {
        QuoteEntity entity = new QuoteEntity();
        entity.id = quote.id().value();
        entity.workspaceId = quote.workspaceId().value();
        entity.createdAt = quote.createdAt();
        entity.version = 1;
        entity.copy(quote);
        return entity;
    }

    void copy(Quote quote) {
        clientId = quote.clientId().value();
        status = quote.status().name();
        number = quote.number();
        revision = quote.revision();
        currency = quote.content().currency().code();
        expiresOn = quote.content().expiresOn();
        total = quote.total().minorUnits();
        QuoteConversion conversion = quote.status() == QuoteStatus.ACCEPTED ? quote.conversion() : null;
        invoiceId = conversion == null ? null : conversion.invoiceId().value();
        depositInvoiceId = conversion == null || conversion.depositInvoiceId() == null ? null
                : conversion.depositInvoiceId().value();
        content = Json.write(QuoteJson.content(quote));
        totals = Json.write(InvoiceJson.totals(quote.totals()));
    }

    Quote toQuote() {
        CurrencyUnit unit = CurrencyUnit.of(currency);
        JsonNode node = Json.read(content);
        return new Quote(new QuoteId(id), new WorkspaceId(workspaceId), new ClientId(clientId),
                QuoteStatus.valueOf(status), number, revision, QuoteJson.previousRevision(node),
                QuoteJson.offer(node, unit, expiresOn), InvoiceJson.totals(Json.read(totals), unit, total),
                QuoteJson.sentOn(node), QuoteJson.decisions(node), QuoteJson.conversion(node), createdAt, version);
    }
}
