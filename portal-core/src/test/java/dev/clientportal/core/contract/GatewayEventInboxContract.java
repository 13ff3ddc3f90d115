package dev.clientportal.core.contract;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.GatewayEvent;
import dev.clientportal.core.payment.GatewayEventEntry;
import dev.clientportal.core.payment.GatewayEventOutcome;
import dev.clientportal.core.payment.GatewayEventOutcome.Status;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static dev.clientportal.core.contract.InvoiceBuilder.anInvoice;
import static dev.clientportal.core.contract.PaymentBuilder.aPayment;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/** The contract of {@link dev.clientportal.core.payment.GatewayEventInbox}. */
public abstract class GatewayEventInboxContract extends StoreContract {

    private static final Instant AT = Instant.parse("2026-03-10T08:30:00.654321Z");
    private static final Instant RECEIVED = Instant.parse("2026-03-10T08:30:02.000001Z");

    private WorkspaceId workspaceId;
    private InvoiceId invoiceId;
    private Payment payment;

    @BeforeEach
    void storeAWorkspaceWithAPayment() {
        workspaceId = storedWorkspace("Acme").id();
        ClientId clientId = storedClient(workspaceId, "Globex", USD).id();
        Invoice invoice = stored(anInvoice(workspaceId, clientId).amount("100.00", USD)
                .issued("INV-2026-00001", LocalDate.of(2026, 3, 2)).build());
        invoiceId = invoice.id();
        payment = inTransaction(() -> stores.payments().save(aPayment(workspaceId, clientId, "pi_1")
                .via("stripe", PaymentMethod.CARD).allocate(invoice, "100.00").build()));
    }

    @Test
    void everyKindOfEvent_comesBackEqual_withItsOutcome() {
        List<GatewayEventEntry> entries = List.of(
                entry(new GatewayEvent.Pending("stripe", "evt_p", workspaceId, invoiceId, usd("100.00"), "pi_1",
                        PaymentMethod.DIRECT_DEBIT, AT), applied()),
                entry(new GatewayEvent.Succeeded("stripe", "evt_s", workspaceId, invoiceId, usd("100.00"), "pi_1",
                        PaymentMethod.CARD, AT), applied()),
                entry(new GatewayEvent.Failed("stripe", "evt_f", workspaceId, null, usd("100.00"), "pi_1",
                        "insufficient_funds", AT), new GatewayEventOutcome(Status.IGNORED, payment.id(), "stale")),
                entry(new GatewayEvent.Refunded("stripe", "evt_r", workspaceId, null, usd("30.00"), "pi_9", "re_1",
                        "", AT), parked()),
                entry(new GatewayEvent.Disputed("stripe", "evt_d", workspaceId, invoiceId, usd("100.00"), "pi_1",
                        "dp_1", "fraudulent — card stolen", AT), applied()));

        for (GatewayEventEntry entry : entries) {
            GatewayEventEntry saved = inTransaction(() -> stores.gatewayEvents().save(entry));
            assertThat(saved).isEqualTo(entry.withVersion(1));
            assertThat(find(workspaceId, "stripe", entry.eventId())).contains(saved);
        }
    }

    @Test
    void anEventIdReceivedTwice_failsWithDuplicateKey_andKeepsTheFirst() {
        GatewayEventEntry first = saved(entry(refunded("evt_1", "pi_9", AT), parked()));

        assertFailsWith(ErrorCode.DUPLICATE_KEY,
                () -> saved(entry(refunded("evt_1", "pi_8", AT), parked())));

        assertThat(find(workspaceId, "stripe", "evt_1")).contains(first);
    }

    @Test
    void theSameEventIdOfAnotherGatewayOrInAnotherWorkspace_isAnotherEntry() {
        WorkspaceId other = storedWorkspace("Initech").id();
        GatewayEventEntry stripe = saved(entry(refunded("evt_1", "pi_9", AT), parked()));
        GatewayEventEntry paypal = saved(entry(new GatewayEvent.Refunded("paypal", "evt_1", workspaceId, null,
                usd("5.00"), "pi_9", "re_2", "", AT), parked()));
        GatewayEventEntry theirs = saved(entry(new GatewayEvent.Refunded("stripe", "evt_1", other, null,
                usd("5.00"), "pi_9", "re_3", "", AT), parked()));

        assertThat(find(workspaceId, "stripe", "evt_1")).contains(stripe);
        assertThat(find(workspaceId, "paypal", "evt_1")).contains(paypal);
        assertThat(find(other, "stripe", "evt_1")).contains(theirs);
        assertThat(find(other, "paypal", "evt_1")).isEmpty();
        assertThat(find(workspaceId, "stripe", "evt_2")).isEmpty();
    }

    @Test
    void aParkedEntryOnceApplied_isUpdatedByVersion_andAStaleUpdateFails() {
        GatewayEventEntry parked = saved(entry(refunded("evt_1", "pi_1", AT), parked()));

        GatewayEventEntry applied = saved(parked.withOutcome(applied()));

        assertThat(applied.version()).isEqualTo(2);
        assertThat(find(workspaceId, "stripe", "evt_1")).contains(applied);
        assertFailsWith(ErrorCode.CONCURRENT_MODIFICATION, () -> saved(parked.withOutcome(applied())));
        assertThat(inTransaction(() -> stores.gatewayEvents().parked(workspaceId, "stripe", "pi_1"))).isEmpty();
    }

