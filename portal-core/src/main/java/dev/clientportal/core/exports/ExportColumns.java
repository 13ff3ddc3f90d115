package dev.clientportal.core.exports;

import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.StringJoiner;

/**
 * The columns of one kind of export row, in order: the one column set every host writes, whatever the format and
 * whatever JSON library it has, and that {@code docs/EXPORTS.md} documents. Every row that holds amounts has a
 * {@code currency} column naming the currency of all of them.
 *
 * @param <R> the row type
 */
public final class ExportColumns<R> {

    /** Invoices: one row per issued invoice ({@link Exports#invoices}). */
    public static final ExportColumns<InvoiceExportRow> INVOICES = ExportColumns.<InvoiceExportRow>named("invoices")
            .text("invoice_id", InvoiceExportRow::invoiceId)
            .text("invoice_number", InvoiceExportRow::number)
            .text("client_id", InvoiceExportRow::clientId)
            .text("client_name", InvoiceExportRow::clientName)
            .text("status", InvoiceExportRow::status)
            .text("currency", row -> row.currency().code())
            .date("issue_date", InvoiceExportRow::issueDate)
            .date("due_date", InvoiceExportRow::dueDate)
            .amount("subtotal", InvoiceExportRow::subtotal)
            .amount("discount", InvoiceExportRow::discount)
            .amount("tax", InvoiceExportRow::tax)
            .amount("total", InvoiceExportRow::total)
            .amount("credited", InvoiceExportRow::credited)
            .amount("paid", InvoiceExportRow::paid)
            .amount("amount_due", InvoiceExportRow::amountDue)
            .date("closed_on", InvoiceExportRow::closedOn)
            .build();

    /** Lines of invoices or credit notes ({@link Exports#invoiceLines}, {@link Exports#creditNoteLines}). */
    public static final ExportColumns<LineExportRow> LINES = ExportColumns.<LineExportRow>named("lines")
            .text("document_number", LineExportRow::documentNumber)
            .count("line_number", LineExportRow::ordinal)
            .text("description", LineExportRow::description)
            .decimal("quantity", LineExportRow::quantity)
            .text("unit", LineExportRow::unit)
            .text("currency", row -> row.unitPrice().currency().code())
            .amount("unit_price", LineExportRow::unitPrice)
            .amount("net", LineExportRow::net)
            .amount("document_discount", LineExportRow::documentDiscount)
            .amount("taxable", LineExportRow::taxable)
            .text("tax_rates", row -> joined(row.rates(), TaxRate::toString))
            .amount("tax", LineExportRow::tax)
            .build();

    /** Tax rows of invoices or credit notes ({@link Exports#invoiceTaxes}, {@link Exports#creditNoteTaxes}). */
    public static final ExportColumns<TaxExportRow> TAXES = ExportColumns.<TaxExportRow>named("taxes")
            .text("document_type", TaxExportRow::document)
            .text("document_number", TaxExportRow::documentNumber)
            .text("client_id", TaxExportRow::clientId)
            .text("currency", row -> row.currency().code())
            .date("issue_date", TaxExportRow::issueDate)
            .text("invoice_status", TaxExportRow::invoiceStatus)
            .date("voided_on", TaxExportRow::voidedOn)
            .text("tax_name", row -> row.rate().name())
            .decimal("tax_percent", row -> row.rate().rate().value())
            .bool("compound", row -> row.rate().compound())
            .amount("taxable", TaxExportRow::taxable)
            .amount("tax", TaxExportRow::tax)
            .build();

    /** Credit notes ({@link Exports#creditNotes}). */
    public static final ExportColumns<CreditNoteExportRow> CREDIT_NOTES =
            ExportColumns.<CreditNoteExportRow>named("credit_notes")
                    .text("credit_note_id", CreditNoteExportRow::creditNoteId)
                    .text("credit_note_number", CreditNoteExportRow::number)
                    .text("invoice_number", CreditNoteExportRow::invoiceNumber)
                    .text("client_id", CreditNoteExportRow::clientId)
                    .text("client_name", CreditNoteExportRow::clientName)
                    .text("currency", row -> row.currency().code())
                    .date("issue_date", CreditNoteExportRow::issueDate)
                    .amount("subtotal", CreditNoteExportRow::subtotal)
                    .amount("discount", CreditNoteExportRow::discount)
                    .amount("tax", CreditNoteExportRow::tax)
                    .amount("total", CreditNoteExportRow::total)
                    .amount("applied_to_invoice", CreditNoteExportRow::appliedToInvoice)
                    .amount("to_client_credit", CreditNoteExportRow::toClientCredit)
                    .text("reason", CreditNoteExportRow::reason)
                    .build();

