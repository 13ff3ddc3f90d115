package dev.clientportal.core.contract;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.PortalStores;
import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.automation.Automation;
import dev.clientportal.core.automation.Cadence;
import dev.clientportal.core.automation.LateFee;
import dev.clientportal.core.automation.NewRecurringInvoice;
import dev.clientportal.core.automation.RunBudget;
import dev.clientportal.core.automation.RunResult;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.DatedIssuing;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.invoice.Invoicing;
import dev.clientportal.core.invoice.InvoicingWiring;
import dev.clientportal.core.invoice.IssueCreditNote;
import dev.clientportal.core.invoice.LateFeeCharge;
import dev.clientportal.core.invoice.LateFeePolicy;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.payment.RefundPayment;
import dev.clientportal.core.quote.Deposit;
import dev.clientportal.core.quote.DraftQuote;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.core.quote.QuoteStatus;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.testing.Race;
import dev.clientportal.core.testing.StoresWith;
import dev.clientportal.core.workspace.PeriodLock;
import dev.clientportal.core.workspace.PeriodLocks;
import dev.clientportal.core.workspace.Periods;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Closing a period ({@code ClientPortal.periods()}): once staff lock a date, nothing dated on or before it is issued,
 * voided, credited, paid or refunded ({@link ErrorCode#PERIOD_LOCKED}, naming the lock date and the document's
 * date), nothing of a refused call is written, what is dated after the lock goes on as before, the lock and its
 * reopening are in the audit trail, and two instances changing the lock or issuing while it changes never lose or
 * slip past a lock. A scenario over any {@link PortalStores}; an adapter runs it by extending it and implementing
 * {@link #newStores()}.
 */
public abstract class PeriodCloseScenario {

    private static final LocalDate MARCH_15 = LocalDate.of(2026, 3, 15);
    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);
    private static final LocalDate APRIL_2 = LocalDate.of(2026, 4, 2);
    private static final LateFeePolicy FLAT_FEE = LateFeePolicy.flat(Money.of("10.00", USD), 30, 5);

    private final PortalFixture fixture = PortalFixture.over(newStores());
    private final Invoicing invoicing = fixture.portal.invoicing();
    private final Periods periods = fixture.portal.periods();
    private final StaffPrincipal owner = fixture.workspace("Acme Design", USD);
    private final Client globex = fixture.client(owner, "Globex");
    private final ExecutorService callers = Executors.newCachedThreadPool();

    /**
     * Fresh, empty stores; called once per test, while the scenario is constructed (so it must not depend on the
     * subclass's own fields).
     */
    protected abstract PortalStores newStores();

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void issuingOnALockedDay_isRefusedNamingTheLockDate_andConsumesNoNumber() {
        fixture.moveTo(MARCH_31);
        Invoice draft = invoicing.createDraft(owner, draftFor(globex, "100.00"));
        periods.lock(owner, MARCH_31);
        int events = fixture.events.size();

        assertRejected(() -> invoicing.issue(owner, draft.id()), ErrorCode.PERIOD_LOCKED)
                .hasMessageContaining("2026-03-31").hasMessageContaining("issueDate = 2026-03-31")
                .satisfies(thrown -> assertThat(((PortalException) thrown).kind())
                        .isEqualTo(ErrorCode.Kind.ILLEGAL_STATE));

        assertThat(invoicing.get(owner, draft.id()).status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(fixture.events).hasSize(events);
        fixture.moveTo(LocalDate.of(2026, 4, 1));
        assertThat(invoicing.issue(owner, draft.id()).number()).isEqualTo("INV-2026-00001");
    }

    @Test
    void aBatchOnALockedDay_issuesNone_andConsumesNoNumbers() {
        fixture.moveTo(MARCH_31);
        List<Invoice> drafts = List.of(invoicing.createDraft(owner, draftFor(globex, "10.00")),
                invoicing.createDraft(owner, draftFor(globex, "20.00")));
        periods.lock(owner, MARCH_31);
        int events = fixture.events.size();

        assertRejected(() -> invoicing.issueAll(owner, drafts.stream().map(Invoice::id).toList()),
                ErrorCode.PERIOD_LOCKED).hasMessageContaining("2026-03-31").hasMessageContaining("2 invoices");

        assertThat(invoicing.list(owner, InvoiceFilter.ALL, 0, 10)).extracting(Invoice::status)
                .containsOnly(InvoiceStatus.DRAFT);
        assertThat(fixture.events).hasSize(events);
        fixture.moveTo(LocalDate.of(2026, 4, 1));
        assertThat(invoicing.issueAll(owner, drafts.stream().map(Invoice::id).toList())).extracting(Invoice::number)
                .containsExactly("INV-2026-00001", "INV-2026-00002");
    }

    @Test
    void aBackdatedIssue_inTheLockedPeriod_isRefusedAndLeavesNoDraft_whileOneAfterTheLockIsIssued() {
        fixture.moveTo(LocalDate.of(2026, 4, 10));
        periods.lock(owner, MARCH_31);
        DatedIssuing dated = InvoicingWiring.datedIssuing(invoicing);
        int events = fixture.events.size();

        assertRejected(() -> dated.createAndIssueOn(owner, draftFor(globex, "900.00"), MARCH_15),
                ErrorCode.PERIOD_LOCKED).hasMessageContaining("2026-03-15").hasMessageContaining("2026-03-31");

        assertThat(invoicing.list(owner, InvoiceFilter.ALL, 0, 10)).isEmpty();
        assertThat(fixture.events).hasSize(events);
        Invoice april = dated.createAndIssueOn(owner, draftFor(globex, "900.00"), APRIL_2);
        assertThat(april.issueDate()).isEqualTo(APRIL_2);
        assertThat(april.number()).isEqualTo("INV-2026-00001");
    }

    @Test
    void aRecurringPeriodInTheLockedPeriod_staysDueAndIsNotIssued_untilThePeriodIsReopened() {
        fixture.moveTo(LocalDate.of(2026, 3, 10));
        fixture.portal.automation().recurring().create(owner, NewRecurringInvoice.of(globex.id(), Cadence.monthly(),
                MARCH_15).line("Retainer", "1", "month", Money.of("900.00", USD)));
        fixture.moveTo(LocalDate.of(2026, 4, 10));
        periods.lock(owner, MARCH_31);
        Instant now = fixture.clock.instant();
        Automation automation = fixture.anotherInstance(PeriodCloseScenario::quietRuns).automation();

        RunResult refused = automation.runDue(now, RunBudget.messages(500));

        assertThat(refused.issued()).isZero();
        assertThat(refused.failedWillRetry()).isEqualTo(1);
        assertThat(invoicing.list(owner, InvoiceFilter.ALL, 0, 10)).isEmpty();
        periods.reopen(owner, LocalDate.of(2026, 2, 28), "March retainer still to be billed");
        RunResult issued = automation.runDue(now, RunBudget.messages(500));
        assertThat(issued.issued()).isEqualTo(1);
        assertThat(invoicing.list(owner, InvoiceFilter.ALL, 0, 10)).singleElement()
                .satisfies(invoice -> assertThat(invoice.issueDate()).isEqualTo(MARCH_15));
    }

    @Test
    void aLateFeeWhosePeriodStartedInTheClosedPeriod_isChargedOnceOnTheFirstOpenDay_andOtherWorkspacesAsBefore() {
        fixture.moveTo(LocalDate.of(2026, 2, 2));
        StaffPrincipal initech = fixture.workspace("Initech", USD);
        Invoice acme = fixture.issue(owner, draftFor(globex, "500.00").lateFee(FLAT_FEE));
        Invoice other = fixture.issue(initech, draftFor(fixture.client(initech, "Hooli"), "500.00")
                .lateFee(FLAT_FEE));
        LocalDate periodStart = FLAT_FEE.periodStart(acme.requireDueDate(), 1).orElseThrow();
        LocalDate today = periodStart.plusDays(2);
        fixture.moveTo(today);
        periods.lock(owner, today);
        ClientPortal instanceA = fixture.anotherInstance(PeriodCloseScenario::quietRuns);
        ClientPortal instanceB = fixture.anotherInstance(PeriodCloseScenario::quietRuns);

        RunResult whileTodayIsClosed = instanceA.automation().runDue(fixture.clock.instant(), RunBudget.messages(500));

        assertThat(whileTodayIsClosed.lateFeesApplied()).as("only the other workspace's fee").isEqualTo(1);
        assertThat(whileTodayIsClosed.failedWillRetry()).isZero();
        assertThat(invoicing.get(owner, acme.id()).balance().lateFees().lastPeriod()).as("the period waits").isZero();
        assertThat(instanceA.automation().lateFees(owner, acme.id())).isEmpty();
        assertThat(fixture.portal.invoicing().get(initech, other.id()).balance().lateFees().inForce())
                .extracting(LateFeeCharge::dueDate).containsExactly(periodStart);

        fixture.moveTo(today.plusDays(1));
        @SuppressWarnings("unchecked")
        List<Race.Outcome<RunResult>> runs = Race.run(
                () -> instanceA.automation().runDue(fixture.clock.instant(), RunBudget.messages(500)),
                () -> instanceB.automation().runDue(fixture.clock.instant(), RunBudget.messages(500)));
        assertThat(runs).allMatch(Race.Outcome::succeeded);
        assertThat(runs.stream().mapToInt(run -> run.value().lateFeesApplied()).sum()).as("charged once").isEqualTo(1);
        instanceB.automation().runDue(fixture.clock.instant(), RunBudget.messages(500));

        Invoice charged = invoicing.get(owner, acme.id());
        assertThat(charged.balance().lateFees().inForce()).singleElement().satisfies(fee -> {
            assertThat(fee.dueDate()).as("dated on the first open day").isEqualTo(today.plusDays(1));
            assertThat(fee.amount()).isEqualTo(Money.of("10.00", USD));
        });
        assertThat(charged.amountDue()).isEqualTo(Money.of("510.00", USD));
        assertThat(instanceA.automation().lateFees(owner, acme.id())).singleElement()
                .satisfies(fee -> assertThat(fee.periodStart()).isEqualTo(periodStart));
        assertThat(fixture.portal.audit().forSubject(owner, "invoice", acme.id().toString()))
                .filteredOn(entry -> entry.action().equals("invoice.late_fee_applied")).singleElement()
                .satisfies(entry -> assertThat(entry.details().get("datedOn")).startsWith(today.plusDays(1)
                        + " ").contains(today.toString()));
    }

    @Test
    void removingALateFeeDatedInTheClosedPeriod_isRefused_andTheFeeStaysOwed() {
        fixture.moveTo(LocalDate.of(2026, 2, 2));
        Invoice invoice = fixture.issue(owner, draftFor(globex, "500.00").lateFee(FLAT_FEE));
        LocalDate periodStart = FLAT_FEE.periodStart(invoice.requireDueDate(), 1).orElseThrow();
        fixture.moveTo(periodStart.plusDays(1));
        Automation automation = fixture.anotherInstance(PeriodCloseScenario::quietRuns).automation();
        assertThat(automation.runDue(fixture.clock.instant(), RunBudget.messages(500)).lateFeesApplied()).isEqualTo(1);
        periods.lock(owner, periodStart);
        int events = fixture.events.size();

        assertRejected(() -> automation.removeLateFee(owner, invoice.id(), 1, "waived as a courtesy"),
                ErrorCode.PERIOD_LOCKED).hasMessageContaining("late fee of period 1")
                .hasMessageContaining("lateFee.dueDate = " + periodStart);

        assertThat(invoicing.get(owner, invoice.id()).amountDue()).isEqualTo(Money.of("510.00", USD));
        assertThat(automation.lateFees(owner, invoice.id())).singleElement().matches(LateFee::inForce);
        assertThat(fixture.events).hasSize(events);
        periods.reopen(owner, null, "courtesy waiver agreed with the accountant");
        assertThat(automation.removeLateFee(owner, invoice.id(), 1, "waived as a courtesy").inForce()).isFalse();
        assertThat(invoicing.get(owner, invoice.id()).amountDue()).isEqualTo(Money.of("500.00", USD));
    }

    @Test
    void aRemainderWhoseDepositIsDatedInTheLockedPeriod_isRefusedSayingToReopen_andIssuedOnceReopened() {
        fixture.moveTo(MARCH_15);
        Invoice deposit = fixture.issuedInvoice(owner, globex, "300.00");
        fixture.portal.payments().record(owner, RecordPayment.manual(globex.id(), Money.of("300.00", USD),
                PaymentMethod.BANK_TRANSFER, "wire-deposit").allocateTo(deposit.id()));
        fixture.moveTo(APRIL_2);
        periods.lock(owner, MARCH_31);
        Invoice remainder = invoicing.createDraft(owner, draftFor(globex, "1000.00").deductingDeposit(deposit.id()));
        Invoice paidDeposit = invoicing.get(owner, deposit.id());
        int events = fixture.events.size();

        assertRejected(() -> invoicing.issue(owner, remainder.id()), ErrorCode.PERIOD_LOCKED)
                .hasMessageContaining("depositInvoice.issueDate = 2026-03-15")
                .hasMessageContaining("credits deposit " + deposit.number())
                .hasMessageContaining("reopen the period through 2026-03-14");

        assertThat(invoicing.get(owner, remainder.id()).status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(invoicing.get(owner, deposit.id())).as("the deposit invoice as it was").isEqualTo(paidDeposit)
                .satisfies(unchanged -> assertThat(unchanged.balance().creditNotesTotal().isZero()).isTrue());
        assertThat(fixture.events).hasSize(events);
        periods.reopen(owner, LocalDate.of(2026, 3, 14), "deposit of the March project applied to its remainder");
        Invoice issued = invoicing.issue(owner, remainder.id());
        assertThat(issued.number()).as("the refusal took no number").isEqualTo("INV-2026-00002");
        assertThat(issued.amountDue()).isEqualTo(Money.of("700.00", USD));
        assertThat(invoicing.get(owner, deposit.id()).balance().creditNotesTotal()).isEqualTo(Money.of("300.00", USD));
    }

    @Test
    void acceptingAQuoteWhileTodayIsLocked_isRefusedBeforeAnythingIsWritten_andAcceptedOnceReopened() {
        fixture.moveTo(MARCH_31);
        ContactPrincipal cara = fixture.signedInAs(owner, fixture.contact(owner, globex, "Cara Diaz", Role.APPROVER));
        Quote quote = fixture.portal.quotes().createDraft(owner, DraftQuote.forClient(globex.id())
                .line("Website", "1", "", Money.of("1500.00", USD)).deposit(Deposit.percent("30")));
        Quote sent = fixture.portal.quotes().send(owner, quote.id());
        periods.lock(owner, MARCH_31);
        int events = fixture.events.size();
        int audited = fixture.portal.audit().forSubject(owner, "quote", quote.id().toString()).size();

        assertRejected(() -> fixture.portal.quotes().accept(cara, quote.id(), "Cara Diaz", fixture.browser()),
                ErrorCode.PERIOD_LOCKED).hasMessageContaining("issueDate = 2026-03-31")
                .hasMessageContaining("quote " + sent.number())
                .hasMessageContaining("reopen the period before the quote can be accepted");

        assertThat(fixture.portal.quotes().get(owner, quote.id()).status()).isEqualTo(QuoteStatus.SENT);
        assertThat(invoicing.list(owner, InvoiceFilter.ALL, 0, 10)).isEmpty();
        assertThat(fixture.portal.audit().forSubject(owner, "quote", quote.id().toString())).hasSize(audited);
        assertThat(fixture.events).hasSize(events);
        periods.reopen(owner, LocalDate.of(2026, 3, 30), "the quote accepted on the last day of March");
        assertThat(fixture.portal.quotes().accept(cara, quote.id(), "Cara Diaz", fixture.browser()).status())
                .isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(invoicing.list(owner, InvoiceFilter.ALL, 0, 10)).extracting(Invoice::status)
                .containsExactlyInAnyOrder(InvoiceStatus.OPEN, InvoiceStatus.DRAFT);
    }

    @Test
    void anInvoiceDatedInTheLockedPeriod_cannotBeVoidedOrCredited_andStaysAsItWas() {
        fixture.moveTo(MARCH_15);
        Invoice march = fixture.issuedInvoice(owner, globex, "300.00");
        fixture.moveTo(APRIL_2);
        Invoice april = fixture.issuedInvoice(owner, globex, "400.00");
        periods.lock(owner, MARCH_31);
        int events = fixture.events.size();

        assertRejected(() -> invoicing.voidInvoice(owner, march.id(), "typo"), ErrorCode.PERIOD_LOCKED)
                .hasMessageContaining(march.number()).hasMessageContaining("2026-03-15")
                .hasMessageContaining("2026-03-31");
        assertRejected(() -> invoicing.issueCreditNote(owner, IssueCreditNote.full(march.id(), "discount")),
                ErrorCode.PERIOD_LOCKED).hasMessageContaining(march.number()).hasMessageContaining("2026-03-15");

        assertThat(invoicing.get(owner, march.id())).isEqualTo(march);
        assertThat(invoicing.creditNotes(owner, march.id())).isEmpty();
        assertThat(fixture.events).hasSize(events);
        CreditNote note = invoicing.issueCreditNote(owner, IssueCreditNote.full(april.id(), "discount"));
        assertThat(note.number()).isEqualTo("CN-2026-00001");
        Invoice other = fixture.issuedInvoice(owner, globex, "50.00");
        assertThat(invoicing.voidInvoice(owner, other.id(), "typo").status()).isEqualTo(InvoiceStatus.VOID);
    }

    @Test
    void aPaymentOrRefundDatedInTheLockedPeriod_isRefused_andOneDatedAfterIsRecorded() {
        fixture.moveTo(MARCH_15);
        Invoice march = fixture.issuedInvoice(owner, globex, "300.00");
        fixture.moveTo(APRIL_2);
        Payment paid = fixture.portal.payments().record(owner, RecordPayment.manual(globex.id(),
                Money.of("100.00", USD), PaymentMethod.BANK_TRANSFER, "wire-1").allocateTo(march.id()));
        periods.lock(owner, MARCH_31);
        int events = fixture.events.size();

        assertRejected(() -> fixture.portal.payments().record(owner, RecordPayment.manual(globex.id(),
                        Money.of("50.00", USD), PaymentMethod.BANK_TRANSFER, "wire-2").allocateTo(march.id())
                .receivedOn(LocalDate.of(2026, 3, 30))), ErrorCode.PERIOD_LOCKED)
                .hasMessageContaining("receivedOn = 2026-03-30").hasMessageContaining("2026-03-31");
        assertRejected(() -> fixture.portal.payments().refund(owner, RefundPayment.of(paid.id(),
                        Money.of("10.00", USD), "refund-1", "goodwill").refundedOn(MARCH_31)), ErrorCode.PERIOD_LOCKED)
                .hasMessageContaining("refundedOn = 2026-03-31");

        assertThat(fixture.portal.payments().findByReference(owner, "wire-2")).isEmpty();
        assertThat(fixture.portal.payments().get(owner, paid.id())).isEqualTo(paid);
        assertThat(invoicing.get(owner, march.id()).amountDue()).isEqualTo(Money.of("200.00", USD));
        assertThat(fixture.events).hasSize(events);
        fixture.portal.payments().record(owner, RecordPayment.manual(globex.id(), Money.of("50.00", USD),
                PaymentMethod.BANK_TRANSFER, "wire-2").allocateTo(march.id()).receivedOn(APRIL_2));
        fixture.portal.payments().refund(owner, RefundPayment.of(paid.id(), Money.of("10.00", USD), "refund-1",
                "goodwill"));
        assertThat(invoicing.get(owner, march.id()).amountDue()).isEqualTo(Money.of("160.00", USD));
    }

    @Test
    void writingOff_isDatedToday_soItIsRefusedOnlyWhileTodayIsLocked() {
        fixture.moveTo(MARCH_15);
        Invoice march = fixture.issuedInvoice(owner, globex, "300.00");
        Invoice other = fixture.issuedInvoice(owner, globex, "30.00");
        periods.lock(owner, MARCH_15);

        assertRejected(() -> invoicing.markUncollectible(owner, other.id(), "client gone"), ErrorCode.PERIOD_LOCKED)
                .hasMessageContaining("2026-03-15");
        assertThat(invoicing.get(owner, other.id()).status()).isEqualTo(InvoiceStatus.OPEN);

        fixture.moveTo(APRIL_2);
        assertThat(invoicing.markUncollectible(owner, march.id(), "client gone").status())
                .isEqualTo(InvoiceStatus.UNCOLLECTIBLE);
    }

    @Test
    void lockingAndReopening_areAudited_whoWhenFromWhichDateToWhich_andTheChainVerifies() {
        fixture.moveTo(LocalDate.of(2026, 5, 4));
        assertThat(periods.current(owner).lockDate()).isEmpty();

        PeriodLock march = periods.lock(owner, MARCH_31);
        PeriodLock again = periods.lock(owner, MARCH_31);
        PeriodLock april = periods.lock(owner, LocalDate.of(2026, 4, 30));
        PeriodLock reopened = periods.reopen(owner, MARCH_31, "April's invoices corrected with the accountant");

        assertThat(march.lockDate()).contains(MARCH_31);
        assertThat(again).isEqualTo(march);
        assertThat(april.lockDate()).contains(LocalDate.of(2026, 4, 30));
        assertThat(reopened.lockDate()).contains(MARCH_31);
        assertThat(periods.current(owner)).isEqualTo(reopened);
        List<AuditEntry> entries = lockEntries(owner);
        assertThat(entries).extracting(AuditEntry::action)
                .containsExactly("period.locked", "period.locked", "period.reopened");
        assertThat(entries).allSatisfy(entry -> assertThat(entry.actor()).isEqualTo(owner.actor()));
        assertThat(entries).extracting(entry -> entry.details().get("from") + ">" + entry.details().get("to"))
                .containsExactly("none>2026-03-31", "2026-03-31>2026-04-30", "2026-04-30>2026-03-31");
        assertThat(fixture.personalDataOf(owner, entries.get(2)))
                .containsEntry("reason", "April's invoices corrected with the accountant");
        assertThat(fixture.portal.audit().verify(owner).intact()).isTrue();

        assertThat(periods.reopen(owner, null, "everything open again").lockDate()).isEmpty();
        assertThat(lockEntries(owner)).last().satisfies(entry ->
                assertThat(entry.details()).containsEntry("from", "2026-03-31").containsEntry("to", "none"));
        assertThat(fixture.issuedInvoice(owner, globex, "10.00").issueDate()).isEqualTo(LocalDate.of(2026, 5, 4));
    }

    @Test
    void theLockMovesOnlyForward_andReopeningIsExplicit_closingOnlyDaysThatHavePassed() {
        fixture.moveTo(APRIL_2);
        periods.lock(owner, MARCH_31);
        long version = periods.current(owner).version();

        assertRejected(() -> periods.lock(owner, MARCH_15), ErrorCode.INVALID_VALUE).hasMessageContaining("reopen");
        assertRejected(() -> periods.lock(owner, LocalDate.of(2026, 4, 3)), ErrorCode.INVALID_VALUE)
                .hasMessageContaining("today");
        assertRejected(() -> periods.reopen(owner, LocalDate.of(2026, 4, 1), "later"), ErrorCode.INVALID_VALUE)
                .hasMessageContaining("before the current lock date 2026-03-31");
        assertRejected(() -> periods.reopen(owner, MARCH_15, " "), ErrorCode.REQUIRED);

        assertThat(periods.current(owner).lockDate()).contains(MARCH_31);
        assertThat(periods.current(owner).version()).isEqualTo(version);
        assertThat(lockEntries(owner)).hasSize(1);
        StaffPrincipal initech = fixture.workspace("Initech", USD);
        assertRejected(() -> periods.reopen(initech, null, "nothing locked"), ErrorCode.INVALID_VALUE);
    }

    @Test
    void oneWorkspacesLock_leavesAnotherWorkspaceOpen() {
        fixture.moveTo(MARCH_31);
        StaffPrincipal initech = fixture.workspace("Initech", USD);
        Client hooli = fixture.client(initech, "Hooli");
        periods.lock(owner, MARCH_31);

        assertThat(fixture.issuedInvoice(initech, hooli, "70.00").issueDate()).isEqualTo(MARCH_31);
        assertThat(periods.current(initech).lockDate()).isEmpty();
        assertThat(lockEntries(initech)).isEmpty();
        assertRejected(() -> fixture.issuedInvoice(owner, globex, "70.00"), ErrorCode.PERIOD_LOCKED);
    }

    @Test
    void twoInstancesLockingAtOnce_loseNoUpdate_theLaterDateWinsAndTheTrailChains() {
        fixture.moveTo(LocalDate.of(2026, 6, 1));
        Periods other = fixture.anotherInstance().periods();
        for (int round = 1; round <= 5; round++) {
            LocalDate earlier = LocalDate.of(2026, round, 1);
            LocalDate later = LocalDate.of(2026, round, 20);
            List<Race.Outcome<PeriodLock>> outcomes = Race.run(() -> periods.lock(owner, earlier),
                    () -> other.lock(owner, later));

            for (Race.Outcome<PeriodLock> outcome : outcomes) {
                if (!outcome.succeeded()) {
                    assertThat(outcome.failure()).isInstanceOf(PortalException.class);
                    assertThat(((PortalException) outcome.failure()).errorCode()).isEqualTo(ErrorCode.INVALID_VALUE);
                }
            }
            assertThat(periods.current(owner).lockDate()).contains(later);
        }
        List<AuditEntry> entries = lockEntries(owner);
        String previous = "none";
        for (AuditEntry entry : entries) {
            assertThat(entry.details()).containsEntry("from", previous);
            previous = entry.details().get("to");
        }
        assertThat(previous).isEqualTo("2026-05-20");
        assertThat(fixture.portal.audit().verify(owner).intact()).isTrue();
    }

    @Test
    void aLockWaitsForAnIssueThatReadTheLockBefore_andIssuesAfterTheLockAreRefused() throws Exception {
        fixture.moveTo(MARCH_31);
        Invoice draft = invoicing.createDraft(owner, draftFor(globex, "120.00"));
        Invoice later = invoicing.createDraft(owner, draftFor(globex, "130.00"));
        GatedLocks gated = new GatedLocks(fixture.stores.periodLocks());
        Invoicing otherInstance = fixture.anotherInstance(StoresWith.of(fixture.stores).periodLocks(gated))
                .invoicing();

        Future<Invoice> issuing = callers.submit(() -> otherInstance.issue(owner, draft.id()));
        assertThat(gated.read.await(30, TimeUnit.SECONDS)).as("the issue read the lock").isTrue();
        Future<PeriodLock> locking = callers.submit(() -> periods.lock(owner, MARCH_31));
        assertThatThrownBy(() -> locking.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        gated.release.countDown();

        Invoice issued = issuing.get(30, TimeUnit.SECONDS);
        assertThat(locking.get(30, TimeUnit.SECONDS).lockDate()).contains(MARCH_31);
        assertThat(issued.issueDate()).isEqualTo(MARCH_31);
        List<AuditEntry> trail = fixture.portal.audit().entries(owner, 1, 100);
        assertThat(trail).extracting(AuditEntry::action).containsSubsequence("invoice.issued", "period.locked");
        assertRejected(() -> otherInstance.issue(owner, later.id()), ErrorCode.PERIOD_LOCKED);
    }

    private List<AuditEntry> lockEntries(StaffPrincipal staff) {
        return fixture.portal.audit().forSubject(staff, "workspace", staff.workspaceId().toString()).stream()
                .filter(entry -> entry.action().startsWith("period.")).toList();
    }

    private static void quietRuns(ClientPortal.Builder builder) {
        builder.notifications(notification -> { }).signInPage(URI.create("https://portal.example/sign-in"));
    }

    private static DraftInvoice draftFor(Client client, String amount) {
        return DraftInvoice.forClient(client.id()).line("Consulting", "1", "day", Money.of(amount, client.currency()));
    }

    /** Period locks whose first shared read, once done, holds its transaction until released. */
    private static final class GatedLocks implements PeriodLocks {

        final CountDownLatch read = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private final PeriodLocks delegate;

        GatedLocks(PeriodLocks delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<PeriodLock> readShared(WorkspaceId workspaceId) {
            Optional<PeriodLock> lock = delegate.readShared(workspaceId);
            if (read.getCount() > 0) {
                read.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return lock;
        }

        @Override
        public Optional<PeriodLock> readForChange(WorkspaceId workspaceId) {
            return delegate.readForChange(workspaceId);
        }

        @Override
        public PeriodLock save(PeriodLock lock) {
            return delegate.save(lock);
        }
    }
}
