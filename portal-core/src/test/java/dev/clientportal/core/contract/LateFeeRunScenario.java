package dev.clientportal.core.contract;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.PortalStores;
import dev.clientportal.core.automation.Automation;
import dev.clientportal.core.automation.LateFee;
import dev.clientportal.core.automation.LateFeeApplied;
import dev.clientportal.core.automation.RunBudget;
import dev.clientportal.core.automation.RunResult;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.clientview.InvoiceDetail;
import dev.clientportal.core.invoice.LateFeeCharge;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.receivables.Statement;
import dev.clientportal.core.receivables.StatementLine;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.invoice.LateFeePolicy;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.Percentage;
import dev.clientportal.core.outbox.RelaySettings;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.testing.Race;
import dev.clientportal.core.testing.RecordingNotificationSender;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Five months of late fees: two portal instances over the same stores call {@link Automation#runDue} at the same
 * moments once a day, with a five-week outage in the middle. Every late-fee period of every invoice is decided once:
 * flat and percent fees (not compounding) after the grace days, each missed period caught up once after the outage,
 * none while an invoice is paused as disputed (those periods are passed over for good), none after an invoice is
 * paid; staff remove a fee with a reason and the amount due falls, a paid fee cannot be removed. A scenario over any
 * {@link PortalStores} whose transactions interleave; an adapter runs it by extending it.
 */
public abstract class LateFeeRunScenario {

    private static final Instant START = Instant.parse("2026-03-02T00:30:00Z");
    private static final int DAYS = 150;
    private static final int OUTAGE_FROM = 60;
    private static final int OUTAGE_DAYS = 35;
    private static final int PAY_DAY = 45;
    private static final int RESUME_DAY = 100;
    private static final RunBudget BUDGET = RunBudget.messages(10_000);

    private final PortalStores stores = newStores();
    private final RecordingNotificationSender sender = RecordingNotificationSender.watching(stores.transactions());
    private final PortalFixture fixture = PortalFixture.over(stores, builder -> builder.notifications(sender)
            .signInPage(URI.create("https://portal.example/sign-in"))
            .relaySettings(RelaySettings.defaults().withOwner("instance-a")));
    private final ClientPortal instanceA = fixture.portal;
    private final ClientPortal instanceB = fixture.anotherInstance(builder -> builder
            .relaySettings(RelaySettings.defaults().withOwner("instance-b")));
    private final AtomicInteger counted = new AtomicInteger();

    /** Fresh, empty stores whose transactions interleave as a database's do; called once per test. */
    protected abstract PortalStores newStores();

    @Test
    void fiveMonthsOfTwoInstances_decideEveryLateFeePeriodOnce_throughAnOutage() {
        fixture.clock.set(START);
        StaffPrincipal owner = fixture.workspace("Acme Late", USD);
        Client client = fixture.client(owner, "Globex");
        LateFeePolicy flat = LateFeePolicy.flat(Money.of("10.00", USD), 30, 5);
        LateFeePolicy percent = LateFeePolicy.percent(Percentage.of("1.5"), 30, 0);
        Invoice flatFees = issue(owner, client, "500.00", flat);
        Invoice percentFees = issue(owner, client, "1000.00", percent);
        Invoice disputed = issue(owner, client, "300.00", flat);
        Invoice paidLater = issue(owner, client, "200.00", flat);
        Invoice noPolicy = issue(owner, client, "100.00", LateFeePolicy.none());
        instanceA.automation().pauseReminders(owner, disputed.id(), "disputed by the client: hours billed");
        LocalDate due = flatFees.requireDueDate();

        Instant last = START;
        for (int day = 0; day < DAYS; day++) {
            Instant now = START.plus(Duration.ofDays(day));
            fixture.clock.set(now);
            if (day == PAY_DAY) {
                Invoice owed = instanceA.invoicing().get(owner, paidLater.id());
                assertThat(owed.balance().lateFees().inForce()).as("one fee before it is paid").hasSize(1);
                instanceA.payments().record(owner, RecordPayment.manual(client.id(), owed.amountDue(),
                        PaymentMethod.BANK_TRANSFER, "wire-late").allocateTo(paidLater.id()));
            }
            if (day == RESUME_DAY) {
                instanceA.automation().resumeReminders(owner, disputed.id());
            }
            if (day < OUTAGE_FROM || day >= OUTAGE_FROM + OUTAGE_DAYS) {
                runBothInstances(now);
                last = now;
            }
        }
        LocalDate end = LocalDate.ofInstant(last, ZoneOffset.UTC);
        int periods = flat.periodsStarted(due, end);
        assertThat(periods).as("the scenario spans several periods").isGreaterThanOrEqualTo(4);

        List<LateFee> flatLedger = instanceA.automation().lateFees(owner, flatFees.id());
        assertThat(flatLedger).extracting(LateFee::period).as("every flat period once")
                .containsExactlyElementsOf(range(periods));
        assertThat(flatLedger).extracting(LateFee::periodStart).as("each dated to its period")
                .containsExactlyElementsOf(range(periods).stream()
                        .map(period -> flat.periodStart(due, period).orElseThrow()).toList());
        assertThat(flatLedger).allSatisfy(fee -> assertThat(fee.amount()).isEqualTo(Money.of("10.00", USD)))
                .allMatch(LateFee::inForce);
        Instant outageEnd = START.plus(Duration.ofDays(OUTAGE_FROM + OUTAGE_DAYS));
        LocalDate outageStart = LocalDate.ofInstant(START.plus(Duration.ofDays(OUTAGE_FROM)), ZoneOffset.UTC);
        List<LateFee> caughtUp = flatLedger.stream().filter(fee -> fee.periodStart().isAfter(outageStart)
                && fee.appliedAt().equals(outageEnd)).toList();
        assertThat(caughtUp).as("the periods missed in the outage are each decided once at its end").hasSize(
                (int) flatLedger.stream().filter(fee -> fee.periodStart().isAfter(outageStart)
                        && !fee.periodStart().isAfter(LocalDate.ofInstant(outageEnd, ZoneOffset.UTC))).count())
                .isNotEmpty();
        Invoice flatNow = instanceA.invoicing().get(owner, flatFees.id());
        assertThat(flatNow.amountDue()).isEqualTo(Money.of("500.00", USD).plus(Money.of("10.00", USD)
                .times(periods)));
        assertThat(flatNow.openAmounts()).as("each fee owed from its own date").hasSize(periods + 1);

        Invoice percentNow = instanceA.invoicing().get(owner, percentFees.id());
        int percentPeriods = percent.periodsStarted(due, end);
        assertThat(instanceA.automation().lateFees(owner, percentFees.id()))
                .as("percent fees on the balance without earlier fees: never compounding")
                .hasSize(percentPeriods)
                .allSatisfy(fee -> assertThat(fee.amount()).isEqualTo(Money.of("15.00", USD)));
        assertThat(percentNow.amountDue()).isEqualTo(Money.of("1000.00", USD)
                .plus(Money.of("15.00", USD).times(percentPeriods)));

        LocalDate resumed = LocalDate.ofInstant(START.plus(Duration.ofDays(RESUME_DAY)), ZoneOffset.UTC);
        List<LateFee> disputedLedger = instanceA.automation().lateFees(owner, disputed.id());
        assertThat(disputedLedger).extracting(LateFee::period).containsExactlyElementsOf(range(periods));
        assertThat(disputedLedger).as("no fee while disputed, none caught up after").allSatisfy(fee -> {
            if (fee.periodStart().isBefore(resumed)) {
                assertThat(fee.inForce()).isFalse();
                assertThat(fee.removalReason()).startsWith("paused: disputed by the client");
            } else {
                assertThat(fee.inForce()).isTrue();
            }
        });
        long disputedInForce = disputedLedger.stream().filter(LateFee::inForce).count();
        assertThat(instanceA.invoicing().get(owner, disputed.id()).amountDue())
                .isEqualTo(Money.of("300.00", USD).plus(Money.of("10.00", USD).times(disputedInForce)));

        Invoice paidNow = instanceA.invoicing().get(owner, paidLater.id());
        assertThat(paidNow.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(instanceA.automation().lateFees(owner, paidLater.id())).as("no fee after it was paid")
                .hasSize(1);
        assertThat(paidNow.nextLateFeeOn()).isNull();
        assertThat(instanceA.automation().lateFees(owner, noPolicy.id())).isEmpty();

        long inForce = flatLedger.size() + percentPeriods + disputedInForce + 1;
        assertThat(counted.get()).as("the runs counted every fee charged once").isEqualTo((int) inForce);
        List<LateFeeApplied> applied = fixture.events.stream().filter(LateFeeApplied.class::isInstance)
                .map(LateFeeApplied.class::cast).toList();
        assertThat(applied.stream().map(LateFeeApplied::eventId).distinct().count())
                .as("one LateFeeApplied per fee").isEqualTo(inForce);
        assertThat(applied.stream().map(event -> event.invoiceId() + ":" + event.period()).distinct().count())
                .as("one LateFeeApplied per invoice and period").isEqualTo(inForce);

        Contact ana = fixture.contact(owner, client, "Ana Ruiz", Role.BILLING);
        InvoiceDetail seen = instanceB.clientViews().invoice(fixture.signedInAs(owner, ana), flatFees.id(),
                fixture.browser());
        assertThat(seen.lateFees()).as("the client sees each fee it owes").hasSize(periods)
                .extracting(LateFeeCharge::dueDate).containsExactlyElementsOf(flatLedger.stream()
                        .map(LateFee::periodStart).toList());
        assertThat(seen.invoice().amountDue()).isEqualTo(flatNow.amountDue());

        receivablesAgreeWithTheAmountsDue(owner, client, end);

        staffRemoveAFeeWithAReason(owner, flatFees, flatNow);
        receivablesAgreeWithTheAmountsDue(owner, client, end);
        aPaidFeeCannotBeRemoved(owner, paidLater);
    }

    /** The client's statement closes on, and its aging sums to, what its invoices owe with their fees. */
    private void receivablesAgreeWithTheAmountsDue(StaffPrincipal owner, Client client, LocalDate end) {
        Money owed = instanceA.invoicing().list(owner, InvoiceFilter.forClient(client.id()), 0, 100).stream()
                .filter(invoice -> invoice.status().isPayable()).map(Invoice::amountDue)
                .reduce(Money.zero(USD), Money::plus);
        Statement statement = instanceA.receivables().statement(owner, client.id(), USD, end.minusDays(200), end);
        assertThat(statement.closingBalance()).as("the statement counts the fees in force").isEqualTo(owed);
        assertThat(statement.lines()).extracting(StatementLine::kind).contains(StatementLine.Kind.LATE_FEE);
        Money aged = instanceA.receivables().aging(owner, end).rows().stream()
                .filter(row -> row.clientId().equals(client.id()))
                .map(row -> row.amounts().total()).reduce(Money.zero(USD), Money::plus);
        assertThat(aged).as("aging counts the fees in force").isEqualTo(owed);
    }

    private void staffRemoveAFeeWithAReason(StaffPrincipal owner, Invoice invoice, Invoice before) {
        LateFee removed = instanceB.automation().removeLateFee(owner, invoice.id(), 2, "goodwill after a call");
        assertThat(removed.inForce()).isFalse();
        assertThat(removed.removedBy()).isEqualTo(owner.actor());
        assertThat(removed.removalReason()).isEqualTo("goodwill after a call");
        Invoice after = instanceA.invoicing().get(owner, invoice.id());
        assertThat(after.amountDue()).isEqualTo(before.amountDue().minus(Money.of("10.00", USD)));
        assertThat(after.balance().lateFees().of(2)).isEmpty();
        LateFee again = instanceA.automation().removeLateFee(owner, invoice.id(), 2, "clicked twice");
        assertThat(again).as("removing twice changes nothing").isEqualTo(removed);
        assertThat(instanceA.invoicing().get(owner, invoice.id()).amountDue()).isEqualTo(after.amountDue());
        assertThatThrownBy(() -> instanceA.automation().removeLateFee(owner, invoice.id(), 99, "none"))
                .isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.LATE_FEE_NOT_FOUND));
        StaffPrincipal stranger = fixture.workspace("Other Shop", USD);
        assertThatThrownBy(() -> instanceA.automation().removeLateFee(stranger, invoice.id(), 1, "not mine"))
                .isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVOICE_NOT_FOUND));
        assertThat(instanceA.automation().lateFees(owner, invoice.id())).filteredOn(fee -> fee.period() == 2)
                .singleElement().isEqualTo(removed);
    }

    private void aPaidFeeCannotBeRemoved(StaffPrincipal owner, Invoice paid) {
        Invoice before = instanceA.invoicing().get(owner, paid.id());
        assertThatThrownBy(() -> instanceA.automation().removeLateFee(owner, paid.id(), 1, "goodwill"))
                .isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.LATE_FEE_SETTLED));
        assertThat(instanceA.invoicing().get(owner, paid.id())).as("nothing half-written").isEqualTo(before);
        assertThat(instanceA.automation().lateFees(owner, paid.id())).singleElement().matches(LateFee::inForce);
    }

    private Invoice issue(StaffPrincipal owner, Client client, String amount, LateFeePolicy policy) {
        return fixture.issue(owner, DraftInvoice.forClient(client.id())
                .line("Consulting", "1", "day", Money.of(amount, USD)).lateFee(policy));
    }

    private void runBothInstances(Instant now) {
        @SuppressWarnings("unchecked")
        List<Race.Outcome<RunResult>> outcomes = Race.run(
                () -> instanceA.automation().runDue(now, BUDGET),
                () -> instanceB.automation().runDue(now, BUDGET));
        assertThat(outcomes).as("both runs at " + now + " end normally").allMatch(Race.Outcome::succeeded);
        outcomes.forEach(outcome -> counted.addAndGet(outcome.value().lateFeesApplied()));
        assertThat(outcomes).as("no late fee failed at " + now)
                .allSatisfy(outcome -> assertThat(outcome.value().failedWillRetry()).isZero());
    }

    private static List<Integer> range(int periods) {
        return java.util.stream.IntStream.rangeClosed(1, periods).boxed().toList();
    }
}
