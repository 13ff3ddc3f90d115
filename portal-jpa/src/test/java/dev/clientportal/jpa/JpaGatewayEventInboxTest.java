package dev.clientportal.jpa;

import dev.clientportal.core.contract.Samples;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.GatewayEvent;
import dev.clientportal.core.payment.GatewayEventEntry;
import dev.clientportal.core.payment.GatewayEventOutcome;
import dev.clientportal.core.payment.GatewayEventOutcome.Status;
import dev.clientportal.core.payment.PaymentId;
import dev.clientportal.core.payment.PaymentMethod;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The gateway-event inbox on each database, without the payments its contract stores first (the payment adapter
 * lives elsewhere): every kind reads back equal, an event id is let in once, also from a second instance, a stale
 * update fails, and parked events come earliest first, then by event id in code-point order.
 */
class JpaGatewayEventInboxTest {

    private static final Instant AT = Instant.parse("2026-03-10T08:30:00.654321Z");
    private static final Instant RECEIVED = Instant.parse("2026-03-10T08:30:02.000001Z");

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void eventsAreLetInOnce_updatedByVersion_andParkedInOrder(Vendor vendor) {
        TestDatabase database = TestDatabase.of(vendor);
        database.clean();
        ResourceLocalTransactions transactions = new ResourceLocalTransactions(database.entityManagerFactory());
        JpaGatewayEventInbox inbox = new JpaGatewayEventInbox(transactions);
        WorkspaceId workspace = transactions.inTransaction(() -> new JpaWorkspaces(transactions)
                .save(Samples.workspace("Acme"))).id();
        InvoiceId invoice = new InvoiceId(UUID.randomUUID());
        PaymentId payment = new PaymentId(UUID.randomUUID());
        Money usd = Money.of("100.00", CurrencyUnit.USD);
        GatewayEventOutcome applied = new GatewayEventOutcome(Status.APPLIED, payment, "applied");
        GatewayEventOutcome parked = new GatewayEventOutcome(Status.PARKED, null, "waiting for its payment");

        for (GatewayEventEntry entry : List.of(
                entry(new GatewayEvent.Pending("stripe", "evt_p", workspace, invoice, usd, "pi_1",
                        PaymentMethod.DIRECT_DEBIT, AT), applied),
                entry(new GatewayEvent.Succeeded("stripe", "evt_s", workspace, invoice, usd, "pi_1",
                        PaymentMethod.CARD, AT), applied),
                entry(new GatewayEvent.Failed("stripe", "evt_f", workspace, null, usd, "pi_1", "declined", AT),
                        new GatewayEventOutcome(Status.IGNORED, payment, "stale")),
                entry(new GatewayEvent.Disputed("stripe", "evt_d", workspace, invoice, usd, "pi_1", "dp_1",
                        "fraudulent — card stolen", AT), applied))) {
            GatewayEventEntry saved = transactions.inTransaction(() -> inbox.save(entry));
            assertThat(saved).isEqualTo(entry.withVersion(1));
            assertThat(transactions.inTransaction(() -> inbox.find(workspace, "stripe", entry.eventId())))
                    .contains(saved);
        }

        GatewayEventEntry late = save(transactions, inbox, entry(refunded(workspace, "evt_A", AT.plusSeconds(60)),
                parked));
        GatewayEventEntry lowercase = save(transactions, inbox, entry(refunded(workspace, "evt_a", AT), parked));
        GatewayEventEntry uppercase = save(transactions, inbox, entry(refunded(workspace, "evt_B", AT), parked));
        assertThat(transactions.inTransaction(() -> inbox.parked(workspace, "stripe", "pi_9")))
                .containsExactly(uppercase, lowercase, late);

        EntityManagerFactory other = database.newEntityManagerFactory();
        try {
            ResourceLocalTransactions second = new ResourceLocalTransactions(other);
            JpaGatewayEventInbox secondInbox = new JpaGatewayEventInbox(second);
            assertThatThrownBy(() -> second.inTransaction(() -> secondInbox.save(entry(refunded(workspace,
                    "evt_a", AT), parked))))
                    .isInstanceOfSatisfying(PortalException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.DUPLICATE_KEY));
        } finally {
            other.close();
        }

        GatewayEventEntry appliedLate = save(transactions, inbox, late.withOutcome(applied));
        assertThat(appliedLate.version()).isEqualTo(2);
        assertThatThrownBy(() -> save(transactions, inbox, late.withOutcome(applied)))
                .isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.CONCURRENT_MODIFICATION));
        assertThat(transactions.inTransaction(() -> inbox.parked(workspace, "stripe", "pi_9")))
                .containsExactly(uppercase, lowercase);
    }

    private static GatewayEvent.Refunded refunded(WorkspaceId workspace, String eventId, Instant at) {
        return new GatewayEvent.Refunded("stripe", eventId, workspace, null, Money.of("10.00", CurrencyUnit.USD),
                "pi_9", "re_" + eventId, "requested_by_customer", at);
    }

    private static GatewayEventEntry entry(GatewayEvent event, GatewayEventOutcome outcome) {
        return new GatewayEventEntry(event, outcome, RECEIVED, 0);
    }

    private static GatewayEventEntry save(ResourceLocalTransactions transactions, JpaGatewayEventInbox inbox,
                                          GatewayEventEntry entry) {
        return transactions.inTransaction(() -> inbox.save(entry));
    }
}
