package dev.clientportal.core.invoice;

import dev.clientportal.core.testing.InMemoryMode;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.Payments;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.receivables.Statement;
import dev.clientportal.core.testing.FaultInjectingStores;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A remainder invoice that names a deposit invoice: issuing it credits the deposit invoice and applies what the
 * client paid there, so the client owes the remainder's total less the deposit paid — on every path.
 */
class DepositDeductionTest {

    private static final TaxRate VAT = TaxRate.of("VAT", "10");

    private final FaultInjectingStores stores = FaultInjectingStores.over(InMemoryMode.stores());
    private final PortalFixture fixture = PortalFixture.over(stores);
    private final Invoicing invoicing = fixture.portal.invoicing();
    private final Payments payments = fixture.portal.payments();
    private final StaffPrincipal owner = fixture.workspace("Acme Design", USD);
    private final Client globex = fixture.client(owner, "Globex");
    private final Invoice deposit = fixture.issue(owner, DraftInvoice.forClient(globex.id())
            .line("Deposit for quote Q-2026-00001", "1", "", usd("330.00")));
    /** USD 1000 + 10 % VAT = USD 1100.00. */
    private final Invoice remainder = invoicing.createDraft(owner, DraftInvoice.forClient(globex.id())
            .line("Website", "1", "", usd("1000.00"), VAT).deductingDeposit(deposit.id()));

