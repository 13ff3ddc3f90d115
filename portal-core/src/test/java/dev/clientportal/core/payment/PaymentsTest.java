package dev.clientportal.core.payment;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoicePaid;
import dev.clientportal.core.invoice.InvoiceReopened;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class PaymentsTest {

    private final PortalFixture fixture = PortalFixture.inMemory();
    private final Payments payments = fixture.portal.payments();
    private final StaffPrincipal owner = fixture.workspace("Acme Design", USD);
    private final Client globex = fixture.client(owner, "Globex");

    // ---- recording ----

    @Test
    void everyRecordedPaymentGetsTheNextReceiptNumberOfItsYear_fromASequenceOfItsOwn() {
        Invoice invoice = issued("100.00");
        Payment first = payments.record(owner, received("40.00", "wire-1").allocateTo(invoice.id()));
        Payment second = payments.record(owner, received("60.00", "wire-2").allocateTo(invoice.id()));
        Payment lastYear = payments.record(owner, RecordPayment.manual(globex.id(), usd("10.00"),
                PaymentMethod.CASH, "cash-1").receivedOn(LocalDate.of(2025, 12, 30)));
        Client initech = fixture.client(owner, "Initech");
        StaffPrincipal other = fixture.workspace("Other Studio", USD);
        Payment elsewhere = payments.record(other, RecordPayment.manual(fixture.client(other, "Hooli").id(),
                usd("10.00"), PaymentMethod.CASH, "cash-1"));

        assertThat(List.of(first, second, lastYear, elsewhere)).extracting(Payment::receiptNumber)
                .containsExactly("RCT-2026-00001", "RCT-2026-00002", "RCT-2025-00001", "RCT-2026-00001");
        // receipts do not take invoice numbers, nor invoices receipt numbers
        assertThat(fixture.issuedInvoice(owner, initech, "10.00").number()).isEqualTo("INV-2026-00002");
    }

    @Test
    void aPartialPayment_leavesTheInvoicePartiallyPaid() {
        Invoice invoice = issued("100.00");
        Payment payment = payments.record(owner, received("40.00", "wire-1").allocateTo(invoice.id()));

        assertThat(payment.allocations()).extracting(Allocation::amount).containsExactly(usd("40.00"));
        assertThat(payment.toCredit()).isEqualTo(usd("0.00"));
        assertThat(reload(invoice).status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(reload(invoice).amountDue()).isEqualTo(usd("60.00"));
        assertThat(fixture.eventsOf(PaymentRecorded.class)).extracting(PaymentRecorded::paymentId)
                .containsExactly(payment.id());
        assertThat(fixture.eventsOf(InvoicePaid.class)).isEmpty();
    }

    @Test
    void onePayment_settlesSeveralInvoicesInTheOrderNamed() {
        Invoice a = issued("100.00");
        Invoice b = issued("50.00");
        Invoice c = issued("30.00");
        Payment payment = payments.record(owner, received("160.00", "wire-1")
                .allocateTo(b.id()).allocateTo(a.id()).allocate(c.id(), usd("10.00")));

        assertThat(payment.allocations()).extracting(Allocation::invoiceId).containsExactly(b.id(), a.id(), c.id());
        assertThat(payment.allocations()).extracting(Allocation::amount)
                .containsExactly(usd("50.00"), usd("100.00"), usd("10.00"));
        assertThat(List.of(reload(a), reload(b), reload(c))).extracting(Invoice::status)
                .containsExactly(InvoiceStatus.PAID, InvoiceStatus.PAID, InvoiceStatus.PARTIALLY_PAID);
        assertThat(fixture.eventsOf(InvoicePaid.class)).extracting(InvoicePaid::invoiceId)
                .containsExactlyInAnyOrder(a.id(), b.id());
    }

    @Test
    void payingMoreThanIsDue_leavesClientCredit() {
        Invoice invoice = issued("100.00");
        Payment payment = payments.record(owner, received("150.00", "wire-1").allocateTo(invoice.id()));

        assertThat(payment.toCredit()).isEqualTo(usd("50.00"));
        assertThat(credit()).isEqualTo(usd("50.00"));
        assertThat(reload(invoice).status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(fixture.eventsOf(PaymentRecorded.class)).extracting(PaymentRecorded::toCredit)
                .containsExactly(usd("50.00"));
    }

    @Test
    void automaticAllocation_paysTheInvoiceDueFirst() {
        Invoice dueInSixtyDays = issued("100.00", PaymentTerms.net(60));
        fixture.clock.advance(Duration.ofDays(1));
        Invoice dueOnReceipt = issued("50.00", PaymentTerms.dueOnReceipt());
        Invoice dueInThirtyDays = issued("40.00", PaymentTerms.net(30));

        Payment payment = payments.record(owner, received("120.00", "wire-1").allocateOldestFirst());

        assertThat(payment.allocations()).extracting(Allocation::invoiceId)
                .containsExactly(dueOnReceipt.id(), dueInThirtyDays.id(), dueInSixtyDays.id());
        assertThat(payment.allocations()).extracting(Allocation::amount)
                .containsExactly(usd("50.00"), usd("40.00"), usd("30.00"));
        assertThat(reload(dueInSixtyDays).amountDue()).isEqualTo(usd("70.00"));
    }

    @Test
    void explicitAllocationsComeBeforeAutomaticOnes() {
        Invoice older = issued("100.00");
        Invoice newer = issued("100.00");
        Payment payment = payments.record(owner, received("150.00", "wire-1").allocateTo(newer.id())
                .allocateOldestFirst());
        assertThat(payment.allocations()).extracting(Allocation::invoiceId).containsExactly(newer.id(), older.id());
        assertThat(reload(older).amountDue()).isEqualTo(usd("50.00"));
    }

    @Test
    void aPaymentInAnotherCurrencyThanTheInvoice_isACurrencyMismatch() {
        Invoice invoice = issued("100.00");
        assertRejected(() -> payments.record(owner, RecordPayment.manual(globex.id(), Money.of("100.00",
                CurrencyUnit.EUR), PaymentMethod.CARD, "card-1").allocateTo(invoice.id())),
                ErrorCode.CURRENCY_MISMATCH).hasMessageContaining(invoice.number());
        assertThat(payments.findByReference(owner, "card-1")).isEmpty();
    }

    @Test
    void payingAVoidInvoice_isRejected() {
        Invoice invoice = issued("100.00");
        fixture.portal.invoicing().voidInvoice(owner, invoice.id(), "sent twice");
        assertRejected(() -> payments.record(owner, received("100.00", "wire-1").allocateTo(invoice.id())),
                ErrorCode.INVOICE_NOT_PAYABLE).hasMessageContaining("VOID");
    }

    @Test
    void allocatingMoreThanThePaymentOrThanIsDue_isRejected() {
        Invoice invoice = issued("100.00");
        assertRejected(() -> payments.record(owner, received("50.00", "wire-1").allocate(invoice.id(), usd("60.00"))),
                ErrorCode.ALLOCATION_EXCEEDS_PAYMENT);
        assertRejected(() -> payments.record(owner, received("200.00", "wire-1").allocate(invoice.id(),
                usd("100.01"))), ErrorCode.ALLOCATION_EXCEEDS_DUE);
        assertThat(payments.findByReference(owner, "wire-1")).isEmpty();
    }

    @Test
    void namingAnInvoiceAfterThePaymentIsUsedUp_saysTheAllocationExceedsThePayment() {
        Invoice first = issued("100.00");
        Invoice second = issued("50.00");
        assertRejected(() -> payments.record(owner, received("100.00", "wire-1").allocateTo(first.id())
                .allocateTo(second.id())), ErrorCode.ALLOCATION_EXCEEDS_PAYMENT)
                .hasMessageContaining(second.number());
        assertThat(reload(first).status()).isEqualTo(InvoiceStatus.OPEN);
    }

    @Test
    void automaticAllocation_skipsWrittenOffInvoices() {
        Invoice writtenOff = issued("100.00");
        fixture.portal.invoicing().markUncollectible(owner, writtenOff.id(), "client went quiet");
        fixture.clock.advance(Duration.ofDays(1));
        Invoice current = issued("50.00");

        Payment payment = payments.record(owner, received("80.00", "wire-1").allocateOldestFirst());

        assertThat(payment.allocations()).extracting(Allocation::invoiceId).containsExactly(current.id());
        assertThat(payment.toCredit()).isEqualTo(usd("30.00"));
        assertThat(reload(writtenOff).amountDue()).isEqualTo(usd("100.00"));
    }

    @Test
    void allocatingToAnotherClientsInvoice_isRejected() {
        Client initech = fixture.client(owner, "Initech");
        Invoice theirs = fixture.issuedInvoice(owner, initech, "100.00");
        assertRejected(() -> payments.record(owner, received("100.00", "wire-1").allocateTo(theirs.id())),
                ErrorCode.INVALID_ALLOCATION).hasMessageContaining("Globex");
    }

    // ---- refunds ----

    @Test
    void aRefundComesFromThePaymentsClientCreditFirstThenFromItsLatestAllocation() {
        Invoice a = issued("100.00");
        Invoice b = issued("100.00");
        Payment payment = payments.record(owner, received("300.00", "wire-1").allocateTo(a.id()).allocateTo(b.id()));

        Payment refunded = payments.refund(owner, RefundPayment.of(payment.id(), usd("150.00"), "refund-1", "goodwill"));

        Refund refund = refunded.refunds().get(0);
        assertThat(refund.fromCredit()).isEqualTo(usd("100.00"));
        assertThat(refund.fromInvoices()).containsExactly(new Refund.Part(b.id(), usd("50.00")));
        assertThat(refunded.status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(credit()).isEqualTo(usd("0.00"));
        assertThat(reload(a).status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(reload(b).amountDue()).isEqualTo(usd("50.00"));
        assertThat(fixture.eventsOf(PaymentRefunded.class)).extracting(PaymentRefunded::amount)
                .containsExactly(usd("150.00"));
    }

    @Test
    void aRefundNamingInvoicesTakesExactlyThoseParts() {
        Invoice a = issued("100.00");
        Invoice b = issued("100.00");
        Payment payment = payments.record(owner, received("200.00", "wire-1").allocateTo(a.id()).allocateTo(b.id()));
        payments.refund(owner, RefundPayment.of(payment.id(), usd("30.00"), "refund-1", "")
                .fromInvoice(a.id(), usd("30.00")));
        assertThat(reload(a).amountDue()).isEqualTo(usd("30.00"));
        assertThat(reload(b).status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void creditThePaymentCreatedButTheClientSpentElsewhere_isNotRefundedTwice() {
        Invoice a = issued("100.00");
        Invoice b = issued("80.00");
        Payment payment = payments.record(owner, received("150.00", "wire-1").allocateTo(a.id()));
        payments.applyCredit(owner, new ApplyCredit(b.id(), usd("50.00")));

        Payment refunded = payments.refund(owner, RefundPayment.of(payment.id(), usd("50.00"), "refund-1", ""));

        assertThat(refunded.refunds().get(0).fromCredit()).isEqualTo(usd("0.00"));
        assertThat(reload(a).amountDue()).isEqualTo(usd("50.00"));
        assertThat(credit()).isEqualTo(usd("0.00"));
    }

    @Test
    void aRefundReopeningAPaidInvoice_raisesInvoiceReopened() {
        Invoice invoice = issued("100.00");
        Payment payment = payments.record(owner, received("100.00", "wire-1").allocateTo(invoice.id()));

        payments.refund(owner, RefundPayment.of(payment.id(), usd("30.00"), "refund-1", "damaged"));

        assertThat(reload(invoice).status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(fixture.eventsOf(InvoiceReopened.class)).singleElement()
                .satisfies(reopened -> {
                    assertThat(reopened.invoiceId()).isEqualTo(invoice.id());
                    assertThat(reopened.amountDue()).isEqualTo(usd("30.00"));
                });
    }

    @Test
    void refundingMoreThanIsLeftOfThePayment_isRejected() {
        Invoice invoice = issued("100.00");
        Payment payment = payments.record(owner, received("100.00", "wire-1").allocateTo(invoice.id()));
        payments.refund(owner, RefundPayment.of(payment.id(), usd("60.00"), "refund-1", ""));
        assertRejected(() -> payments.refund(owner, RefundPayment.of(payment.id(), usd("40.01"), "refund-2", "")),
                ErrorCode.REFUND_EXCEEDS_PAYMENT).hasMessageContaining("USD 40.00");
    }

    // ---- client credit ----

    @Test
    void applyingCredit_settlesAnInvoiceFromTheClientsBalance() {
        payments.record(owner, received("50.00", "wire-1"));
        Invoice invoice = issued("80.00");

        Invoice settled = payments.applyCredit(owner, new ApplyCredit(invoice.id(), usd("50.00")));

        assertThat(settled.amountDue()).isEqualTo(usd("30.00"));
        assertThat(settled.balance().clientCreditApplied()).isEqualTo(usd("50.00"));
        assertThat(settled.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(credit()).isEqualTo(usd("0.00"));
        assertThat(fixture.eventsOf(CreditApplied.class)).extracting(CreditApplied::amount)
                .containsExactly(usd("50.00"));
    }

    @Test
    void applyingMoreCreditThanTheClientHasOrThanIsDue_isRejectedAndChangesNothing() {
        payments.record(owner, received("50.00", "wire-1"));
        Invoice invoice = issued("20.00");
        assertRejected(() -> payments.applyCredit(owner, new ApplyCredit(invoice.id(), usd("50.01"))),
                ErrorCode.INSUFFICIENT_CREDIT);
        assertRejected(() -> payments.applyCredit(owner, new ApplyCredit(invoice.id(), usd("20.01"))),
                ErrorCode.ALLOCATION_EXCEEDS_DUE);
        assertThat(credit()).isEqualTo(usd("50.00"));
        assertThat(reload(invoice).amountDue()).isEqualTo(usd("20.00"));
    }

    // ---- helpers ----

    private Invoice issued(String amount) {
        return fixture.issuedInvoice(owner, globex, amount);
    }

    private Invoice issued(String amount, PaymentTerms terms) {
        Invoice draft = fixture.portal.invoicing().createDraft(owner, DraftInvoice.forClient(globex.id())
                .line("Consulting", "1", "day", usd(amount)).paymentTerms(terms));
        return fixture.portal.invoicing().issue(owner, draft.id());
    }

    private RecordPayment received(String amount, String reference) {
        return RecordPayment.manual(globex.id(), usd(amount), PaymentMethod.BANK_TRANSFER, reference);
    }

    private Invoice reload(Invoice invoice) {
        return fixture.portal.invoicing().get(owner, invoice.id());
    }

    private Money credit() {
        return fixture.portal.clients().get(owner, globex.id()).creditBalance(USD);
    }

    private long auditEntries() {
        return fixture.portal.audit().verify(owner).entriesChecked();
    }

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }
}