    @Test
    void findOrParked_answersAnEventReceivedBeforeAlone_elseTheParkedEntriesOfItsPaymentInParkedOrder() {
        List<GatewayEventEntry> parked = storedAroundThreeParkedOfPi1();
        GatewayEventEntry applied = find(workspaceId, "stripe", "evt_applied").orElseThrow();
        GatewayEventEntry elsewhere = find(workspaceId, "stripe", "evt_other_payment").orElseThrow();

        assertThat(findOrParked("evt_theirs", "pi_1")).isEqualTo(parked);
        assertThat(findOrParked("evt_a", "pi_1")).containsExactly(parked.get(1));
        assertThat(findOrParked("evt_applied", "pi_1")).containsExactly(applied);
        assertThat(findOrParked("evt_other_payment", "pi_1")).containsExactly(elsewhere);
        assertThat(findOrParked("evt_new", "pi_3")).isEmpty();
    }

    @Test
    void parked_listsTheParkedEntriesOfOnePayment_earliestFirstThenByEventIdInCodePointOrder() {
        List<GatewayEventEntry> parked = storedAroundThreeParkedOfPi1();

        assertThat(inTransaction(() -> stores.gatewayEvents().parked(workspaceId, "stripe", "pi_1")))
                .isEqualTo(parked);
        assertThat(inTransaction(() -> stores.gatewayEvents().parked(workspaceId, "stripe", "pi_3"))).isEmpty();
    }

    /**
     * Three parked entries of pi_1 (evt_B and evt_a at one instant, evt_A a minute later), returned in parked order,
     * beside entries that are not: evt_other_payment parked for pi_2, evt_applied applied, evt_paypal of another
     * gateway, evt_theirs of another workspace.
     */
    private List<GatewayEventEntry> storedAroundThreeParkedOfPi1() {
        WorkspaceId other = storedWorkspace("Initech").id();
        GatewayEventEntry late = saved(entry(refunded("evt_A", "pi_1", AT.plusSeconds(60)), parked()));
        GatewayEventEntry lowercase = saved(entry(refunded("evt_a", "pi_1", AT), parked()));
        GatewayEventEntry uppercase = saved(entry(refunded("evt_B", "pi_1", AT), parked()));
        saved(entry(refunded("evt_other_payment", "pi_2", AT), parked()));
        saved(entry(refunded("evt_applied", "pi_1", AT), applied()));
        saved(entry(new GatewayEvent.Refunded("paypal", "evt_paypal", workspaceId, null, usd("1.00"), "pi_1",
                "re_p", "", AT), parked()));
        saved(entry(new GatewayEvent.Refunded("stripe", "evt_theirs", other, null, usd("1.00"), "pi_1", "re_t", "",
                AT), parked()));
        return List.of(uppercase, lowercase, late);
    }

    /** Two instances receive one event at once: the inbox lets exactly one entry in. */
    @Test
    void racingInsertsOfOneEvent_theSecondTransactionGetsDuplicateKey() {
        Throwable second = InterleavedInserts.secondFails(stores.transactions(),
                () -> stores.gatewayEvents().save(entry(refunded("evt_1", "pi_9", AT), parked())),
                () -> stores.gatewayEvents().save(entry(refunded("evt_1", "pi_9", AT), parked())));

        assertThat(second).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.DUPLICATE_KEY));
        assertThat(find(workspaceId, "stripe", "evt_1")).hasValueSatisfying(stored ->
                assertThat(stored.version()).isEqualTo(1));
    }

    private GatewayEvent.Refunded refunded(String eventId, String paymentReference, Instant at) {
        return new GatewayEvent.Refunded("stripe", eventId, workspaceId, null, usd("10.00"), paymentReference,
                "re_" + eventId, "requested_by_customer", at);
    }

    private GatewayEventOutcome applied() {
        return new GatewayEventOutcome(Status.APPLIED, payment.id(), "applied");
    }

    private static GatewayEventOutcome parked() {
        return new GatewayEventOutcome(Status.PARKED, null, "waiting for its payment");
    }

    private static GatewayEventEntry entry(GatewayEvent event, GatewayEventOutcome outcome) {
        return new GatewayEventEntry(event, outcome, RECEIVED, 0);
    }

    private GatewayEventEntry saved(GatewayEventEntry entry) {
        return inTransaction(() -> stores.gatewayEvents().save(entry));
    }

    private List<GatewayEventEntry> findOrParked(String eventId, String paymentReference) {
        return inTransaction(() -> stores.gatewayEvents().findOrParked(workspaceId, "stripe", eventId,
                paymentReference));
    }

    private Optional<GatewayEventEntry> find(WorkspaceId workspace, String gateway, String eventId) {
        return inTransaction(() -> stores.gatewayEvents().find(workspace, gateway, eventId));
    }

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }
}
