package dev.clientportal.core.exports;

import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.CreditNoteId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.payment.PaymentId;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.PaymentStatus;
import dev.clientportal.core.payment.Refund;
import dev.clientportal.core.payment.RefundId;
import dev.clientportal.core.workspace.PostalAddress;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.clientportal.core.money.CurrencyUnit.EUR;
import static dev.clientportal.core.money.CurrencyUnit.JPY;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every column of every export kind, read from a sample row: ISO dates, amounts as plain decimals with the currency's
 * minor digits (never an exponent), enums by name, empty cells for missing values, and CSV text cells that a
 * spreadsheet would run as formulas defused.
 */
class ExportColumnsTest {

    private static final InvoiceId INVOICE = InvoiceId.of("0190a000-0000-7000-8000-000000000001");
    private static final ClientId CLIENT = ClientId.of("0190a000-0000-7000-8000-000000000002");
    private static final PaymentId PAYMENT = PaymentId.of("0190a000-0000-7000-8000-000000000003");
    private static final CreditNoteId CREDIT_NOTE = CreditNoteId.of("0190a000-0000-7000-8000-000000000004");
    private static final RefundId REFUND = RefundId.of("0190a000-0000-7000-8000-000000000005");
    private static final UUID ENTRY = UUID.fromString("0190a000-0000-7000-8000-000000000006");
    private static final TaxRate SALES_TAX = TaxRate.of("NY sales tax", "8.875");

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }

    private static InvoiceExportRow invoice(CurrencyUnit currency, String total, @Nullable LocalDate closedOn) {
        Money amount = Money.of(total, currency);
        Money zero = Money.zero(currency);
        return new InvoiceExportRow(INVOICE, "INV-2026-00001", CLIENT, "Globex Corporation", InvoiceStatus.OPEN,
                currency, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), amount, zero, zero, amount, zero, zero,
                amount, closedOn);
    }

    @Test
    void invoices_writeEveryColumn_amountsPlainWithTheCurrencysDigits() {
        InvoiceExportRow row = new InvoiceExportRow(INVOICE, "INV-2026-00001", CLIENT, "Globex Corporation",
                InvoiceStatus.PARTIALLY_PAID, USD, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), usd("1000"),
                usd("100"), usd("79.88"), usd("979.88"), usd("0"), usd("500"), usd("479.88"), null);

        assertThat(cells(ExportColumns.INVOICES, row)).containsExactly(
                "invoice_id=0190a000-0000-7000-8000-000000000001", "invoice_number=INV-2026-00001",
                "client_id=0190a000-0000-7000-8000-000000000002", "client_name=Globex Corporation",
                "status=PARTIALLY_PAID", "currency=USD", "issue_date=2026-03-01", "due_date=2026-03-31",
                "subtotal=1000.00", "discount=100.00", "tax=79.88", "total=979.88", "credited=0.00", "paid=500.00",
                "amount_due=479.88", "closed_on=");
    }

    @Test
    void aRoundThousand_isWrittenPlain_neverWithAnExponent() {
        Money thousand = Money.of(new BigDecimal("1E+3"), USD);
        InvoiceExportRow row = invoice(USD, "0", LocalDate.of(2026, 4, 2));
        InvoiceExportRow thousandDue = new InvoiceExportRow(row.invoiceId(), row.number(), row.clientId(),
                row.clientName(), row.status(), USD, row.issueDate(), row.dueDate(), thousand, row.discount(),
                row.tax(), thousand, row.credited(), row.paid(), thousand, row.closedOn());

        assertThat(text(ExportColumns.INVOICES, "total", thousandDue)).isEqualTo("1000.00");
        assertThat(text(ExportColumns.INVOICES, "closed_on", thousandDue)).isEqualTo("2026-04-02");
        assertThat(ExportColumns.INVOICES.columns()).filteredOn(column -> column.type() == ColumnType.AMOUNT)
                .extracting(column -> column.text(thousandDue))
                .allMatch(amount -> amount != null && amount.matches("\\d+\\.\\d{2}"));
    }

    @Test
    void yen_haveNoDecimals_andDinars_three() {
        assertThat(text(ExportColumns.INVOICES, "total", invoice(JPY, "1500", null))).isEqualTo("1500");
        assertThat(text(ExportColumns.INVOICES, "total", invoice(CurrencyUnit.BHD, "12.5", null)))
                .isEqualTo("12.500");
        assertThat(text(ExportColumns.INVOICES, "currency", invoice(JPY, "1500", null))).isEqualTo("JPY");
    }

    @Test
    void lines_writeEveryColumn_taxEmptyWhenTheLineCarriesNone() {
        LineExportRow taxed = new LineExportRow("INV-2026-00001", 2, "Logo design", new BigDecimal("12.50"), "h",
                usd("95"), usd("1187.50"), usd("18.75"), usd("1168.75"),
                List.of(SALES_TAX, TaxRate.compound("City tax", "1")), usd("115.57"));
        LineExportRow untaxed = new LineExportRow("CN-2026-00001", 1, "Hosting", new BigDecimal("1"), "",
                Money.of("3000", JPY), Money.of("3000", JPY), Money.zero(JPY), Money.of("3000", JPY), List.of(),
                null);

        assertThat(cells(ExportColumns.LINES, taxed)).containsExactly("document_number=INV-2026-00001",
                "line_number=2", "description=Logo design", "quantity=12.50", "unit=h", "currency=USD",
                "unit_price=95.00", "net=1187.50", "document_discount=18.75", "taxable=1168.75",
                "tax_rates=NY sales tax 8.875%; City tax 1% (compound)", "tax=115.57");
        assertThat(cells(ExportColumns.LINES, untaxed)).containsExactly("document_number=CN-2026-00001",
                "line_number=1", "description=Hosting", "quantity=1", "unit=", "currency=JPY", "unit_price=3000",
                "net=3000", "document_discount=0", "taxable=3000", "tax_rates=", "tax=");
    }

    @Test
    void taxes_writeEveryColumn() {
        TaxExportRow row = new TaxExportRow(DocumentType.CREDIT_NOTE, "CN-2026-00002", CLIENT, EUR,
                LocalDate.of(2026, 5, 4), InvoiceStatus.VOID, LocalDate.of(2026, 5, 6), TaxRate.of("VAT", "19"),
                Money.of("200", EUR), Money.of("38", EUR));

        assertThat(cells(ExportColumns.TAXES, row)).containsExactly("document_type=CREDIT_NOTE",
                "document_number=CN-2026-00002", "client_id=0190a000-0000-7000-8000-000000000002", "currency=EUR",
                "issue_date=2026-05-04", "invoice_status=VOID", "voided_on=2026-05-06", "tax_name=VAT",
                "tax_percent=19", "compound=false", "taxable=200.00", "tax=38.00");
    }

    @Test
    void creditNotes_writeEveryColumn() {
        CreditNoteExportRow row = new CreditNoteExportRow(CREDIT_NOTE, "CN-2026-00001", "INV-2026-00001", CLIENT,
                "Globex Corporation", USD, LocalDate.of(2026, 3, 10), usd("100"), usd("10"), usd("7.99"),
                usd("97.99"), usd("90"), usd("7.99"), "Hours billed twice");

        assertThat(cells(ExportColumns.CREDIT_NOTES, row)).containsExactly(
                "credit_note_id=0190a000-0000-7000-8000-000000000004", "credit_note_number=CN-2026-00001",
                "invoice_number=INV-2026-00001", "client_id=0190a000-0000-7000-8000-000000000002",
                "client_name=Globex Corporation", "currency=USD", "issue_date=2026-03-10", "subtotal=100.00",
                "discount=10.00", "tax=7.99", "total=97.99", "applied_to_invoice=90.00", "to_client_credit=7.99",
                "reason=Hours billed twice");
    }

    @Test
    void payments_writeEveryColumn() {
        PaymentExportRow row = new PaymentExportRow(PAYMENT, "wire-7781", "RCPT-2026-00001", CLIENT,
                "Globex Corporation", PaymentStatus.PARTIALLY_REFUNDED, PaymentMethod.BANK_TRANSFER, "",
                LocalDate.of(2026, 3, 15), usd("600"), usd("500"), usd("100"), usd("50"), "first half");

        assertThat(cells(ExportColumns.PAYMENTS, row)).containsExactly(
                "payment_id=0190a000-0000-7000-8000-000000000003", "reference=wire-7781",
                "receipt_number=RCPT-2026-00001", "client_id=0190a000-0000-7000-8000-000000000002",
                "client_name=Globex Corporation", "status=PARTIALLY_REFUNDED", "method=BANK_TRANSFER", "gateway=",
                "currency=USD", "received_on=2026-03-15", "amount=600.00", "allocated=500.00", "to_credit=100.00",
                "refunded=50.00", "note=first half");
    }

    @Test
    void allocations_writeEveryColumn() {
        AllocationExportRow row = new AllocationExportRow(PAYMENT, "wire-7781", PaymentStatus.SUCCEEDED,
                LocalDate.of(2026, 3, 15), CLIENT, INVOICE, "INV-2026-00001", usd("500"), usd("20.5"),
                usd("479.5"));

        assertThat(cells(ExportColumns.ALLOCATIONS, row)).containsExactly(
                "payment_id=0190a000-0000-7000-8000-000000000003", "payment_reference=wire-7781",
                "payment_status=SUCCEEDED", "received_on=2026-03-15",
                "client_id=0190a000-0000-7000-8000-000000000002",
                "invoice_id=0190a000-0000-7000-8000-000000000001", "invoice_number=INV-2026-00001", "currency=USD",
                "amount=500.00", "refunded=20.50", "net=479.50");
    }

    @Test
    void refunds_writeEveryColumn_fromInvoicesIsWhatCreditDidNotCover() {
        InvoiceId second = InvoiceId.of("0190a000-0000-7000-8000-000000000007");
        RefundExportRow row = new RefundExportRow(REFUND, "re_1", PAYMENT, "wire-7781", CLIENT,
                "Globex Corporation", LocalDate.of(2026, 3, 20), usd("70"), usd("20"),
                List.of(new Refund.Part(INVOICE, usd("30")), new Refund.Part(second, usd("20"))), "goodwill");

        assertThat(cells(ExportColumns.REFUNDS, row)).containsExactly("refund_id=0190a000-0000-7000-8000-000000000005",
                "reference=re_1", "payment_id=0190a000-0000-7000-8000-000000000003",
                "payment_reference=wire-7781", "client_id=0190a000-0000-7000-8000-000000000002",
                "client_name=Globex Corporation", "currency=USD", "refunded_on=2026-03-20", "amount=70.00",
                "from_credit=20.00", "from_invoices=50.00",
                "invoice_ids=0190a000-0000-7000-8000-000000000001; 0190a000-0000-7000-8000-000000000007",
                "reason=goodwill");
    }

    @Test
    void clients_writeEveryColumn() {
        ClientExportRow row = new ClientExportRow(CLIENT, "Initech GmbH", "ap@initech.example", "DE123456789", EUR,
                true, new PostalAddress(List.of("Hauptstraße 1", "2. OG"), "Berlin", "10115", "", "DE"), false,
                Instant.parse("2026-01-02T10:15:30Z"));

        assertThat(cells(ExportColumns.CLIENTS, row)).containsExactly(
                "client_id=0190a000-0000-7000-8000-000000000002", "name=Initech GmbH", "email=ap@initech.example",
                "tax_id=DE123456789", "currency=EUR", "tax_exempt=true", "address_lines=Hauptstraße 1, 2. OG",
                "city=Berlin", "postal_code=10115", "region=", "country_code=DE", "archived=false",
                "created_at=2026-01-02T10:15:30Z");
    }

    @Test
    void auditEntries_writeEveryColumn_detailsInKeyOrder() {
        AuditEntry entry = new AuditEntry(WorkspaceId.of("0190a000-0000-7000-8000-000000000008"), 42, ENTRY,
                Instant.parse("2026-03-01T09:30:00.123Z"), "staff:owner@northwind.example", "invoice.issued",
                "invoice", INVOICE.toString(), Map.of("total", "USD 979.88", "number", "INV-2026-00001"),
                "a".repeat(64), "b".repeat(64));

        assertThat(cells(ExportColumns.AUDIT_TRAIL, entry)).containsExactly("sequence=42",
                "entry_id=0190a000-0000-7000-8000-000000000006", "at=2026-03-01T09:30:00.123Z",
                "actor=staff:owner@northwind.example", "action=invoice.issued", "subject_type=invoice",
                "subject_id=0190a000-0000-7000-8000-000000000001", "details=number=INV-2026-00001; total=USD 979.88",
                "personal_data_hash=", "previous_hash=" + "a".repeat(64), "hash=" + "b".repeat(64));
    }

    @Test
    void csvTextCellsThatLookLikeFormulas_areDefused_amountsAreNot() {
        InvoiceExportRow row = invoice(USD, "10", null);
        for (String name : List.of("=HYPERLINK(\"http://evil.example\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx")) {
            InvoiceExportRow hostile = new InvoiceExportRow(row.invoiceId(), row.number(), row.clientId(), name,
                    row.status(), USD, row.issueDate(), row.dueDate(), row.subtotal(), row.discount(), row.tax(),
                    row.total(), row.credited(), row.paid(), usd("-12.5"), row.closedOn());

            assertThat(csv(ExportColumns.INVOICES, "client_name", hostile)).isEqualTo("'" + name);
            assertThat(text(ExportColumns.INVOICES, "client_name", hostile)).isEqualTo(name);
            assertThat(csv(ExportColumns.INVOICES, "amount_due", hostile)).isEqualTo("-12.50");
        }
        assertThat(csv(ExportColumns.INVOICES, "client_name", row)).isEqualTo("Globex Corporation");
        assertThat(csv(ExportColumns.INVOICES, "closed_on", row)).isEmpty();
    }

    @Test
    void everyColumnSet_hasUniqueSnakeCaseHeaders_andACurrencyColumnWhenItHasAmounts() {
        assertThat(ExportColumns.all()).extracting(ExportColumns::name).containsExactly("invoices", "lines", "taxes",
                "credit_notes", "payments", "allocations", "refunds", "clients", "audit_trail");
        for (ExportColumns<?> set : ExportColumns.all()) {
            assertThat(set.headers()).as(set.name()).doesNotHaveDuplicates().allMatch(h -> h.matches("[a-z_]+"));
            boolean hasAmounts = set.columns().stream().anyMatch(column -> column.type() == ColumnType.AMOUNT);
            if (hasAmounts) {
                assertThat(set.headers()).as(set.name() + " names its currency").contains("currency");
            }
        }
    }

    @Test
    void aColumnWhoseValueIsNotOfItsType_saysWhich() {
        ExportColumn<InvoiceExportRow> wrong = new ExportColumn<>("due", ColumnType.AMOUNT,
                InvoiceExportRow::dueDate);

        assertThatThrownBy(() -> wrong.text(invoice(USD, "1", null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("due").hasMessageContaining("AMOUNT");
        assertThatThrownBy(() -> new ExportColumn<InvoiceExportRow>("Amount Due", ColumnType.AMOUNT,
                InvoiceExportRow::amountDue)).hasMessageContaining("snake_case");
    }

    private static <R> List<String> cells(ExportColumns<R> set, R row) {
        List<String> cells = new ArrayList<>();
        for (ExportColumn<R> column : set.columns()) {
            String text = column.text(row);
            cells.add(column.header() + "=" + (text == null ? "" : text));
        }
        return cells;
    }

    private static <R> ExportColumn<R> column(ExportColumns<R> set, String header) {
        return set.columns().stream().filter(column -> column.header().equals(header)).findFirst().orElseThrow();
    }

    private static <R> @Nullable String text(ExportColumns<R> set, String header, R row) {
        return column(set, header).text(row);
    }

    private static <R> String csv(ExportColumns<R> set, String header, R row) {
        return column(set, header).csvText(row);
    }
}
