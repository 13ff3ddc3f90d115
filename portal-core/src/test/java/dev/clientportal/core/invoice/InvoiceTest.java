package dev.clientportal.core.invoice;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.Percentage;
import dev.clientportal.core.pricing.Discount;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.pricing.TaxRounding;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static dev.clientportal.core.invoice.InvoiceStatus.DRAFT;
import static dev.clientportal.core.invoice.InvoiceStatus.OPEN;
import static dev.clientportal.core.invoice.InvoiceStatus.PAID;
import static dev.clientportal.core.invoice.InvoiceStatus.PARTIALLY_PAID;
import static dev.clientportal.core.invoice.InvoiceStatus.UNCOLLECTIBLE;
import static dev.clientportal.core.invoice.InvoiceStatus.VOID;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvoiceTest {

    private static final LocalDate ISSUED_ON = LocalDate.of(2026, 3, 2);
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    // ---- the state machine, through the aggregate's own methods ----

    /** One way the aggregate moves from a state to another. */
    record Move(InvoiceStatus from, InvoiceStatus to, String how, Supplier<Invoice> start,
                Function<Invoice, Invoice> step) {
        @Override
        public String toString() {
            return from + " → " + to + " by " + how;
        }
    }

    static Stream<Move> allowedMoves() {
        return Stream.of(
                new Move(DRAFT, OPEN, "issuing", () -> draft("100.00"), invoice -> invoice.issue("INV-1", ISSUED_ON)),
                new Move(DRAFT, PAID, "issuing a zero total", () -> draft("0.00"),
                        invoice -> invoice.issue("INV-1", ISSUED_ON)),
                new Move(OPEN, PARTIALLY_PAID, "a part payment", InvoiceTest::open, pay("40.00")),
                new Move(OPEN, PAID, "a full payment", InvoiceTest::open, pay("100.00")),
                new Move(OPEN, VOID, "voiding", InvoiceTest::open, invoice -> invoice.voidInvoice(NOW, ZoneOffset.UTC)),
                new Move(OPEN, UNCOLLECTIBLE, "writing off", InvoiceTest::open, invoice -> invoice.markUncollectible(NOW, ZoneOffset.UTC)),
                new Move(PARTIALLY_PAID, OPEN, "refunding the payment", () -> pay("40.00").apply(open()),
                        invoice -> invoice.withPaymentRefunded(usd("40.00"))),
                new Move(PARTIALLY_PAID, PAID, "paying the rest", () -> pay("40.00").apply(open()), pay("60.00")),
                new Move(PARTIALLY_PAID, VOID, "voiding what client credit settled",
                        () -> open().withClientCredit(usd("40.00")), invoice -> invoice.voidInvoice(NOW, ZoneOffset.UTC)),
                new Move(PARTIALLY_PAID, UNCOLLECTIBLE, "writing off", () -> pay("40.00").apply(open()),
                        invoice -> invoice.markUncollectible(NOW, ZoneOffset.UTC)),
                new Move(PAID, OPEN, "refunding everything", () -> pay("100.00").apply(open()),
                        invoice -> invoice.withPaymentRefunded(usd("100.00"))),
                new Move(PAID, PARTIALLY_PAID, "a part refund", () -> pay("100.00").apply(open()),
                        invoice -> invoice.withPaymentRefunded(usd("30.00"))),
                new Move(UNCOLLECTIBLE, PAID, "a late full payment", () -> open().markUncollectible(NOW, ZoneOffset.UTC),
                        pay("100.00")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allowedMoves")
    void everyAllowedTransitionIsReachedByAnIntentionRevealingMethod(Move move) {
        Invoice before = move.start().get();
        assertThat(before.status()).isEqualTo(move.from());
        Invoice after = move.step().apply(before);
        assertThat(after.status()).isEqualTo(move.to());
        assertThat(before.status()).as("the original instance is unchanged").isEqualTo(move.from());
        assertThat(after.amountDue().isNegative()).isFalse();
    }

    @Test
    void theMovesAboveCoverEveryAllowedTransition() {
        Set<List<InvoiceStatus>> covered = new HashSet<>();
        allowedMoves().forEach(move -> covered.add(List.of(move.from(), move.to())));
        Set<List<InvoiceStatus>> allowed = new HashSet<>();
        InvoiceStatusTest.ALLOWED.forEach((from, targets) -> targets.forEach(to -> allowed.add(List.of(from, to))));
        assertThat(covered).isEqualTo(allowed);
    }

    /** An attempt at a transition the lifecycle forbids, and the code that refuses it. */
    record Attempt(InvoiceStatus from, String what, Supplier<Invoice> start, Function<Invoice, Object> attempt,
                   ErrorCode code) {
        @Override
        public String toString() {
            return what + " a " + from + " invoice is refused with " + code;
        }
    }

    static Stream<Attempt> forbiddenMoves() {
        Map<InvoiceStatus, Supplier<Invoice>> in = Map.of(
                DRAFT, () -> draft("100.00"),
                OPEN, InvoiceTest::open,
                PARTIALLY_PAID, () -> pay("40.00").apply(open()),
                PAID, () -> pay("100.00").apply(open()),
                VOID, () -> open().voidInvoice(NOW, ZoneOffset.UTC),
                UNCOLLECTIBLE, () -> open().markUncollectible(NOW, ZoneOffset.UTC));
        Stream.Builder<Attempt> attempts = Stream.builder();
        for (InvoiceStatus from : InvoiceStatus.values()) {
            Supplier<Invoice> start = in.get(from);
            if (from != DRAFT) {
                attempts.add(new Attempt(from, "issuing", start, invoice -> invoice.issue("INV-2", ISSUED_ON),
                        ErrorCode.INVOICE_NOT_EDITABLE));
                attempts.add(new Attempt(from, "editing", start, invoice -> invoice.withDraftContent(
                        invoice.clientId(), content("1.00")), ErrorCode.INVOICE_NOT_EDITABLE));
            }
            if (!allowed(from, VOID)) {
                attempts.add(new Attempt(from, "voiding", start, invoice -> invoice.voidInvoice(NOW, ZoneOffset.UTC),
                        ErrorCode.INVOICE_TRANSITION));
            }
            if (!allowed(from, UNCOLLECTIBLE)) {
                attempts.add(new Attempt(from, "writing off", start, invoice -> invoice.markUncollectible(NOW, ZoneOffset.UTC),
                        ErrorCode.INVOICE_TRANSITION));
            }
            if (!from.isPayable()) {
                attempts.add(new Attempt(from, "paying", start, pay("1.00")::apply, ErrorCode.INVOICE_NOT_PAYABLE));
                attempts.add(new Attempt(from, "applying client credit to", start,
                        invoice -> invoice.withClientCredit(usd("1.00")), ErrorCode.INVOICE_NOT_PAYABLE));
            }
            if (!from.isIssued()) {
                attempts.add(new Attempt(from, "crediting", start, invoice -> invoice.withCreditNote(usd("1.00")),
                        ErrorCode.INVOICE_NOT_CREDITABLE));
            }
        }
        return attempts.build();
    }

    private static boolean allowed(InvoiceStatus from, InvoiceStatus to) {
        return InvoiceStatusTest.ALLOWED.get(from).contains(to);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forbiddenMoves")
    void everyForbiddenTransitionIsRefusedWithATypedError(Attempt attempt) {
        Invoice before = attempt.start().get();
        Invoice copy = before.withVersion(before.version());
        assertRejected(() -> attempt.attempt().apply(before), attempt.code())
                .hasMessageContaining(before.describe());
        assertThat(before).isEqualTo(copy);
    }

    @Test
    void anUncollectibleInvoiceStaysWrittenOffUntilFullyPaid() {
        Invoice writtenOff = open().markUncollectible(NOW, ZoneOffset.UTC);
        Invoice partly = writtenOff.withPayment(usd("30.00"));
        assertThat(partly.status()).isEqualTo(UNCOLLECTIBLE);
        assertThat(partly.closedAt()).isEqualTo(NOW);
        assertThat(partly.withPaymentRefunded(usd("30.00")).status()).isEqualTo(UNCOLLECTIBLE);
        Invoice paid = partly.withPayment(usd("70.00"));
        assertThat(paid.status()).isEqualTo(PAID);
        assertThat(paid.closedAt()).isNull();
    }

    // ---- issuing ----

    @Test
    void issuingNumbersAndDatesTheInvoiceByItsPaymentTerms() {
        Invoice issued = open();
        assertThat(issued.number()).isEqualTo("INV-1");
        assertThat(issued.issueDate()).isEqualTo(ISSUED_ON);
        assertThat(issued.dueDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(issued.amountDue()).isEqualTo(usd("100.00"));
    }

    @Test
    void issuingAnEmptyInvoice_isRejected() {
        Invoice empty = Invoice.draft(invoiceId(), WORKSPACE, CLIENT, content(), NOW);
        assertRejected(() -> empty.issue("INV-1", ISSUED_ON), ErrorCode.INVOICE_EMPTY);
        assertRejected(empty::requireIssuable, ErrorCode.INVOICE_EMPTY);
    }

    @Test
    void aScheduleThatDoesNotSumToTheTotal_isRejectedWhenSetAndWhenIssued() {
        PaymentSchedule short1Cent = PaymentSchedule.of(
                new Installment("Deposit", ISSUED_ON, usd("50.00")),
                new Installment("Rest", ISSUED_ON.plusDays(30), usd("49.99")));
        InvoiceContent mismatched = withSchedule(content("100.00"), short1Cent);
        assertRejected(() -> Invoice.draft(invoiceId(), WORKSPACE, CLIENT, mismatched, NOW),
                ErrorCode.SCHEDULE_TOTAL_MISMATCH).hasMessageContaining("USD 99.99").hasMessageContaining("USD 100.00");
        assertRejected(() -> draft("1.00").withDraftContent(CLIENT, mismatched), ErrorCode.SCHEDULE_TOTAL_MISMATCH);
        // a draft loaded from a store is built from its columns, not by draft(); issuing checks the schedule again
        Invoice loaded = new Invoice(invoiceId(), WORKSPACE, CLIENT, DRAFT, null, mismatched, mismatched.totals(),
                null, null, InvoiceBalance.none(USD), NOW, null, null, 1);
        assertRejected(() -> loaded.issue("INV-1", ISSUED_ON), ErrorCode.SCHEDULE_TOTAL_MISMATCH);
    }

    @Test
    void withAScheduleTheDueDateIsTheLastInstallments() {
        PaymentSchedule schedule = PaymentSchedule.depositThenInstallments(usd("100.00"), Percentage.of(20),
                ISSUED_ON, 2, LocalDate.of(2026, 4, 15), Period.ofMonths(1));
        Invoice issued = Invoice.draft(invoiceId(), WORKSPACE, CLIENT, withSchedule(content("100.00"), schedule), NOW)
                .issue("INV-1", ISSUED_ON);
        assertThat(issued.dueDate()).isEqualTo(LocalDate.of(2026, 5, 15));
    }

    // ---- settling ----

    @Test
    void paymentsCreditsAndRefundsKeepAmountDueEqualToTotalLessCreditsLessPaid() {
        Invoice invoice = open()
                .withPayment(usd("25.00"))
                .withClientCredit(usd("10.00"))
                .withCreditNote(usd("15.00"))
                .withPaymentRefunded(usd("5.00"));
        assertThat(invoice.balance().paid()).isEqualTo(usd("20.00"));
        assertThat(invoice.balance().credits()).isEqualTo(usd("25.00"));
        assertThat(invoice.amountDue()).isEqualTo(usd("55.00"));
        assertThat(invoice.status()).isEqualTo(PARTIALLY_PAID);

        assertRejected(() -> invoice.withPayment(usd("55.01")), ErrorCode.ALLOCATION_EXCEEDS_DUE)
                .hasMessageContaining("USD 55.00");
        assertRejected(() -> invoice.withClientCredit(usd("55.01")), ErrorCode.ALLOCATION_EXCEEDS_DUE);
        assertRejected(() -> invoice.withPaymentRefunded(usd("20.01")), ErrorCode.REFUND_EXCEEDS_PAYMENT);
        assertRejected(() -> invoice.withPayment(usd("0.00")), ErrorCode.NEGATIVE_AMOUNT);
        assertRejected(() -> invoice.withPayment(Money.of("1", CurrencyUnit.EUR)), ErrorCode.CURRENCY_MISMATCH);
    }

    @Test
    void aCreditNoteBeyondWhatIsDue_leavesTheExcessOutOfTheInvoice() {
        Invoice credited = pay("70.00").apply(open()).withCreditNote(usd("50.00"));
        assertThat(credited.balance().creditNotesApplied()).isEqualTo(usd("30.00"));
        assertThat(credited.balance().creditNotesTotal()).isEqualTo(usd("50.00"));
        assertThat(credited.status()).isEqualTo(PAID);
        assertRejected(() -> credited.withCreditNote(usd("50.01")), ErrorCode.CREDIT_EXCEEDS_INVOICE)
                .hasMessageContaining("USD 50.00");
    }

    @Test
    void voidingWithNetPayments_isRejectedUntilTheyAreRefunded() {
        Invoice partlyPaid = pay("40.00").apply(open());
        assertRejected(() -> partlyPaid.voidInvoice(NOW, ZoneOffset.UTC), ErrorCode.INVOICE_HAS_PAYMENTS)
                .hasMessageContaining("USD 40.00");
        Invoice voided = partlyPaid.withPaymentRefunded(usd("40.00")).voidInvoice(NOW, ZoneOffset.UTC);
        assertThat(voided.status()).isEqualTo(VOID);
        assertThat(voided.closedAt()).isEqualTo(NOW);
        assertThat(voided.number()).isEqualTo("INV-1");
    }

    @Test
    void voidingReleasesTheClientCreditThatWasApplied() {
        Invoice voided = open().withClientCredit(usd("40.00")).voidInvoice(NOW, ZoneOffset.UTC);
        assertThat(voided.balance().clientCreditApplied()).isEqualTo(usd("0.00"));
    }

    // ---- overdue and open amounts ----

    @Test
    void overdueIsDerivedFromTheDueDateAndToday() {
        Invoice issued = open();
        assertThat(issued.isOverdue(LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(issued.isOverdue(LocalDate.of(2026, 4, 2))).isTrue();
        assertThat(pay("40.00").apply(issued).isOverdue(LocalDate.of(2026, 4, 2))).isTrue();
        assertThat(pay("100.00").apply(issued).isOverdue(LocalDate.of(2026, 4, 2))).isFalse();
        assertThat(issued.markUncollectible(NOW, ZoneOffset.UTC).isOverdue(LocalDate.of(2026, 4, 2))).isFalse();
        assertThat(issued.voidInvoice(NOW, ZoneOffset.UTC).isOverdue(LocalDate.of(2026, 4, 2))).isFalse();
        assertThat(draft("100.00").isOverdue(LocalDate.of(2030, 1, 1))).isFalse();
    }

    @Test
    void openAmountsFollowTheScheduleAndSettlementsPayTheEarliestInstallmentsFirst() {
        LocalDate deposit = LocalDate.of(2026, 3, 9);
        LocalDate second = LocalDate.of(2026, 4, 9);
        LocalDate third = LocalDate.of(2026, 5, 9);
        PaymentSchedule schedule = PaymentSchedule.of(new Installment("Deposit", deposit, usd("30.00")),
                new Installment("2 of 3", second, usd("35.00")), new Installment("3 of 3", third, usd("35.00")));
        Invoice issued = Invoice.draft(invoiceId(), WORKSPACE, CLIENT, withSchedule(content("100.00"), schedule), NOW)
                .issue("INV-1", ISSUED_ON);

        assertThat(issued.openAmounts()).containsExactly(new DueAmount(deposit, usd("30.00")),
                new DueAmount(second, usd("35.00")), new DueAmount(third, usd("35.00")));
        assertThat(issued.isOverdue(deposit.plusDays(1))).as("the deposit is late").isTrue();

        Invoice partly = issued.withPayment(usd("40.00"));
        assertThat(partly.openAmounts()).containsExactly(new DueAmount(second, usd("25.00")),
                new DueAmount(third, usd("35.00")));
        assertThat(partly.isOverdue(deposit.plusDays(1))).isFalse();
        assertThat(partly.isOverdue(second.plusDays(1))).isTrue();

        assertThat(partly.withCreditNote(usd("60.00")).openAmounts()).isEmpty();
        assertThat(draft("100.00").openAmounts()).isEmpty();
    }

    @Test
    void theNextDueDate_isTheEarliestOpenInstallments_orTheDueDateOnceNothingIsOpen() {
        LocalDate deposit = LocalDate.of(2026, 3, 9);
        LocalDate balance = LocalDate.of(2026, 4, 9);
        PaymentSchedule schedule = PaymentSchedule.of(new Installment("Deposit", deposit, usd("30.00")),
                new Installment("Balance", balance, usd("70.00")));
        Invoice issued = Invoice.draft(invoiceId(), WORKSPACE, CLIENT, withSchedule(content("100.00"), schedule), NOW)
                .issue("INV-1", ISSUED_ON);

        assertThat(issued.nextDueDate()).isEqualTo(deposit);
        assertThat(issued.withPayment(usd("30.00")).nextDueDate()).isEqualTo(balance);
        assertThat(issued.withPayment(usd("30.00")).withPaymentRefunded(usd("0.01")).nextDueDate())
                .as("a refund reopens the deposit").isEqualTo(deposit);
        assertThat(issued.withPayment(usd("100.00")).nextDueDate()).as("paid").isEqualTo(balance);
        assertThat(issued.withPayment(usd("10.00")).amountDue()).isEqualTo(usd("90.00"));
        assertThat(draft("100.00").nextDueDate()).isNull();
    }

    @Test
    void theClosedOnDay_isTheDayOfClosingInTheWorkspacesZone() {
        Instant lateEvening = Instant.parse("2026-03-02T20:00:00Z");
        ZoneId auckland = ZoneId.of("Pacific/Auckland");

        assertThat(open().voidInvoice(lateEvening, auckland).closedOn()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(open().voidInvoice(lateEvening, ZoneOffset.UTC).closedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        Invoice writtenOff = open().markUncollectible(lateEvening, auckland);
        assertThat(writtenOff.closedOn()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(writtenOff.withPayment(usd("10.00")).closedOn()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(writtenOff.withPayment(usd("100.00")).closedOn()).as("paid in full, no longer written off").isNull();
        assertThat(open().closedOn()).isNull();
    }

    @Test
    void storedFiguresThatDisagreeWithTheBalance_areRefused() {
        Invoice partly = open().withPayment(usd("40.00"));

        assertThatThrownBy(() -> new Invoice(partly.id(), partly.workspaceId(), partly.clientId(), partly.status(),
                partly.number(), partly.content(), partly.totals(), partly.issueDate(), partly.dueDate(),
                partly.balance(), partly.createdAt(), null, null, 1, usd("100.00"), partly.nextDueDate(),
                partly.openAmounts())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("disagree");
        assertThatThrownBy(() -> new Invoice(partly.id(), partly.workspaceId(), partly.clientId(), partly.status(),
                partly.number(), partly.content(), partly.totals(), partly.issueDate(), partly.dueDate(),
                partly.balance(), partly.createdAt(), null, null, 1, partly.amountDue(), partly.dueDate().plusDays(1),
                partly.openAmounts())).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Invoice(partly.id(), partly.workspaceId(), partly.clientId(), partly.status(),
                partly.number(), partly.content(), partly.totals(), partly.issueDate(), partly.dueDate(),
                partly.balance(), partly.createdAt(), null, null, partly.version(), partly.amountDue(),
                partly.nextDueDate(), partly.openAmounts())).isEqualTo(partly);
        assertThatThrownBy(() -> new Invoice(partly.id(), partly.workspaceId(), partly.clientId(), partly.status(),
                partly.number(), partly.content(), partly.totals(), partly.issueDate(), partly.dueDate(),
                partly.balance(), partly.createdAt(), NOW, null, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("closedOn");
    }

    @Test
    void withoutAScheduleTheWholeAmountDueIsOpenOnTheDueDate() {
        assertThat(pay("40.00").apply(open()).openAmounts())
                .containsExactly(new DueAmount(LocalDate.of(2026, 4, 1), usd("60.00")));
    }

    // ---- fixtures ----

    private static final WorkspaceId WORKSPACE = new WorkspaceId(UUID.fromString("00000000-0000-7000-8000-000000000001"));
    private static final ClientId CLIENT = new ClientId(UUID.fromString("00000000-0000-7000-8000-000000000002"));

    private static Invoice draft(String amount) {
        return Invoice.draft(invoiceId(), WORKSPACE, CLIENT, content(amount), NOW);
    }

    private static Invoice open() {
        return draft("100.00").issue("INV-1", ISSUED_ON);
    }

    private static Function<Invoice, Invoice> pay(String amount) {
        return invoice -> invoice.withPayment(usd(amount));
    }

    private static InvoiceContent content(String... amounts) {
        List<LineItem> lines = Stream.of(amounts).map(amount -> LineItem.of("Work", "1", "", usd(amount))).toList();
        return new InvoiceContent(USD, lines, Discount.none(), "", "", PaymentTerms.net(30), LateFeePolicy.none(),
                PaymentSchedule.NONE, TaxRounding.PER_LINE, false, null);
    }

    private static InvoiceContent withSchedule(InvoiceContent content, PaymentSchedule schedule) {
        return new InvoiceContent(content.currency(), content.lines(), content.discount(), content.notes(),
                content.terms(), content.paymentTerms(), content.lateFee(), schedule, content.taxRounding(),
                content.taxExempt(), content.depositInvoiceId());
    }

    private static InvoiceId invoiceId() {
        return new InvoiceId(UUID.randomUUID());
    }

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }
}
