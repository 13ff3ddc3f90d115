package dev.clientportal.core.contract;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.exports.AllocationExportRow;
import dev.clientportal.core.exports.ClientExportRow;
import dev.clientportal.core.exports.CreditNoteExportRow;
import dev.clientportal.core.exports.ExportFilter;
import dev.clientportal.core.exports.ExportSink;
import dev.clientportal.core.exports.ExportSummary;
import dev.clientportal.core.exports.Exports;
import dev.clientportal.core.exports.InvoiceExportRow;
import dev.clientportal.core.exports.LineExportRow;
import dev.clientportal.core.exports.PaymentExportRow;
import dev.clientportal.core.exports.RefundExportRow;
import dev.clientportal.core.exports.TaxExportRow;
import dev.clientportal.core.exports.TaxPeriod;
import dev.clientportal.core.exports.TaxReport;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.invoice.IssueCreditNote;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.payment.Allocation;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.payment.Refund;
import dev.clientportal.core.payment.RefundPayment;
import dev.clientportal.core.pricing.Discount;
import dev.clientportal.core.pricing.DocumentTotals;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.pricing.LineTotals;
import dev.clientportal.core.pricing.TaxAmount;
import dev.clientportal.core.pricing.TaxRounding;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.workspace.Workspace;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static dev.clientportal.core.money.CurrencyUnit.EUR;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Exports of a seeded workspace equal, row by row, what the use cases answer ({@code invoicing().get},
 * {@code creditNotes}, {@code payments().forClient}, {@code clients().list}, {@code audit().entries}); every row's
 * arithmetic holds; another workspace's rows never appear; pages of any size give the same rows; filters select; and
 * the tax report equals the sums of the exported tax rows. A scenario over any {@link PortalStores}; an adapter runs
 * it by extending it and implementing {@link #newStores()}.
 *
 * <pre>
 * Acme Design (USD), tax rounded per line until 04-01, per document after; Initech is another workspace
 * 03-02 I1 Globex   USD  design 12 h × 95.00 VAT 19 %, print 3 × 33.33 VAT 7 %, 10 % discount
 *       Initech: its own invoice to its own client, and a payment of it
 * 03-10 I2 Umbrella EUR  build 1 × 1,999.99 with GST 5 % and compound QST 9.975 %
 * 03-15 wire-1 Globex USD 500.00 → I1
 * 04-01 (per document) I3 Globex USD  7 lines of 0.35–0.95 at VAT 19 %, setup 1 × 49.99 VAT 7 %, 5.00 discount
 * 04-05 CN on I3: its setup line credited
 * 04-10 I4 Umbrella EUR 300.00 VAT 19 %; 04-20 voided
 * 04-12 sepa-1 Umbrella: all of I2
 * 04-15 refund rf-1: 50.00 of wire-1 taken back from I1
 * 05-02 I5 Hooli USD 80.00 (tax exempt client), a draft for Hooli never issued
 * </pre>
 */
public abstract class ExportScenario {

    static final TaxRate VAT = TaxRate.of("VAT", "19");
    static final TaxRate REDUCED = TaxRate.of("VAT reduced", "7");
    static final TaxRate GST = TaxRate.of("GST", "5");
    static final TaxRate QST = TaxRate.compound("QST", "9.975");
    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 12, 31);

    private final PortalFixture fixture = PortalFixture.over(newStores());
    private final Exports exports = fixture.portal.exports();
    private final StaffPrincipal acme = fixture.workspace("Acme Design", USD);
    private final StaffPrincipal initech = fixture.workspace("Initech", USD);
    private final Client globex = fixture.client(acme, "Globex");
    private final Client umbrella = fixture.client(acme, "Umbrella", EUR);
    private final Client hooli = fixture.portal.clients().create(acme,
            new dev.clientportal.core.client.CreateClient("Hooli", "ap@hooli.example").asTaxExempt());
    private final Client theirs = fixture.client(initech, "Initech Client");
    private final List<Invoice> issued = new ArrayList<>();
    private final Invoice i1;
    private final Invoice i3;
    private final Invoice i4;

    /**
     * Fresh, empty stores; called once per test, while the scenario is constructed (so it must not depend on the
     * subclass's own fields).
     */
    protected abstract PortalStores newStores();

    protected ExportScenario() {
        fixture.moveTo(LocalDate.of(2026, 3, 2));
        i1 = issue(DraftInvoice.forClient(globex.id())
                .line("Logo design", "12", "h", usd("95.00"), VAT)
                .line("Print proofs", "3", "", usd("33.33"), REDUCED)
                .discount(Discount.percent("10")));
        Invoice initechInvoice = fixture.issuedInvoice(initech, theirs, "777.00", VAT);
        fixture.portal.payments().record(initech, RecordPayment.manual(theirs.id(), usd("100.00"),
                PaymentMethod.BANK_TRANSFER, "wire-1").allocateTo(initechInvoice.id()));

        fixture.moveTo(LocalDate.of(2026, 3, 10));
        Invoice i2 = issue(DraftInvoice.forClient(umbrella.id())
                .line("Platform build", "1", "", eur("1999.99"), GST, QST));

        fixture.moveTo(LocalDate.of(2026, 3, 15));
        Payment wire = fixture.portal.payments().record(acme, RecordPayment.manual(globex.id(), usd("500.00"),
                PaymentMethod.BANK_TRANSFER, "wire-1").allocateTo(i1.id()));

        fixture.moveTo(LocalDate.of(2026, 4, 1));
        Workspace workspace = fixture.portal.workspaces().get(acme);
        fixture.portal.workspaces().updateSettings(acme, workspace.settings()
                .withTaxes(workspace.settings().taxRates(), TaxRounding.PER_DOCUMENT));
        DraftInvoice small = DraftInvoice.forClient(globex.id());
        for (int cents = 35; cents <= 95; cents += 10) {
            small = small.line("Sticker " + cents, "1", "", usd("0." + cents), VAT);
        }
        i3 = issue(small.line("Setup", "1", "", usd("49.99"), REDUCED).discount(Discount.amount(usd("5.00"))));

        fixture.moveTo(LocalDate.of(2026, 4, 5));
        fixture.portal.invoicing().issueCreditNote(acme, IssueCreditNote.partial(i3.id(), "Setup waived",
                i3.content().lines().get(i3.content().lines().size() - 1)));

        fixture.moveTo(LocalDate.of(2026, 4, 10));
        i4 = issue(DraftInvoice.forClient(umbrella.id()).line("Workshop", "1", "", eur("300.00"), VAT));

        fixture.moveTo(LocalDate.of(2026, 4, 12));
        fixture.portal.payments().record(acme, RecordPayment.manual(umbrella.id(),
                fixture.portal.invoicing().get(acme, i2.id()).amountDue(), PaymentMethod.DIRECT_DEBIT, "sepa-1")
                .allocateTo(i2.id()));

        fixture.moveTo(LocalDate.of(2026, 4, 15));
        fixture.portal.payments().refund(acme, RefundPayment.of(wire.id(), usd("50.00"), "rf-1", "Proofs late")
                .fromInvoice(i1.id(), usd("50.00")));

        fixture.moveTo(LocalDate.of(2026, 4, 20));
        fixture.portal.invoicing().voidInvoice(acme, i4.id(), "Workshop cancelled");

        fixture.moveTo(LocalDate.of(2026, 5, 2));
        issue(DraftInvoice.forClient(hooli.id()).line("Consulting", "1", "", usd("80.00"), VAT));
        fixture.portal.invoicing().createDraft(acme, DraftInvoice.forClient(hooli.id())
                .line("Later", "1", "", usd("10.00")));
    }

    private Invoice issue(DraftInvoice draft) {
        Invoice invoice = fixture.issue(acme, draft);
        issued.add(invoice);
        return invoice;
    }

    @Test
    void invoiceRows_areWhatInvoicingAnswers_andAddUp() {
        List<InvoiceExportRow> rows = export(exports::invoices, ExportFilter.period(FROM, TO));

        assertThat(rows).containsExactlyElementsOf(invoicesNow().stream().map(this::expectedRow).toList());
        assertThat(rows).hasSize(5).allSatisfy(row -> {
            assertThat(row.subtotal().minus(row.discount()).plus(row.tax())).isEqualTo(row.total());
            assertThat(row.total().currency()).isEqualTo(row.currency());
        });
        assertThat(rows).extracting(InvoiceExportRow::status).contains(InvoiceStatus.VOID, InvoiceStatus.PAID,
                InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.OPEN);
    }

    @Test
    void lineRows_areEachInvoiceLineWithItsFigures() {
        List<LineExportRow> rows = export(exports::invoiceLines, ExportFilter.period(FROM, TO));

        List<LineExportRow> expected = new ArrayList<>();
        invoicesNow().forEach(invoice -> expected.addAll(expectedLines(invoice.requireNumber(),
                invoice.content().lines(), invoice.totals())));
        assertThat(rows).containsExactlyElementsOf(expected);
        Invoice perDocument = fixture.portal.invoicing().get(acme, i3.id());
        assertThat(rows).filteredOn(row -> row.documentNumber().equals(perDocument.number()))
                .hasSize(8).allSatisfy(row -> assertThat(row.tax()).isNull());
        assertThat(rows).filteredOn(row -> row.documentNumber().equals(i1.number()))
                .allSatisfy(row -> assertThat(row.tax()).isNotNull());
    }

    @Test
    void taxRows_areEachInvoicesTaxSummary_andSumToItsTax() {
        List<TaxExportRow> rows = export(exports::invoiceTaxes, ExportFilter.period(FROM, TO));

        List<TaxExportRow> expected = new ArrayList<>();
        for (Invoice invoice : invoicesNow()) {
            for (TaxAmount tax : invoice.totals().taxes()) {
                expected.add(new TaxExportRow(DocumentType.INVOICE, invoice.requireNumber(), invoice.clientId(),
                        invoice.content().currency(), invoice.requireIssueDate(), invoice.status(),
                        invoice.status() == InvoiceStatus.VOID ? invoice.closedOn() : null, tax.rate(),
                        tax.taxable(), tax.tax()));
            }
        }
        assertThat(rows).containsExactlyElementsOf(expected);
        for (InvoiceExportRow invoice : export(exports::invoices, ExportFilter.period(FROM, TO))) {
            Money sum = Money.zero(invoice.currency());
            for (TaxExportRow row : rows) {
                if (row.documentNumber().equals(invoice.number())) {
                    sum = sum.plus(row.tax());
                }
            }
            assertThat(sum).as("tax rows of %s", invoice.number()).isEqualTo(invoice.tax());
        }
        assertThat(rows).filteredOn(row -> row.rate().equals(QST)).singleElement()
                .satisfies(row -> assertThat(row.taxable()).isEqualTo(eur("2099.99")));
    }

    @Test
    void creditNoteRows_areWhatInvoicingAnswers() {
        List<CreditNote> notes = fixture.portal.invoicing().creditNotes(acme, i3.id());
        assertThat(notes).hasSize(1);
        CreditNote note = notes.get(0);
        DocumentTotals totals = note.totals();

        assertThat(export(exports::creditNotes, ExportFilter.period(FROM, TO))).containsExactly(
                new CreditNoteExportRow(note.id(), note.number(), note.invoiceNumber(), note.clientId(), "Globex",
                        USD, note.issueDate(), totals.subtotal(), totals.discount(), totals.taxTotal(),
                        totals.total(), note.appliedToInvoice(), note.toClientCredit(), note.reason()));
        assertThat(export(exports::creditNoteLines, ExportFilter.period(FROM, TO)))
                .containsExactlyElementsOf(expectedLines(note.number(), note.lines(), totals));
        assertThat(export(exports::creditNoteTaxes, ExportFilter.period(FROM, TO)))
                .containsExactlyElementsOf(totals.taxes().stream().map(tax -> new TaxExportRow(
                        DocumentType.CREDIT_NOTE, note.number(), note.clientId(), USD, note.issueDate(),
                        InvoiceStatus.OPEN, null, tax.rate(), tax.taxable(), tax.tax())).toList());
        assertThat(totals.subtotal().minus(totals.discount()).plus(totals.taxTotal())).isEqualTo(totals.total());
    }

    @Test
    void paymentAllocationAndRefundRows_areWhatPaymentsAnswers() {
        List<Payment> payments = new ArrayList<>();
        for (Client client : List.of(globex, umbrella, hooli)) {
            payments.addAll(fixture.portal.payments().forClient(acme, client.id()));
        }
        payments.sort(Comparator.comparing(Payment::receivedOn).thenComparing(Payment::reference));
        Map<ClientId, String> names = Map.of(globex.id(), "Globex", umbrella.id(), "Umbrella", hooli.id(), "Hooli");

        List<PaymentExportRow> expectedPayments = new ArrayList<>();
        List<AllocationExportRow> expectedAllocations = new ArrayList<>();
        List<RefundExportRow> expectedRefunds = new ArrayList<>();
        for (Payment payment : payments) {
            Money refunded = Money.zero(payment.amount().currency());
            for (Refund refund : payment.refunds()) {
                refunded = refunded.plus(refund.amount());
                expectedRefunds.add(new RefundExportRow(refund.id(), refund.reference(), payment.id(),
                        payment.reference(), payment.clientId(), names.get(payment.clientId()), refund.refundedOn(),
                        refund.amount(), refund.fromCredit(), refund.fromInvoices(), refund.reason()));
            }
            expectedPayments.add(new PaymentExportRow(payment.id(), payment.reference(), payment.receiptNumber(),
                    payment.clientId(), names.get(payment.clientId()), payment.status(), payment.method(),
                    payment.gateway(), payment.receivedOn(), payment.amount(), payment.amount()
                    .minus(payment.toCredit()), payment.toCredit(), refunded, payment.note()));
            for (Allocation allocation : payment.allocations()) {
                expectedAllocations.add(new AllocationExportRow(payment.id(), payment.reference(), payment.status(),
                        payment.receivedOn(), payment.clientId(), allocation.invoiceId(),
                        allocation.invoiceNumber(), allocation.amount(), allocation.refunded(), allocation.net()));
            }
        }

        assertThat(export(exports::payments, ExportFilter.period(FROM, TO)))
                .hasSize(2).containsExactlyElementsOf(expectedPayments);
        assertThat(export(exports::allocations, ExportFilter.period(FROM, TO)))
                .hasSize(2).containsExactlyElementsOf(expectedAllocations);
        assertThat(export(exports::refunds, ExportFilter.period(FROM, TO)))
                .hasSize(1).containsExactlyElementsOf(expectedRefunds);
    }

    @Test
    void clientRows_areEveryClientOfTheWorkspace() {
        List<ClientExportRow> rows = export(exports::clients, ExportFilter.period(FROM, TO).pageSize(2));

        assertThat(rows).extracting(ClientExportRow::clientId)
                .containsExactlyInAnyOrder(globex.id(), umbrella.id(), hooli.id());
        assertThat(rows).filteredOn(row -> row.clientId().equals(hooli.id())).singleElement()
                .satisfies(row -> assertThat(row.taxExempt()).isTrue());
        for (Client client : fixture.portal.clients().list(acme, 0, 10)) {
            assertThat(rows).contains(new ClientExportRow(client.id(), client.name(), client.email(), client.taxId(),
                    client.currency(), client.taxExempt(), client.billingAddress(), client.archived(),
                    client.createdAt()));
        }
    }

    @Test
    void auditRows_areTheTrailsEntries_oldestFirst() {
        List<AuditEntry> rows = export(exports::auditTrail, ExportFilter.period(FROM, TO).pageSize(3));

        assertThat(rows).isNotEmpty().isEqualTo(fixture.portal.audit().entries(acme, 1, 1_000));
        assertThat(export(exports::auditTrail, ExportFilter.period(LocalDate.of(2026, 4, 20),
                LocalDate.of(2026, 4, 20)))).isNotEmpty().allSatisfy(entry ->
                assertThat(entry.at().toString()).startsWith("2026-04-20"));
    }

    @Test
    void anotherWorkspacesRows_neverAppear_andItsClientIsNotFound() {
        assertThat(export(exports::invoices, ExportFilter.period(FROM, TO)))
                .noneMatch(row -> row.clientId().equals(theirs.id()));
        assertThat(export(exports::payments, ExportFilter.period(FROM, TO)))
                .noneMatch(row -> row.clientId().equals(theirs.id()));
        assertThat(export(exports::clients, ExportFilter.period(FROM, TO)))
                .noneMatch(row -> row.clientId().equals(theirs.id()));
        List<InvoiceExportRow> theirRows = export((principal, filter, sink) -> exports.invoices(initech, filter,
                sink), ExportFilter.period(FROM, TO));
        assertThat(theirRows).singleElement().satisfies(row -> assertThat(row.clientId()).isEqualTo(theirs.id()));

        assertThatThrownBy(() -> exports.invoices(acme, ExportFilter.period(FROM, TO).forClient(theirs.id()),
                row -> { }))
                .isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.CLIENT_NOT_FOUND));
        assertThatThrownBy(() -> exports.payments(acme, ExportFilter.period(FROM, TO).forClient(theirs.id()),
                row -> { }))
                .isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.CLIENT_NOT_FOUND));
    }

    @Test
    void pagesOfAnySize_giveTheSameRows_andReportProgressPerPage() {
        List<InvoiceExportRow> all = export(exports::invoices, ExportFilter.period(FROM, TO));
        List<LineExportRow> lines = export(exports::invoiceLines, ExportFilter.period(FROM, TO));
        int count = all.size();
        for (int size : IntStream.rangeClosed(1, count + 1).toArray()) {
            List<Long> progress = new ArrayList<>();
            List<InvoiceExportRow> rows = new ArrayList<>();
            ExportSummary summary = exports.invoices(acme, ExportFilter.period(FROM, TO).pageSize(size)
                    .reportingTo(progress::add), rows::add);

            assertThat(rows).as("page size %d", size).isEqualTo(all);
            assertThat(summary.rows()).isEqualTo(count);
            assertThat(summary.pages()).as("pages of %d", size).isEqualTo(count / size + 1);
            assertThat(progress).hasSize(summary.pages()).isSorted().last().isEqualTo((long) count);
            assertThat(export(exports::invoiceLines, ExportFilter.period(FROM, TO).pageSize(size)))
                    .as("lines in pages of %d", size).isEqualTo(lines);
        }
    }

    @Test
    void filters_selectByPeriodClientAndStatus_andBadFiltersAreRejected() {
        List<InvoiceExportRow> all = export(exports::invoices, ExportFilter.period(FROM, TO));
        LocalDate april = LocalDate.of(2026, 4, 1);
        LocalDate aprilEnd = LocalDate.of(2026, 4, 30);

        assertThat(export(exports::invoices, ExportFilter.period(april, aprilEnd))).isEqualTo(all.stream()
                .filter(row -> !row.issueDate().isBefore(april) && !row.issueDate().isAfter(aprilEnd)).toList())
                .hasSize(2);
        assertThat(export(exports::invoices, ExportFilter.period(FROM, TO).forClient(umbrella.id())))
                .isEqualTo(all.stream().filter(row -> row.clientId().equals(umbrella.id())).toList()).hasSize(2);
        assertThat(export(exports::invoices, ExportFilter.period(FROM, TO).withStatuses(InvoiceStatus.VOID,
                InvoiceStatus.PAID))).isEqualTo(all.stream().filter(row -> row.status() == InvoiceStatus.VOID
                || row.status() == InvoiceStatus.PAID).toList()).hasSize(2);
        assertThat(export(exports::payments, ExportFilter.period(LocalDate.of(2026, 4, 1), TO)))
                .extracting(PaymentExportRow::reference).containsExactly("sepa-1");
        assertThat(export(exports::refunds, ExportFilter.period(FROM, LocalDate.of(2026, 4, 14)))).isEmpty();

        assertThatThrownBy(() -> ExportFilter.period(TO, FROM)).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_PERIOD));
        assertThatThrownBy(() -> ExportFilter.period(FROM, FROM.plusYears(20)))
                .isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_PERIOD));
        assertThatThrownBy(() -> ExportFilter.period(FROM, TO).withStatuses(InvoiceStatus.DRAFT))
                .isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_VALUE));
        assertThatThrownBy(() -> ExportFilter.period(FROM, TO).pageSize(0))
                .isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_VALUE));
    }

    @Test
    void taxReport_equalsTheSumsOfTheExportedTaxRows_andReversesTheVoidInItsMonth() {
        TaxReport report = exports.taxReport(acme, FROM, TO, TaxPeriod.MONTH);

        assertThat(TaxReportSums.invoiced(report)).isNotEmpty().isEqualTo(TaxReportSums.invoiced(
                export(exports::invoiceTaxes, ExportFilter.period(FROM, TO)),
                export(exports::creditNoteTaxes, ExportFilter.period(FROM, TO))));
        // I4 (EUR 57.00 VAT) was issued and voided in April: April's EUR VAT nets to zero
        assertThat(report.of(EUR, VAT)).singleElement().satisfies(row -> {
            assertThat(row.periodStart()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(row.invoicedTax()).isEqualTo(eur("0.00"));
        });
        // I2 was paid in full in April: all of its tax was received then, per rate exactly
        Invoice i2 = invoicesNow().get(1);
        for (TaxAmount tax : i2.totals().taxes()) {
            assertThat(report.of(EUR, tax.rate())).filteredOn(row -> row.periodStart().getMonthValue() == 4)
                    .singleElement().satisfies(row -> assertThat(row.receivedTax()).isEqualTo(tax.tax()));
        }
        // the quarter report sums the months
        TaxReport quarters = exports.taxReport(acme, FROM, TO, TaxPeriod.QUARTER);
        assertThat(quarters.totals()).isEqualTo(report.totals());
        assertThat(quarters.rows()).allSatisfy(row ->
                assertThat(row.periodStart().getMonthValue() % 3).isEqualTo(1));
    }

    private List<Invoice> invoicesNow() {
        List<Invoice> now = new ArrayList<>();
        issued.forEach(invoice -> now.add(fixture.portal.invoicing().get(acme, invoice.id())));
        now.sort(Comparator.comparing(Invoice::requireIssueDate).thenComparing(Invoice::requireNumber));
        return now;
    }

    private InvoiceExportRow expectedRow(Invoice invoice) {
        DocumentTotals totals = invoice.totals();
        String name = fixture.portal.clients().get(acme, invoice.clientId()).name();
        return new InvoiceExportRow(invoice.id(), invoice.requireNumber(), invoice.clientId(), name,
                invoice.status(), invoice.content().currency(), invoice.requireIssueDate(),
                invoice.requireDueDate(), totals.subtotal(), totals.discount(), totals.taxTotal(), totals.total(),
                invoice.balance().creditNotesTotal(), invoice.balance().paid(), invoice.amountDue(),
                invoice.closedOn());
    }

    private static List<LineExportRow> expectedLines(String number, List<LineItem> lines, DocumentTotals totals) {
        List<LineExportRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineItem line = lines.get(i);
            LineTotals figures = totals.lines().get(i);
            Money tax = figures.taxes().stream().reduce(Money::plus).orElse(null);
            rows.add(new LineExportRow(number, i + 1, line.description(), line.quantity(), line.unit(),
                    line.unitPrice(), figures.net(), figures.documentDiscount(), figures.taxable(), line.taxes(),
                    tax));
            assertThat(figures.net().minus(figures.documentDiscount())).isEqualTo(figures.taxable());
        }
        return rows;
    }

    /** An export of the acme workspace into a list. */
    private <R> List<R> export(ExportCall<R> call, ExportFilter filter) {
        List<R> rows = new ArrayList<>();
        call.run(acme, filter, rows::add);
        return rows;
    }

    /** One export method. */
    @FunctionalInterface
    interface ExportCall<R> {
        ExportSummary run(StaffPrincipal principal, ExportFilter filter, ExportSink<R> sink);
    }

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }

    private static Money eur(String amount) {
        return Money.of(amount, EUR);
    }
}
