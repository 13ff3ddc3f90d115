package dev.clientportal.core.invoice;

import dev.clientportal.core.testing.InMemoryMode;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.payment.ApplyCredit;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.Payments;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.pricing.Discount;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.testing.FaultInjectingStores;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class InvoicingTest {

    private static final TaxRate VAT = TaxRate.of("VAT", "19");

    private final FaultInjectingStores stores = FaultInjectingStores.over(InMemoryMode.stores());
    private final PortalFixture fixture = PortalFixture.over(stores);
    private final Invoicing invoicing = fixture.portal.invoicing();
    private final Payments payments = fixture.portal.payments();
    private final StaffPrincipal owner = fixture.workspace("Acme Design", USD);
    private final Client globex = fixture.client(owner, "Globex");

    // ---- credit notes ----

    @Test
    void aFullCreditNote_settlesAnOpenInvoiceWithItsOwnLinesAndTaxes() {
        Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00", VAT);

        CreditNote note = invoicing.issueCreditNote(owner, IssueCreditNote.full(invoice.id(), "cancelled"));

        assertThat(note.number()).isEqualTo("CN-2026-00001");
        assertThat(note.invoiceNumber()).isEqualTo(invoice.number());
        assertThat(note.total()).isEqualTo(usd("119.00"));
        assertThat(note.appliedToInvoice()).isEqualTo(usd("119.00"));
        assertThat(note.toClientCredit()).isEqualTo(usd("0.00"));
        assertThat(reload(invoice).status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(fixture.eventsOf(CreditNoteIssued.class)).extracting(CreditNoteIssued::creditNoteId)
                .containsExactly(note.id());
        assertThat(fixture.eventsOf(InvoicePaid.class)).extracting(InvoicePaid::invoiceId).containsExactly(invoice.id());
        assertThat(invoicing.creditNotes(owner, invoice.id())).containsExactly(note);
        assertThat(invoicing.creditNote(owner, note.id())).isEqualTo(note);
    }

    @Test
    void aPartialCreditNote_reducesWhatIsDue() {
        Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00", VAT);

        CreditNote note = invoicing.issueCreditNote(owner, IssueCreditNote.partial(invoice.id(), "one hour less",
                LineItem.of("Consulting", "0.2", "day", usd("100.00"), VAT)));

        assertThat(note.total()).isEqualTo(usd("23.80"));
        Invoice credited = reload(invoice);
        assertThat(credited.amountDue()).isEqualTo(usd("95.20"));
        assertThat(credited.status()).as("credit notes alone do not make it partly paid").isEqualTo(InvoiceStatus.OPEN);
        assertThat(fixture.eventsOf(InvoicePaid.class)).isEmpty();
    }

    @Test
    void creditingOneLineOfADiscountedInvoice_creditsItsShareAfterTheInvoiceDiscount() {
        // 2 × 100.00 at 10 % with 50 % off the invoice: 200.00 − 100.00 + 10.00 = 110.00. One line is 100.00 less
        // its 50.00 share of the discount, plus 10 % of 50.00: 55.00, not the 110.00 it was priced at on its own.
        Invoice invoice = halfOffInvoice();
        LineItem design = invoice.content().lines().get(0);

        CreditNote note = invoicing.issueCreditNote(owner, IssueCreditNote.partial(invoice.id(), "design dropped",
                design));

        assertThat(note.total()).isEqualTo(usd("55.00"));
        assertThat(note.totals().subtotal()).isEqualTo(usd("100.00"));
        assertThat(note.totals().discount()).isEqualTo(usd("50.00"));
        assertThat(note.totals().taxTotal()).isEqualTo(usd("5.00"));
        assertThat(note.invoiceLines()).containsExactly(0);
        assertThat(note.lines()).containsExactly(design);
        Invoice credited = reload(invoice);
        assertThat(credited.amountDue()).isEqualTo(usd("55.00"));
        assertThat(credited.status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(fixture.eventsOf(InvoicePaid.class)).isEmpty();
    }

    @Test
    void creditingEveryLineInParts_settlesExactlyTheInvoiceAndNoLineTwice() {
        Invoice invoice = halfOffInvoice();
        LineItem design = invoice.content().lines().get(0);
        invoicing.issueCreditNote(owner, IssueCreditNote.partial(invoice.id(), "design dropped", design));

        assertRejected(() -> invoicing.issueCreditNote(owner, IssueCreditNote.partial(invoice.id(), "again", design)),
                ErrorCode.CREDIT_EXCEEDS_INVOICE).hasMessageContaining("credited already");
        CreditNote rest = invoicing.issueCreditNote(owner, IssueCreditNote.full(invoice.id(), "build dropped"));

        assertThat(rest.total()).as("the full credit takes the lines not credited yet").isEqualTo(usd("55.00"));
        assertThat(rest.invoiceLines()).containsExactly(1);
        assertThat(reload(invoice).status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(reload(invoice).balance().creditNotesTotal()).isEqualTo(usd("110.00"));
        assertRejected(() -> invoicing.issueCreditNote(owner, IssueCreditNote.full(invoice.id(), "all")),
                ErrorCode.CREDIT_EXCEEDS_INVOICE).hasMessageContaining("every line");
    }

    @Test
    void invoiceLinesAndOtherAmounts_cannotShareACreditNote() {
        Invoice invoice = halfOffInvoice();

        assertRejected(() -> invoicing.issueCreditNote(owner, IssueCreditNote.partial(invoice.id(), "mixed",
                invoice.content().lines().get(0), LineItem.of("Goodwill", "1", "", usd("5.00")))),
                ErrorCode.INVALID_VALUE).hasMessageContaining("separate");
        assertThat(invoicing.creditNotes(owner, invoice.id())).isEmpty();
    }

    @Test
    void aCreditNoteOnAPaidInvoice_becomesClientCredit() {
        Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");
        payments.record(owner, received("100.00", "wire-1").allocateTo(invoice.id()));

        CreditNote note = invoicing.issueCreditNote(owner, IssueCreditNote.partial(invoice.id(), "discount",
                LineItem.of("Goodwill", "1", "", usd("25.00"))));

        assertThat(note.appliedToInvoice()).isEqualTo(usd("0.00"));
        assertThat(note.toClientCredit()).isEqualTo(usd("25.00"));
        assertThat(credit()).isEqualTo(usd("25.00"));
        assertThat(reload(invoice).status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void aCreditNoteLargerThanWhatIsStillDue_splitsIntoAppliedAndClientCredit() {
        Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");
        payments.record(owner, received("70.00", "wire-1").allocateTo(invoice.id()));

        CreditNote note = invoicing.issueCreditNote(owner, IssueCreditNote.full(invoice.id(), "cancelled"));

        assertThat(note.appliedToInvoice()).isEqualTo(usd("30.00"));
        assertThat(note.toClientCredit()).isEqualTo(usd("70.00"));
        assertThat(credit()).isEqualTo(usd("70.00"));
        assertThat(reload(invoice).status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void creditNotesBeyondTheInvoiceTotal_areRejectedWithoutUsingANumber() {
        Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");
        invoicing.issueCreditNote(owner, partialCredit(invoice, "60.00"));

        assertRejected(() -> invoicing.issueCreditNote(owner, partialCredit(invoice, "40.01")),
                ErrorCode.CREDIT_EXCEEDS_INVOICE).hasMessageContaining("USD 40.00");
        assertRejected(() -> invoicing.issueCreditNote(owner, IssueCreditNote.full(invoice.id(), "all")),
                ErrorCode.CREDIT_EXCEEDS_INVOICE);
        assertThat(invoicing.issueCreditNote(owner, partialCredit(invoice, "40.00")).number())
                .isEqualTo("CN-2026-00002");
        assertThat(reload(invoice).status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void draftsAndVoidInvoices_cannotBeCredited() {
        Invoice draft = invoicing.createDraft(owner, DraftInvoice.forClient(globex.id())
                .line("Work", "1", "", usd("10.00")));
        Invoice voided = invoicing.voidInvoice(owner, fixture.issuedInvoice(owner, globex, "10.00").id(), "typo");
        assertRejected(() -> invoicing.issueCreditNote(owner, IssueCreditNote.full(draft.id(), "x")),
                ErrorCode.INVOICE_NOT_CREDITABLE);
        assertRejected(() -> invoicing.issueCreditNote(owner, IssueCreditNote.full(voided.id(), "x")),
                ErrorCode.INVOICE_NOT_CREDITABLE);
    }

    // ---- void and write-off ----

    @Test
    void voiding_givesBackTheClientCreditAppliedToTheInvoice() {
        payments.record(owner, received("50.00", "wire-1"));
        Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");
        payments.applyCredit(owner, new ApplyCredit(invoice.id(), usd("50.00")));
        assertThat(credit()).isEqualTo(usd("0.00"));

        Invoice voided = invoicing.voidInvoice(owner, invoice.id(), "wrong client");

        assertThat(voided.status()).isEqualTo(InvoiceStatus.VOID);
        assertThat(voided.closedAt()).isEqualTo(Instant.parse(PortalFixture.START));
        assertThat(credit()).isEqualTo(usd("50.00"));
        assertThat(fixture.eventsOf(InvoiceVoided.class)).extracting(InvoiceVoided::reason)
                .containsExactly("wrong client");
    }

    @Test
    void voidingAnInvoiceWithNetPayments_isRejected() {
        Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");
        payments.record(owner, received("10.00", "wire-1").allocateTo(invoice.id()));
        assertRejected(() -> invoicing.voidInvoice(owner, invoice.id(), "oops"), ErrorCode.INVOICE_HAS_PAYMENTS);
        assertThat(reload(invoice).status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(fixture.eventsOf(InvoiceVoided.class)).isEmpty();
    }

    @Test
    void anInvoiceWrittenOffCanStillBePaid() {
        Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");

        Invoice writtenOff = invoicing.markUncollectible(owner, invoice.id(), "client vanished");
        assertThat(writtenOff.status()).isEqualTo(InvoiceStatus.UNCOLLECTIBLE);
        assertThat(fixture.eventsOf(InvoiceMarkedUncollectible.class)).extracting(InvoiceMarkedUncollectible::amountDue)
                .containsExactly(usd("100.00"));

        payments.record(owner, received("40.00", "wire-1").allocateTo(invoice.id()));
        assertThat(reload(invoice).status()).isEqualTo(InvoiceStatus.UNCOLLECTIBLE);
        payments.record(owner, received("60.00", "wire-2").allocateTo(invoice.id()));
        assertThat(reload(invoice).status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(fixture.eventsOf(InvoicePaid.class)).extracting(InvoicePaid::invoiceId).containsExactly(invoice.id());
    }

    // ---- drafts and numbering ----

    @Test
    void aScheduleThatDoesNotSumToTheTotal_isRejectedWhenTheDraftIsCreatedAsWhenItIsUpdated() {
        PaymentSchedule short1Cent = PaymentSchedule.of(new Installment("All", LocalDate.of(2026, 4, 1),
                usd("99.99")));
        DraftInvoice command = DraftInvoice.forClient(globex.id()).line("Work", "1", "", usd("100.00"))
                .schedule(short1Cent);

        assertRejected(() -> invoicing.createDraft(owner, command), ErrorCode.SCHEDULE_TOTAL_MISMATCH)
                .hasMessageContaining("USD 99.99");
        Invoice draft = invoicing.createDraft(owner, DraftInvoice.forClient(globex.id()));
        assertRejected(() -> invoicing.updateDraft(owner, draft.id(), command), ErrorCode.SCHEDULE_TOTAL_MISMATCH);
        assertThat(invoicing.list(owner, InvoiceFilter.ALL, 0, 10)).containsExactly(draft);
    }

    @Test
    void issuingAnEmptyDraft_isRejectedWithoutUsingANumber() {
        Invoice empty = invoicing.createDraft(owner, DraftInvoice.forClient(globex.id()));
        assertRejected(() -> invoicing.issue(owner, empty.id()), ErrorCode.INVOICE_EMPTY);
        assertThat(fixture.issuedInvoice(owner, globex, "1.00").number()).isEqualTo("INV-2026-00001");
    }

    @Test
    void anIssueThatFailsAfterTakingANumber_givesTheNumberBack() {
        Invoice draft = invoicing.createDraft(owner, DraftInvoice.forClient(globex.id())
                .line("Work", "1", "", usd("100.00")));
        stores.failNextSaveOf(Invoice.class);

        assertRejected(() -> invoicing.issue(owner, draft.id()), ErrorCode.CONCURRENT_MODIFICATION);
        assertThat(reload(draft).status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(fixture.eventsOf(InvoiceIssued.class)).isEmpty();

        assertThat(invoicing.issue(owner, draft.id()).number()).isEqualTo("INV-2026-00001");
        assertThat(fixture.issuedInvoice(owner, globex, "1.00").number()).isEqualTo("INV-2026-00002");
        assertThat(fixture.portal.audit().verify(owner).intact()).isTrue();
    }

    @Test
    void invoiceNumbersStartAgainEachYear() {
        assertThat(fixture.issuedInvoice(owner, globex, "1.00").number()).isEqualTo("INV-2026-00001");
        assertThat(fixture.issuedInvoice(owner, globex, "1.00").number()).isEqualTo("INV-2026-00002");
        fixture.clock.set(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(fixture.issuedInvoice(owner, globex, "1.00").number()).isEqualTo("INV-2027-00001");
    }

    @Test
    void onlyDraftsCanBeEditedOrDiscarded() {
        Invoice draft = invoicing.createDraft(owner, DraftInvoice.forClient(globex.id())
                .line("Work", "1", "", usd("100.00")));
        Invoice updated = invoicing.updateDraft(owner, draft.id(), DraftInvoice.forClient(globex.id())
                .line("Work", "2", "", usd("100.00")));
        assertThat(updated.total()).isEqualTo(usd("200.00"));
        assertThat(updated.version()).isEqualTo(draft.version() + 1);

        Invoice issued = invoicing.issue(owner, draft.id());
        assertRejected(() -> invoicing.discardDraft(owner, issued.id()), ErrorCode.INVOICE_NOT_EDITABLE);

        Invoice other = invoicing.createDraft(owner, DraftInvoice.forClient(globex.id()));
        invoicing.discardDraft(owner, other.id());
        assertRejected(() -> invoicing.get(owner, other.id()), ErrorCode.INVOICE_NOT_FOUND);
    }

    private Invoice halfOffInvoice() {
        TaxRate vat10 = TaxRate.of("VAT", "10");
        Invoice invoice = fixture.issue(owner, DraftInvoice.forClient(globex.id())
                .line("Design", "1", "", usd("100.00"), vat10)
                .line("Build", "1", "", usd("100.00"), vat10)
                .discount(Discount.percent("50")));
        assertThat(invoice.total()).isEqualTo(usd("110.00"));
        return invoice;
    }

    private IssueCreditNote partialCredit(Invoice invoice, String amount) {
        return IssueCreditNote.partial(invoice.id(), "adjustment", LineItem.of("Adjustment", "1", "", usd(amount)));
    }

    private RecordPayment received(String amount, String reference) {
        return RecordPayment.manual(globex.id(), usd(amount), PaymentMethod.BANK_TRANSFER, reference);
    }

    private Invoice reload(Invoice invoice) {
        return invoicing.get(owner, invoice.id());
    }

    private Money credit() {
        return fixture.portal.clients().get(owner, globex.id()).creditBalance(USD);
    }

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }
}
