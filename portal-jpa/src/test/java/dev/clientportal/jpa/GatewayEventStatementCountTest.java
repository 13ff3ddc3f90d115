package dev.clientportal.jpa;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.GatewayEvent;
import dev.clientportal.core.payment.GatewayEventOutcome;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.testing.PortalFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one gateway event costs the database, the hot path of a webhook: a new {@code Succeeded} event is let into
 * the inbox by its unique key and applied in one unit of work (payment with its receipt number and allocation, the
 * invoice, the audit entry, the outbox), then the relay delivers its events; a duplicate delivery reads the earlier
 * outcome alone. Every statement the call runs on its thread is counted, after-commit work included.
 */
class GatewayEventStatementCountTest {

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aNewEventPayingAnOpenInvoiceInFull_andItsDuplicateDelivery(Vendor vendor) {
        Acme acme = Acme.on(vendor);
        Invoice invoice = acme.fixture().issuedInvoice(acme.owner(), acme.globex(), "100.00");
        GatewayEvent event = acme.succeeded(invoice, "evt_1", "pi_1");

        Counted applied = counted(() -> acme.apply(event));
        Counted duplicate = counted(() -> acme.apply(event));

        assertThat(applied.outcome().status()).isEqualTo(GatewayEventOutcome.Status.APPLIED);
        assertThat(acme.fixture().portal.invoicing().get(acme.owner(), invoice.id()).status())
                .isEqualTo(InvoiceStatus.PAID);
        assertThat(duplicate.outcome()).isEqualTo(applied.outcome());
        assertThat(List.of(applied.count(), duplicate.count()))
                .as("statements of a new event, then of its duplicate:%n%s%n%s", applied.log(), duplicate.log())
                .containsExactly(paidInFull(vendor), 1L);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aNewEventForAPaidInvoice_becomesTheClientsCredit(Vendor vendor) {
        Acme acme = Acme.on(vendor);

        Counted credited = counted(() -> acme.apply(acme.succeeded(acme.paid(), "evt_1", "pi_1")));

        assertThat(credited.outcome().status()).isEqualTo(GatewayEventOutcome.Status.APPLIED);
        assertThat(acme.fixture().portal.clients().get(acme.owner(), acme.globex().id()).creditBalance(USD))
                .isEqualTo(Money.of("100.00", USD));
        assertThat(credited.count()).as("statements of an event paid to credit:%n%s", credited.log())
                .isEqualTo(toCredit(vendor));
    }

    /**
     * A new event paying an invoice. The unit of work: the event's inbox row or its payment's parked ones, the
     * workspace, the payment by reference, the invoice and its open amounts, the receipt number (an increment and a
     * read; PostgreSQL one {@code UPDATE ... RETURNING}), payment and allocation inserted, the invoice locked and
     * updated and its open amount deleted, the audit head locked, entry inserted and head updated, the inbox row
     * inserted, the projects of the invoice, the outbox rows and their followers (on PostgreSQL one statement).
     * After the commit: the parked events again, and the relay's delivery (outbox rows deleted, followers). It was
     * 24 (PostgreSQL 23) with the invoice read twice and the inbox row and the parked ones read in two statements.
     */
    private static long paidInFull(Vendor vendor) {
        return vendor == Vendor.POSTGRESQL ? 20 : 22;
    }

    /**
     * The same for an event whose whole amount becomes credit: no allocation nor invoice update, the client read
     * under its lock and updated instead. It was 20 (PostgreSQL 19) with the client read, then read again under
     * its lock, and the inbox row and the parked ones read in two statements.
     */
    private static long toCredit(Vendor vendor) {
        return vendor == Vendor.POSTGRESQL ? 16 : 18;
    }

    /**
     * A workspace with its client Globex, whose first invoice of 100.00 was paid in full by event evt_0: the
     * workspace's first receipt created its counter, which the events measured take their numbers from.
     */
    private record Acme(PortalFixture fixture, StaffPrincipal owner, Client globex, Invoice paid) {

        static Acme on(Vendor vendor) {
            PortalFixture fixture = PortalFixture.over(JpaTestStores.fresh(vendor));
            StaffPrincipal owner = fixture.workspace("Acme Design", USD);
            Client globex = fixture.client(owner, "Globex", USD);
            Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");
            Acme acme = new Acme(fixture, owner, globex, invoice);
            acme.apply(acme.succeeded(invoice, "evt_0", "pi_0"));
            return acme;
        }

        GatewayEventOutcome apply(GatewayEvent event) {
            return fixture.portal.payments().applyGatewayEvent(event);
        }

        /** An event of 100.00 by card for an invoice, at the fixture's start. */
        GatewayEvent succeeded(Invoice invoice, String eventId, String reference) {
            return new GatewayEvent.Succeeded("stripe", eventId, owner.workspaceId(), invoice.id(),
                    Money.of("100.00", USD), reference, PaymentMethod.CARD, Instant.parse(PortalFixture.START));
        }
    }

    private static Counted counted(Supplier<GatewayEventOutcome> call) {
        TestDatabase.clearStatements();
        GatewayEventOutcome outcome = call.get();
        return new Counted(outcome, TestDatabase.statements().getTotal(), TestDatabase.statementLog());
    }

    /** What a call answered, how many statements it ran (the proxy's count) and their text. */
    private record Counted(GatewayEventOutcome outcome, long count, List<String> log) {
    }
}
