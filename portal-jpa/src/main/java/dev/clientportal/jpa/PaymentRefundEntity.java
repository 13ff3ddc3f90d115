package dev.clientportal.jpa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.Refund;
import dev.clientportal.core.payment.RefundId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A refund of a payment, appended once and never changed; its external reference is unique in the workspace
 * ({@code cp_payment_refund_reference_uk}). Client, currency and date are columns for receivables queries; the
 * parts taken from invoice allocations are JSON.
 */
@Entity(name = "PaymentRefund")
@Table(name = "cp_payment_refund")
class PaymentRefundEntity {

    @Id
    UUID id;

    @Column(name = "payment_id", nullable = false)
    UUID paymentId;

    @Column(name = "ordinal", nullable = false)
    int ordinal;

    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Column(name = "client_id", nullable = false)
    UUID clientId;

    @Column(name = "currency", nullable = false, length = 3)
    String currency;

    @Column(name = "reference", nullable = false, length = 200)
    String reference;

    @Column(name = "amount", nullable = false)
    long amount;

    @Column(name = "from_credit", nullable = false)
    long fromCredit;

    @Column(name = "from_invoices", nullable = false, length = InvoiceJson.DOCUMENT_JSON)
    String fromInvoices;

    @Column(name = "refunded_on", nullable = false)
    LocalDate refundedOn;

    @Column(name = "reason", nullable = false, length = Json.TEXT)
    String reason;

    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;

    protected PaymentRefundEntity() {
    }

    PaymentRefundEntity(PaymentEntity payment, int ordinal, Refund refund) {
        this.id = refund.id().value();
        this.paymentId = payment.id;
        this.ordinal = ordinal;
        this.workspaceId = payment.workspaceId;
        this.clientId = payment.clientId;
        this.currency = payment.currency;
        this.reference = refund.reference();
        this.amount = refund.amount().minorUnits();
        this.fromCredit = refund.fromCredit().minorUnits();
        ArrayNode parts = Json.array();
        refund.fromInvoices().forEach(part -> parts.addObject().put("invoiceId", part.invoiceId().value().toString())
                .put("amount", part.amount().minorUnits()));
        this.fromInvoices = Json.write(parts);
        this.refundedOn = refund.refundedOn();
        this.reason = refund.reason();
        this.recordedAt = refund.recordedAt();
    }

    Refund toRefund() {
        CurrencyUnit unit = CurrencyUnit.of(currency);
        List<Refund.Part> parts = new ArrayList<>();
        for (JsonNode part : Json.read(fromInvoices)) {
            parts.add(new Refund.Part(new InvoiceId(UUID.fromString(part.path("invoiceId").asText())),
                    Money.ofMinor(part.path("amount").asLong(), unit)));
        }
        return new Refund(new RefundId(id), reference, Money.ofMinor(amount, unit), Money.ofMinor(fromCredit, unit),
                parts, refundedOn, reason, recordedAt);
    }
}