    /** Payments ({@link Exports#payments}). */
    public static final ExportColumns<PaymentExportRow> PAYMENTS = ExportColumns.<PaymentExportRow>named("payments")
            .text("payment_id", PaymentExportRow::paymentId)
            .text("reference", PaymentExportRow::reference)
            .text("receipt_number", PaymentExportRow::receiptNumber)
            .text("client_id", PaymentExportRow::clientId)
            .text("client_name", PaymentExportRow::clientName)
            .text("status", PaymentExportRow::status)
            .text("method", PaymentExportRow::method)
            .text("gateway", PaymentExportRow::gateway)
            .text("currency", row -> row.amount().currency().code())
            .date("received_on", PaymentExportRow::receivedOn)
            .amount("amount", PaymentExportRow::amount)
            .amount("allocated", PaymentExportRow::allocated)
            .amount("to_credit", PaymentExportRow::toCredit)
            .amount("refunded", PaymentExportRow::refunded)
            .text("note", PaymentExportRow::note)
            .build();

    /** What payments settled on invoices ({@link Exports#allocations}). */
    public static final ExportColumns<AllocationExportRow> ALLOCATIONS =
            ExportColumns.<AllocationExportRow>named("allocations")
                    .text("payment_id", AllocationExportRow::paymentId)
                    .text("payment_reference", AllocationExportRow::paymentReference)
                    .text("payment_status", AllocationExportRow::status)
                    .date("received_on", AllocationExportRow::receivedOn)
                    .text("client_id", AllocationExportRow::clientId)
                    .text("invoice_id", AllocationExportRow::invoiceId)
                    .text("invoice_number", AllocationExportRow::invoiceNumber)
                    .text("currency", row -> row.amount().currency().code())
                    .amount("amount", AllocationExportRow::amount)
                    .amount("refunded", AllocationExportRow::refunded)
                    .amount("net", AllocationExportRow::net)
                    .build();

    /** Refunds ({@link Exports#refunds}): what went back, from client credit and from invoices. */
    public static final ExportColumns<RefundExportRow> REFUNDS = ExportColumns.<RefundExportRow>named("refunds")
            .text("refund_id", RefundExportRow::refundId)
            .text("reference", RefundExportRow::reference)
            .text("payment_id", RefundExportRow::paymentId)
            .text("payment_reference", RefundExportRow::paymentReference)
            .text("client_id", RefundExportRow::clientId)
            .text("client_name", RefundExportRow::clientName)
            .text("currency", row -> row.amount().currency().code())
            .date("refunded_on", RefundExportRow::refundedOn)
            .amount("amount", RefundExportRow::amount)
            .amount("from_credit", RefundExportRow::fromCredit)
            .amount("from_invoices", row -> row.amount().minus(row.fromCredit()))
            .text("invoice_ids", row -> joined(row.fromInvoices(), part -> part.invoiceId().toString()))
            .text("reason", RefundExportRow::reason)
            .build();

    /** Clients ({@link Exports#clients}); the currency is the client's default one. */
    public static final ExportColumns<ClientExportRow> CLIENTS = ExportColumns.<ClientExportRow>named("clients")
            .text("client_id", ClientExportRow::clientId)
            .text("name", ClientExportRow::name)
            .text("email", ClientExportRow::email)
            .text("tax_id", ClientExportRow::taxId)
            .text("currency", row -> row.currency().code())
            .bool("tax_exempt", ClientExportRow::taxExempt)
            .text("address_lines", row -> String.join(", ", row.billingAddress().lines()))
            .text("city", row -> row.billingAddress().city())
            .text("postal_code", row -> row.billingAddress().postalCode())
            .text("region", row -> row.billingAddress().region())
            .text("country_code", row -> row.billingAddress().countryCode())
            .bool("archived", ClientExportRow::archived)
            .timestamp("created_at", ClientExportRow::createdAt)
            .build();

