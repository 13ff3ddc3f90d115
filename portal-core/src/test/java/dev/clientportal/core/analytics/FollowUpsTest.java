package dev.clientportal.core.analytics;

import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalFixture.ref;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Follow-up suggestions on a fixed clock: each kind with its reason and facts, the ranking, and what is never
 * suggested. Workspace Acme (USD, net 30, UTC); invoices issued on 03-02 are due on 04-01.
 */
class FollowUpsTest {

    private final PortalFixture fixture = PortalFixture.inMemory();
    private final Analytics analytics = fixture.portal.analytics();
    private final StaffPrincipal acme = fixture.workspace("Acme", USD);
    private final Client globex = fixture.client(acme, "Globex");
    private final ContactPrincipal ana = fixture.signIn(acme, fixture.contact(acme, globex, "Ana Ruiz",
            Role.BILLING)).principal();
    private int payments;

    @Test
    void viewedUnpaidAndOverdue_saysHowOftenAndWhenItWasViewed_andHowLate() {
        Invoice invoice = issue("100.00");
        on(3, 5);
        view(invoice);
        on(4, 13);

        assertThat(analytics.followUps(acme)).singleElement().satisfies(followUp -> {
            assertThat(followUp.kind()).isEqualTo(FollowUpKind.VIEWED_UNPAID_OVERDUE);
            assertThat(followUp.document()).isEqualTo(ref(invoice));
            assertThat(followUp.clientId()).isEqualTo(globex.id());
            assertThat(followUp.clientName()).isEqualTo("Globex");
            assertThat(followUp.title()).isEqualTo(invoice.number());
            assertThat(followUp.reason()).isEqualTo("Viewed once, last on 2026-03-05; unpaid and 12 days overdue");
            assertThat(followUp.facts()).containsOnly(entry("number", invoice.number()),
                    entry("amountDue", "USD 100.00"), entry("dueDate", "2026-04-01"), entry("daysOverdue", "12"),
                    entry("humanViews", "1"), entry("lastViewedAt", "2026-03-05T09:00:00Z"));
            assertThat(followUp.urgency()).isEqualTo(3012);
        });
    }

    @Test
    void viewedSeveralTimes_andOneDayOverdue_readsSo() {
        Invoice invoice = issue("100.00");
        on(3, 5);
        view(invoice);
        on(3, 20);
        view(invoice);
        on(4, 2);

        assertThat(analytics.followUps(acme)).singleElement().extracting(FollowUp::reason)
                .isEqualTo("Viewed 2 times, last on 2026-03-20; unpaid and 1 day overdue");
    }

    @Test
    void aViewedInvoiceNotYetDue_isNoViewedOverdueSuggestion() {
        Invoice invoice = issue("100.00");
        on(3, 5);
        view(invoice);
        on(4, 1);

        assertThat(analytics.followUps(acme)).isEmpty();
    }

    @Test
    void sentNotOpened_countsFromTheRecordedSend() {
        Invoice invoice = issue("100.00");
        on(3, 10);
        analytics.recordSent(acme, ref(invoice));
        on(3, 12);
        assertThat(analytics.followUps(acme)).as("two days after the send").isEmpty();
        on(3, 13);

        assertThat(analytics.followUps(acme)).singleElement().satisfies(followUp -> {
            assertThat(followUp.kind()).isEqualTo(FollowUpKind.SENT_NOT_OPENED);
            assertThat(followUp.reason()).isEqualTo("Sent 3 days ago and never opened");
            assertThat(followUp.facts()).containsOnly(entry("number", invoice.number()),
                    entry("amountDue", "USD 100.00"), entry("dueDate", "2026-04-01"), entry("daysOverdue", "0"),
                    entry("sentOn", "2026-03-10"), entry("daysSinceSent", "3"));
            assertThat(followUp.urgency()).isEqualTo(2003);
        });
    }

