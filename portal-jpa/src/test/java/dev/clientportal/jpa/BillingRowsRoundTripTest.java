package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.contract.Samples;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.CreditNoteId;
import dev.clientportal.core.invoice.Installment;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceBalance;
import dev.clientportal.core.invoice.InvoiceContent;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.invoice.LateFeePolicy;
import dev.clientportal.core.invoice.PaymentSchedule;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.Percentage;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.payment.Allocation;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.Refund;
import dev.clientportal.core.pricing.Discount;
import dev.clientportal.core.pricing.DocumentTotals;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.pricing.TaxRounding;
import dev.clientportal.core.workspace.PaymentTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static dev.clientportal.core.contract.PaymentBuilder.aPayment;
import static dev.clientportal.core.money.CurrencyUnit.BHD;
import static dev.clientportal.core.money.CurrencyUnit.EUR;
import static dev.clientportal.core.money.CurrencyUnit.JPY;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invoices, credit notes and payments survive the trip to their rows and back unchanged — the mapping alone, and
 * through the ports on every database — over samples that use every shape the JSON codecs write: schedules with
 * deposits, discounts of each kind on lines and documents, compound taxes rounded per line and per document,
 * deposit links, credit notes on some lines and adjustments, late fees of each kind, and currencies with 0, 2
 * and 3 decimals, and a content column of well over 64 KiB. The stored totals are read back as stored, never recomputed.
 */
class BillingRowsRoundTripTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
    private static final Instant CLOSED = Instant.parse("2026-04-01T10:00:00.000001Z");

    @Test
    void invoicesCreditNotesAndPayments_mapToRowsAndBackUnchanged() {
        World world = new World(new WorkspaceId(UUID.randomUUID()), new ClientId(UUID.randomUUID()));

        for (Invoice invoice : world.invoices) {
            assertThat(InvoiceEntity.of(invoice).toInvoice(invoice.openAmounts()))
                    .isEqualTo(invoice.withVersion(1));
        }
        for (CreditNote note : world.creditNotes) {
            assertThat(CreditNoteEntity.of(note).toCreditNote()).isEqualTo(note.withVersion(1));
        }
        for (Payment payment : world.payments) {
            PaymentEntity entity = PaymentEntity.of(payment);
            List<Allocation> allocations = new ArrayList<>();
            for (int i = 0; i < payment.allocations().size(); i++) {
                allocations.add(new PaymentAllocationEntity(entity, i, payment.allocations().get(i))
                        .toAllocation(payment.amount().currency()));
            }
            List<Refund> refunds = new ArrayList<>();
            for (int i = 0; i < payment.refunds().size(); i++) {
                refunds.add(new PaymentRefundEntity(entity, i, payment.refunds().get(i)).toRefund());
            }
            assertThat(entity.toPayment(allocations, refunds)).isEqualTo(payment.withVersion(1));
        }
        assertThat(world.invoices).extracting(Invoice::status).contains(InvoiceStatus.values());
    }

    /** Stored totals are what was stored: a row read back does not price its lines again. */
    @Test
    void storedTotalsAreReadAsStored() {
        World world = new World(new WorkspaceId(UUID.randomUUID()), new ClientId(UUID.randomUUID()));
        Invoice invoice = world.invoices.get(1);
        DocumentTotals stored = invoice.totals();
        InvoiceEntity row = InvoiceEntity.of(invoice);
        DocumentTotals altered = new DocumentTotals(stored.currency(), stored.lines(), stored.subtotal(),
                stored.discount(), stored.taxes(), stored.taxTotal().plus(Money.ofMinor(1, stored.currency())),
                stored.total());
        row.totals = Json.write(InvoiceJson.totals(altered));

        assertThat(InvoiceJson.totals(Json.read(row.totals), stored.currency(), row.total).taxTotal())
                .isEqualTo(altered.taxTotal())
                .isNotEqualTo(invoice.content().totals().taxTotal());
    }

    /** The JSON a row holds is the adapter's own spelling, not a serialisation of core's records. */
    @Test
    void theCodecsWriteTheirOwnFieldNames() {
        assertThat(Json.write(InvoiceJson.discount(Discount.percent("4.50"))))
                .isEqualTo("{\"kind\":\"PERCENT\",\"percent\":\"4.5\"}");
        assertThat(Json.write(InvoiceJson.discount(Discount.amount(Money.of("1.250", BHD)))))
                .isEqualTo("{\"kind\":\"AMOUNT\",\"amount\":1250}");
        assertThat(Json.write(InvoiceJson.lateFee(LateFeePolicy.flat(Money.of("500", JPY), 14, 3))))
                .isEqualTo("{\"kind\":\"FLAT\",\"amount\":500,\"everyDays\":14,\"graceDays\":3}");
        assertThat(Json.write(InvoiceJson.schedule(PaymentSchedule.of(
                new Installment("Deposit", LocalDate.of(2026, 3, 9), Money.of("12.34", EUR))))))
                .isEqualTo("[{\"label\":\"Deposit\",\"dueDate\":\"2026-03-09\",\"amount\":1234}]");
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void everySampleComesBackEqualThroughThePorts(Vendor vendor) {
        JpaPortalStores stores = JpaTestStores.fresh(vendor);
        WorkspaceId workspaceId = stores.transactions().inTransaction(() ->
                stores.workspaces().save(Samples.workspace("Acme Design"))).id();
        ClientId clientId = stores.transactions().inTransaction(() ->
                stores.clients().save(Samples.client(workspaceId, "Globex", USD))).id();
        World world = new World(workspaceId, clientId);

        List<Invoice> invoices = world.invoices.stream()
                .map(invoice -> stores.transactions().inTransaction(() -> stores.invoices().save(invoice))).toList();
        List<CreditNote> notes = world.creditNotes.stream()
                .map(note -> stores.transactions().inTransaction(() -> stores.creditNotes().save(note))).toList();
        List<Payment> payments = world.payments.stream()
                .map(payment -> stores.transactions().inTransaction(() -> stores.payments().save(payment))).toList();

        stores.transactions().inTransaction(() -> {
            for (Invoice invoice : invoices) {
                assertThat(stores.invoices().find(workspaceId, invoice.id())).contains(invoice);
            }
            assertThat(stores.invoices().list(workspaceId, InvoiceFilter.ALL, 0, 100))
                    .containsExactlyInAnyOrderElementsOf(invoices);
            for (CreditNote note : notes) {
                assertThat(stores.creditNotes().find(workspaceId, note.id())).contains(note);
            }
            for (Payment payment : payments) {
                assertThat(stores.payments().find(workspaceId, payment.id())).contains(payment);
            }
            assertThat(stores.payments().forClient(workspaceId, clientId)).containsExactlyInAnyOrderElementsOf(payments);
            return null;
        });
    }

    /** The samples, for one workspace and client. */
    private static final class World {

        final List<Invoice> invoices = new ArrayList<>();
        final List<CreditNote> creditNotes = new ArrayList<>();
        final List<Payment> payments = new ArrayList<>();

        World(WorkspaceId workspaceId, ClientId clientId) {
            InvoiceContent rich = Samples.richContent(LocalDate.of(2026, 3, 9));
            Invoice richIssued = issued(workspaceId, clientId, rich, "INV-1");
            Invoice deposit = issued(workspaceId, clientId, Samples.bahrainContent(), "INV-2");
            InvoiceContent yen = yenContent(deposit.id());
            Invoice yenIssued = issued(workspaceId, clientId, yen, "INV-3");
            Invoice euro = issued(workspaceId, clientId, euroContent(), "INV-4");

            invoices.add(Invoice.draft(new InvoiceId(UUID.randomUUID()), workspaceId, clientId, yen, Samples.CREATED));
            invoices.add(richIssued);
            invoices.add(deposit.withPayment(Money.of("2.500", BHD)));
            invoices.add(yenIssued.withPayment(yen.schedule().installments().get(0).amount()));
            invoices.add(withCredits(euro, "3.15", "5.00", "1.00"));
            invoices.add(issued(workspaceId, clientId, euroContent(), "INV-5").voidInvoice(CLOSED, ZoneOffset.UTC));
            invoices.add(issued(workspaceId, clientId, rich, "INV-6")
                    .markUncollectible(CLOSED, ZoneId.of("Asia/Tokyo")));
            invoices.add(issued(workspaceId, clientId, yen, "INV-7").withPayment(yenIssued.total()));
            invoices.add(issued(workspaceId, clientId, longContent(), "INV-8"));

            creditNotes.add(Samples.creditNote(richIssued, "CN-1", Samples.CREATED));
            creditNotes.add(onLines(richIssued, "CN-2", List.of(2, 0)));
            creditNotes.add(onLines(yenIssued, "CN-3", List.of(1)));
            creditNotes.add(adjustment(deposit, "CN-4"));

            payments.add(aPayment(workspaceId, clientId, "ch_1").via("stripe", PaymentMethod.CARD).note("Card ending 4242 — thanks!")
                    .allocate(richIssued, "300.00").toCredit("50.00")
                    .refund("re_1", "10.00", richIssued, "20.00", LocalDate.of(2026, 3, 12))
                    .refundFromCredit("re_2", "5.00", LocalDate.of(2026, 3, 13)).build());
            payments.add(aPayment(workspaceId, clientId, "wire-yen").currency(JPY).toCredit("12000")
                    .refundFromCredit("re_3", "700", LocalDate.of(2026, 3, 14)).build());
            payments.add(aPayment(workspaceId, clientId, "wire-bhd").currency(BHD).allocate(deposit, "2.500")
                    .toCredit("0.125").build());
            payments.add(aPayment(workspaceId, clientId, "pi_pending").allocate(euro, "1.00").pending().build());
        }

        private static Invoice issued(WorkspaceId workspaceId, ClientId clientId, InvoiceContent content,
                                      String number) {
            return Invoice.draft(new InvoiceId(UUID.randomUUID()), workspaceId, clientId, content, Samples.CREATED)
                    .issue(number, ISSUED);
        }

        /** Yen: zero decimals, compound taxes rounded per line, a zero percent line discount, a deposit link. */
        private static InvoiceContent yenContent(InvoiceId depositInvoiceId) {
            TaxRate national = TaxRate.of("Consumption tax", "10");
            TaxRate local = TaxRate.compound("Local levy", "0.5");
            List<LineItem> lines = List.of(
                    new LineItem("Translation, 3 pages", new BigDecimal("3"), "page", Money.of("4333", JPY),
                            Discount.percent("0"), List.of(national, local)),
                    new LineItem("Rush fee", new BigDecimal("0.75"), "", Money.of("1999", JPY),
                            Discount.amount(Money.of("99", JPY)), List.of(national)));
            InvoiceContent unscheduled = new InvoiceContent(JPY, lines, Discount.amount(Money.of("150", JPY)),
                    "", "", PaymentTerms.net(30), LateFeePolicy.flat(Money.of("500", JPY), 14, 3),
                    PaymentSchedule.NONE, TaxRounding.PER_LINE, false, depositInvoiceId);
            PaymentSchedule schedule = PaymentSchedule.depositThenInstallments(unscheduled.totals().total(),
                    Percentage.of("33.3"), LocalDate.of(2026, 3, 9), 3, LocalDate.of(2026, 4, 9),
                    Period.ofMonths(1));
            return new InvoiceContent(JPY, lines, unscheduled.discount(), unscheduled.notes(), unscheduled.terms(),
                    unscheduled.paymentTerms(), unscheduled.lateFee(), schedule, unscheduled.taxRounding(), false,
                    depositInvoiceId);
        }

        /** Euro: texts that JSON must escape, no discount, two compound taxes per document, a late percentage. */
        private static InvoiceContent euroContent() {
            List<LineItem> lines = List.of(
                    LineItem.of("Réunion \"kick-off\" {json: [1, 2]} \\ back\tslash", "2.125", "h",
                            Money.of("80.00", EUR), TaxRate.of("VAT", "19"), TaxRate.compound("Surcharge", "2.5")),
                    LineItem.of("Emoji 🎨 and 汉字", "1", "", Money.of("0.01", EUR)));
            return new InvoiceContent(EUR, lines, Discount.none(), "Notes\r\nacross lines", "Terms ✓",
                    PaymentTerms.dueOnReceipt(), LateFeePolicy.percent(Percentage.of("0.75"), 7, 0),
                    PaymentSchedule.NONE, TaxRounding.PER_DOCUMENT, false, null);
        }

        /** Forty lines of the longest description: a content column of well over 64 KiB. */
        private static InvoiceContent longContent() {
            List<LineItem> lines = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                lines.add(LineItem.of(("Line " + i + " ").repeat(1000).substring(0, LineItem.MAX_DESCRIPTION_LENGTH),
                        "1", "", Money.of("1.00", USD)));
            }
            return new InvoiceContent(USD, lines, Discount.none(), "", "", PaymentTerms.net(30), null, null,
                    TaxRounding.PER_LINE, false, null);
        }

        private static Invoice withCredits(Invoice invoice, String creditNotesApplied, String creditNotesTotal,
                                           String clientCredit) {
            CurrencyUnit currency = invoice.content().currency();
            InvoiceBalance balance = new InvoiceBalance(Money.of("2.00", currency),
                    Money.of(creditNotesApplied, currency), Money.of(creditNotesTotal, currency),
                    Money.of(clientCredit, currency));
            return new Invoice(invoice.id(), invoice.workspaceId(), invoice.clientId(), InvoiceStatus.PARTIALLY_PAID,
                    invoice.number(), invoice.content(), invoice.totals(), invoice.issueDate(), invoice.dueDate(),
                    balance, invoice.createdAt(), null, null, 0);
        }

        /** A credit note on some of an invoice's lines, priced as a part of the invoice. */
        private static CreditNote onLines(Invoice invoice, String number, List<Integer> positions) {
            InvoiceContent content = invoice.content();
            DocumentTotals totals = DocumentTotals.part(content.currency(), content.lines(), content.discount(),
                    content.taxRounding(), content.taxExempt(), Set.of(), positions);
            return new CreditNote(new CreditNoteId(UUID.randomUUID()), invoice.workspaceId(), invoice.clientId(),
                    invoice.id(), invoice.number(), number, positions.stream().map(content.lines()::get).toList(),
                    positions, content.discount(), totals, "Lines not delivered", ISSUED.plusDays(5), totals.total(),
                    Money.zero(content.currency()), Samples.CREATED.plusSeconds(60), 0);
        }

        /** An adjustment: amounts that are not invoice lines, priced on their own. */
        private static CreditNote adjustment(Invoice invoice, String number) {
            InvoiceContent content = invoice.content();
            List<LineItem> lines = List.of(LineItem.of("Goodwill", "1", "", Money.of("0.125", content.currency())));
            DocumentTotals totals = DocumentTotals.calculate(content.currency(), lines, Discount.none(),
                    content.taxRounding(), content.taxExempt());
            return new CreditNote(new CreditNoteId(UUID.randomUUID()), invoice.workspaceId(), invoice.clientId(),
                    invoice.id(), invoice.number(), number, lines, List.of(), Discount.none(), totals, "",
                    ISSUED.plusDays(6), Money.zero(content.currency()), totals.total(), Samples.CREATED, 0);
        }
    }
}