    /** The audit trail ({@link Exports#auditTrail}); details as {@code key=value} pairs in key order. */
    public static final ExportColumns<AuditEntry> AUDIT_TRAIL = ExportColumns.<AuditEntry>named("audit_trail")
            .count("sequence", AuditEntry::sequence)
            .text("entry_id", AuditEntry::id)
            .timestamp("at", AuditEntry::at)
            .text("actor", AuditEntry::actor)
            .text("action", AuditEntry::action)
            .text("subject_type", AuditEntry::subjectType)
            .text("subject_id", AuditEntry::subjectId)
            .text("details", row -> joined(row.details().entrySet(), entry -> entry.getKey() + "="
                    + entry.getValue()))
            .text("personal_data_hash", AuditEntry::personalDataHash)
            .text("previous_hash", AuditEntry::previousHash)
            .text("hash", AuditEntry::hash)
            .build();

    private static final List<ExportColumns<?>> ALL = List.of(INVOICES, LINES, TAXES, CREDIT_NOTES, PAYMENTS,
            ALLOCATIONS, REFUNDS, CLIENTS, AUDIT_TRAIL);

    private final String name;
    private final List<ExportColumn<R>> columns;

    private ExportColumns(String name, List<ExportColumn<R>> columns) {
        Set<String> headers = new HashSet<>();
        for (ExportColumn<R> column : columns) {
            if (!headers.add(column.header())) {
                throw new IllegalArgumentException("export " + name + " has two columns " + column.header());
            }
        }
        this.name = name;
        this.columns = List.copyOf(columns);
    }

    /**
     * Every column set, in the order {@code docs/EXPORTS.md} lists them.
     *
     * @return the column sets
     */
    public static List<ExportColumns<?>> all() {
        return ALL;
    }

    /**
     * The name of the column set, snake_case, e.g. {@code invoices}; hosts may use it in file names.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The columns in order.
     *
     * @return the columns, unmodifiable
     */
    public List<ExportColumn<R>> columns() {
        return columns;
    }

    /**
     * The headers in column order.
     *
     * @return the headers
     */
    public List<String> headers() {
        return columns.stream().map(ExportColumn::header).toList();
    }

    /** The name and headers, e.g. {@code invoices[invoice_id, …]}. */
    @Override
    public String toString() {
        return name + headers();
    }

    private static <R> Builder<R> named(String name) {
        return new Builder<>(name);
    }

    private static <T> String joined(Iterable<T> parts, Function<T, String> text) {
        StringJoiner joined = new StringJoiner("; ");
        parts.forEach(part -> joined.add(text.apply(part)));
        return joined.toString();
    }

    /** Collects the columns of one set in order; the constants above read as the table they define. */
    private static final class Builder<R> {

        private final String name;
        private final List<ExportColumn<R>> columns = new ArrayList<>();

        Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        Builder<R> text(String header, Function<R, @Nullable Object> value) {
            return add(header, ColumnType.TEXT, value);
        }

        Builder<R> date(String header, Function<R, @Nullable Object> value) {
            return add(header, ColumnType.DATE, value);
        }

        Builder<R> timestamp(String header, Function<R, @Nullable Object> value) {
            return add(header, ColumnType.TIMESTAMP, value);
        }

        Builder<R> amount(String header, Function<R, @Nullable Money> value) {
            return add(header, ColumnType.AMOUNT, value::apply);
        }

        Builder<R> decimal(String header, Function<R, @Nullable Object> value) {
            return add(header, ColumnType.DECIMAL, value);
        }

        Builder<R> count(String header, Function<R, @Nullable Object> value) {
            return add(header, ColumnType.COUNT, value);
        }

        Builder<R> bool(String header, Function<R, @Nullable Object> value) {
            return add(header, ColumnType.BOOLEAN, value);
        }

        private Builder<R> add(String header, ColumnType type, Function<R, @Nullable Object> value) {
            columns.add(new ExportColumn<>(header, type, value));
            return this;
        }

        ExportColumns<R> build() {
            return new ExportColumns<>(name, columns);
        }
    }
}