    @Test
    void aDepositPaidBeforeTheRemainderIsIssued_isCreditedAndAppliedSoTheClientOwesTheRest() {
        pay(deposit, "330.00", "wire-1");

        Invoice issued = invoicing.issue(owner, remainder.id());

        CreditNote note = invoicing.creditNotes(owner, deposit.id()).get(0);
        assertThat(note.lines()).extracting(line -> line.description())
                .containsExactly("Deposit applied to " + issued.number());
        assertThat(note.total()).isEqualTo(usd("330.00"));
        assertThat(note.toClientCredit()).isEqualTo(usd("330.00"));
        assertThat(issued.total()).isEqualTo(usd("1100.00"));
        assertThat(issued.balance().clientCreditApplied()).isEqualTo(usd("330.00"));
        assertThat(issued.amountDue()).isEqualTo(usd("770.00"));
        assertThat(issued.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(clientCredit()).isEqualTo(usd("0.00"));
        assertThat(fixture.eventsOf(DepositApplied.class)).singleElement().satisfies(event -> {
            assertThat(event.invoiceId()).isEqualTo(issued.id());
            assertThat(event.depositInvoiceId()).isEqualTo(deposit.id());
            assertThat(event.creditNoteId()).isEqualTo(note.id());
            assertThat(event.applied()).isEqualTo(usd("330.00"));
        });
        assertThat(owed()).isEqualTo(usd("770.00"));
    }

    @Test
    void anUnpaidDeposit_isCreditedAwayAndTheRemainderCarriesItsFullTotal() {
        Invoice issued = invoicing.issue(owner, remainder.id());

        Invoice creditedDeposit = invoicing.get(owner, deposit.id());
        assertThat(creditedDeposit.amountDue()).isEqualTo(usd("0.00"));
        assertThat(creditedDeposit.balance().creditNotesApplied()).isEqualTo(usd("330.00"));
        assertThat(issued.amountDue()).isEqualTo(usd("1100.00"));
        assertThat(issued.status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(clientCredit()).isEqualTo(usd("0.00"));
        assertThat(fixture.eventsOf(DepositApplied.class)).isEmpty();
        assertThat(owed()).as("the unpaid deposit is not owed twice").isEqualTo(usd("1100.00"));
    }

    @Test
    void aPartlyPaidDeposit_deductsExactlyWhatWasPaid() {
        pay(deposit, "120.00", "wire-1");

        Invoice issued = invoicing.issue(owner, remainder.id());

        assertThat(invoicing.get(owner, deposit.id()).amountDue()).isEqualTo(usd("0.00"));
        assertThat(issued.amountDue()).isEqualTo(usd("980.00"));
        assertThat(clientCredit()).isEqualTo(usd("0.00"));
        assertThat(owed()).isEqualTo(usd("980.00"));
    }

    @Test
    void aVoidedDepositInvoice_leavesNothingToDeduct() {
        invoicing.voidInvoice(owner, deposit.id(), "client paid everything at the end");

        Invoice issued = invoicing.issue(owner, remainder.id());

        assertThat(issued.amountDue()).isEqualTo(usd("1100.00"));
        assertThat(invoicing.creditNotes(owner, deposit.id())).isEmpty();
        assertThat(owed()).isEqualTo(usd("1100.00"));
    }

    @Test
    void aDepositLargerThanTheRemainder_settlesItAndLeavesTheRestAsClientCredit() {
        pay(deposit, "330.00", "wire-1");
        Invoice small = invoicing.updateDraft(owner, remainder.id(), DraftInvoice.forClient(globex.id())
                .line("Reduced scope", "1", "", usd("200.00")).deductingDeposit(deposit.id()));

        Invoice issued = invoicing.issue(owner, small.id());

        assertThat(issued.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(clientCredit()).isEqualTo(usd("130.00"));
        assertThat(fixture.eventsOf(InvoicePaid.class)).extracting(InvoicePaid::invoiceId).contains(issued.id());
    }

    @Test
    void aDepositAlreadyCreditedInFull_isNotDeductedAgain() {
        pay(deposit, "330.00", "wire-1");
        invoicing.issueCreditNote(owner, IssueCreditNote.full(deposit.id(), "refunded as credit"));

        Invoice issued = invoicing.issue(owner, remainder.id());

        assertThat(issued.amountDue()).isEqualTo(usd("1100.00"));
        assertThat(invoicing.creditNotes(owner, deposit.id())).hasSize(1);
        assertThat(clientCredit()).as("the earlier credit note's credit stays the client's").isEqualTo(usd("330.00"));
    }

    @Test
    void aFailureWhileDeducting_leavesTheRemainderADraftAndTheDepositUntouched() {
        pay(deposit, "330.00", "wire-1");
        stores.failNextSaveOf(CreditNote.class);

        assertRejected(() -> invoicing.issue(owner, remainder.id()), ErrorCode.CONCURRENT_MODIFICATION);

        assertThat(invoicing.get(owner, remainder.id()).status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(invoicing.creditNotes(owner, deposit.id())).isEmpty();
        assertThat(clientCredit()).isEqualTo(usd("0.00"));
        Invoice issued = invoicing.issue(owner, remainder.id());
        assertThat(issued.number()).as("the failed issue gave its number back").isEqualTo("INV-2026-00002");
        assertThat(invoicing.creditNote(owner, invoicing.creditNotes(owner, deposit.id()).get(0).id()).number())
                .isEqualTo("CN-2026-00001");
    }

    @Test
    void aDepositInvoiceMustBeAnIssuedInvoiceOfTheSameClient() {
        Invoice draftDeposit = invoicing.createDraft(owner, DraftInvoice.forClient(globex.id())
                .line("Deposit", "1", "", usd("10.00")));
        Client initech = fixture.client(owner, "Initech");
        Invoice othersDeposit = fixture.issuedInvoice(owner, initech, "10.00");
        DraftInvoice rest = DraftInvoice.forClient(globex.id()).line("Rest", "1", "", usd("90.00"));

        assertRejected(() -> invoicing.createDraft(owner, rest.deductingDeposit(draftDeposit.id())),
                ErrorCode.INVALID_DEPOSIT_INVOICE).hasMessageContaining("issued invoice of the same client");
        assertRejected(() -> invoicing.createDraft(owner, rest.deductingDeposit(othersDeposit.id())),
                ErrorCode.INVALID_DEPOSIT_INVOICE);
        assertRejected(() -> invoicing.updateDraft(owner, remainder.id(), rest.deductingDeposit(
                new InvoiceId(UUID.randomUUID()))), ErrorCode.INVOICE_NOT_FOUND);
        assertThat(invoicing.get(owner, remainder.id()).content().depositInvoiceId()).isEqualTo(deposit.id());
    }

    private void pay(Invoice invoice, String amount, String reference) {
        payments.record(owner, RecordPayment.manual(globex.id(), usd(amount), PaymentMethod.BANK_TRANSFER, reference)
                .allocateTo(invoice.id()));
    }

    private Money clientCredit() {
        return fixture.portal.clients().get(owner, globex.id()).creditBalance(USD);
    }

    /** What the client's statement says it owes, and the aging agrees. */
    private Money owed() {
        LocalDate today = LocalDate.of(2026, 3, 2);
        Statement statement = fixture.portal.receivables().statement(owner, globex.id(), today.minusDays(1), today);
        Money aged = fixture.portal.receivables().aging(owner, today).totals().get(0).total();
        assertThat(aged).as("aging total").isEqualTo(statement.closingBalance().minus(clientCredit()));
        return statement.closingBalance();
    }

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }
}