    @Test
    void sentNotOpened_countsFromAShareLink() {
        Invoice invoice = issue("100.00");
        on(3, 10);
        fixture.portal.access().shareDocument(acme, ref(invoice), Optional.empty());
        on(3, 13);

        assertThat(analytics.followUps(acme)).singleElement().satisfies(followUp -> {
            assertThat(followUp.kind()).isEqualTo(FollowUpKind.SENT_NOT_OPENED);
            assertThat(followUp.facts()).containsEntry("sentOn", "2026-03-10").containsEntry("daysSinceSent", "3");
        });
    }

    @Test
    void sentNotOpened_fallsBackToTheIssueDate_andSaysHowLateItIs() {
        Invoice invoice = issue("100.00");
        on(3, 5);
        assertThat(analytics.followUps(acme)).singleElement().satisfies(followUp -> {
            assertThat(followUp.reason()).isEqualTo("Sent 3 days ago and never opened");
            assertThat(followUp.facts()).containsEntry("sentOn", "2026-03-02");
        });
        on(4, 3);

        assertThat(analytics.followUps(acme)).singleElement().satisfies(followUp -> {
            assertThat(followUp.document()).isEqualTo(ref(invoice));
            assertThat(followUp.reason()).isEqualTo("Sent 32 days ago and never opened; 2 days overdue");
            assertThat(followUp.urgency()).isEqualTo(2032);
        });
    }

    @Test
    void anInvoiceOpenedOnlyByScanners_isStillNeverOpened() {
        Invoice invoice = issue("100.00");
        on(3, 3);
        analytics.recordView(ana, ref(invoice), ClientRequest.get("40.94.1.1", "Barracuda Sentinel (EE)"));
        on(3, 5);

        assertThat(analytics.followUps(acme)).extracting(FollowUp::kind).containsExactly(FollowUpKind.SENT_NOT_OPENED);
    }

    @Test
    void partiallyPaidStale_saysSinceWhenNothingWasPaid_andWhatIsStillDue() {
        Invoice invoice = issue("1000.00");
        on(3, 3);
        view(invoice);
        on(3, 5);
        pay(invoice, "400.00");
        on(3, 18);
        assertThat(analytics.followUps(acme)).as("13 days after the payment").isEmpty();
        on(3, 19);

        assertThat(analytics.followUps(acme)).singleElement().satisfies(followUp -> {
            assertThat(followUp.kind()).isEqualTo(FollowUpKind.PARTIALLY_PAID_STALE);
            assertThat(followUp.reason()).isEqualTo("Partially paid; no payment for 14 days, USD 600.00 still due");
            assertThat(followUp.facts()).containsOnly(entry("number", invoice.number()),
                    entry("amountDue", "USD 600.00"), entry("dueDate", "2026-04-01"), entry("daysOverdue", "0"),
                    entry("humanViews", "1"), entry("lastViewedAt", "2026-03-03T09:00:00Z"),
                    entry("lastPaymentOn", "2026-03-05"), entry("daysSincePayment", "14"));
            assertThat(followUp.urgency()).isEqualTo(1014);
        });
    }

    /**
     * On 04-13: D (1000, 400 paid) and A (100) were viewed and are 12 days overdue; C (300), B (250) and I (250)
     * were never opened, 42 days after issue; J was viewed and partially paid 19 days ago. Paid E, void F, draft G,
     * written-off H and Initech's invoice are never suggested.
     */
    @Test
    void suggestions_areRankedByKindThenDaysThenAmountThenNumber_oneForEachInvoice() {
        Invoice a = issue("100.00");
        Invoice b = issue("250.00");
        Invoice c = issue("300.00");
        Invoice d = issue("1000.00");
        Invoice e = issue("500.00");
        Invoice f = issue("80.00");
        fixture.portal.invoicing().createDraft(acme, DraftInvoice.forClient(globex.id())
                .line("Retainer", "1", "month", Money.of("999.00", USD)));
        Invoice h = issue("70.00");
        Invoice i = issue("250.00");
        pay(e, "500.00");
        fixture.portal.invoicing().voidInvoice(acme, f.id(), "issued in error");
        fixture.portal.invoicing().markUncollectible(acme, h.id(), "insolvent");
        StaffPrincipal initech = fixture.workspace("Initech", USD);
        fixture.issuedInvoice(initech, fixture.client(initech, "Hooli"), "5000.00");
        on(3, 5);
        view(a);
        view(d);
        on(3, 6);
        pay(d, "400.00");
        on(3, 20);
        Invoice j = issue("900.00");
        on(3, 21);
        view(j);
        on(3, 25);
        pay(j, "100.00");
        on(4, 13);

        List<FollowUp> followUps = analytics.followUps(acme);

        assertThat(followUps).extracting(FollowUp::title).containsExactly(d.number(), a.number(), c.number(),
                b.number(), i.number(), j.number());
        assertThat(followUps).extracting(FollowUp::kind).containsExactly(FollowUpKind.VIEWED_UNPAID_OVERDUE,
                FollowUpKind.VIEWED_UNPAID_OVERDUE, FollowUpKind.SENT_NOT_OPENED, FollowUpKind.SENT_NOT_OPENED,
                FollowUpKind.SENT_NOT_OPENED, FollowUpKind.PARTIALLY_PAID_STALE);
        assertThat(followUps).extracting(FollowUp::urgency).containsExactly(3012, 3012, 2042, 2042, 2042, 1019);
        assertThat(followUps.get(0).facts()).containsEntry("amountDue", "USD 600.00");
    }

    @Test
    void theThresholds_comeFromTheFollowUpPolicy() {
        PortalFixture custom = PortalFixture.inMemory(builder -> builder.analyticsSettings(new AnalyticsSettings(
                Duration.ofMinutes(30), ViewClassificationPolicy.defaults(), new FollowUpPolicy(7, 5, 3))));
        StaffPrincipal owner = custom.workspace("Acme", USD);
        Client client = custom.client(owner, "Globex");
        ContactPrincipal viewer = custom.signIn(owner, custom.contact(owner, client, "Ana Ruiz", Role.BILLING))
                .principal();
        Invoice unopened = custom.issuedInvoice(owner, client, "100.00");
        Invoice partial = custom.issuedInvoice(owner, client, "200.00");
        custom.portal.analytics().recordView(viewer, ref(partial), custom.browser());
        custom.portal.payments().record(owner, RecordPayment.manual(client.id(), Money.of("50.00", USD),
                PaymentMethod.CARD, "card-1").allocateTo(partial.id()));

        custom.moveTo(LocalDate.of(2026, 3, 6));
        assertThat(custom.portal.analytics().followUps(owner)).as("4 days").isEmpty();
        custom.moveTo(LocalDate.of(2026, 3, 7));
        assertThat(custom.portal.analytics().followUps(owner)).as("5 days").extracting(FollowUp::kind)
                .containsExactly(FollowUpKind.PARTIALLY_PAID_STALE);
        custom.moveTo(LocalDate.of(2026, 3, 9));

        assertThat(custom.portal.analytics().followUps(owner)).as("7 days")
                .extracting(FollowUp::kind, followUp -> followUp.document().id())
                .containsExactly(tuple(FollowUpKind.SENT_NOT_OPENED,
                                unopened.id().value()),
                        tuple(FollowUpKind.PARTIALLY_PAID_STALE, partial.id().value()));
    }

    @Test
    void aPaidInvoice_dropsOutOfTheSuggestions() {
        Invoice invoice = issue("100.00");
        on(3, 10);
        assertThat(analytics.followUps(acme)).hasSize(1);

        pay(invoice, "100.00");

        assertThat(analytics.followUps(acme)).isEmpty();
    }

    private Invoice issue(String amount) {
        return fixture.issuedInvoice(acme, globex, amount);
    }

    private void view(Invoice invoice) {
        analytics.recordView(ana, ref(invoice), fixture.browser());
    }

    private void pay(Invoice invoice, String amount) {
        payments++;
        fixture.portal.payments().record(acme, RecordPayment.manual(globex.id(), Money.of(amount, USD),
                PaymentMethod.BANK_TRANSFER, "wire-" + payments).allocateTo(invoice.id()));
    }

    private void on(int month, int day) {
        fixture.moveTo(LocalDate.of(2026, month, day));
    }
}
