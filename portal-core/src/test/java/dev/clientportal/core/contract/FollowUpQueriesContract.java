package dev.clientportal.core.contract;

import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.analytics.DocumentEngagement;
import dev.clientportal.core.analytics.OpenInvoiceFacts;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Installment;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.invoice.PaymentSchedule;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalFixture.ref;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of {@link dev.clientportal.core.analytics.FollowUpQueries}, over a week played through the portal
 * (Acme, USD, net 30):
 * <pre>
 * 03-02 G1 Globex 100.00, due 04-01, nothing else happens to it
 *       G2 Globex 300.00, schedule 03-09 100.00 | 04-15 200.00
 *       G3 Globex 40.00 paid, G4 Globex 60.00 voided, G5 Globex 70.00 written off, a draft: never listed
 *       Initech's own invoice: never listed for Acme
 * 03-03 H1 Hooli 50.00, due 04-02
 * 03-04 Ana (Globex) views G2; H1 is sent
 * 03-07 wire-2 60.00 → G2, received 03-07; then wire-1 40.00 → G2, received 03-05 (G2 owes 200.00, due 04-15)
 * </pre>
 */
public abstract class FollowUpQueriesContract extends StoreContract {

    private PortalFixture fixture;
    private StaffPrincipal acme;
    private Client globex;
    private Client hooli;
    private Invoice g1;
    private Invoice g2;
    private Invoice h1;

    @BeforeEach
    void playTheWeek() {
        fixture = PortalFixture.over(stores);
        acme = fixture.workspace("Acme", USD);
        globex = fixture.client(acme, "Globex");
        hooli = fixture.client(acme, "Hooli");
        ContactPrincipal ana = fixture.signIn(acme, fixture.contact(acme, globex, "Ana Ruiz", Role.BILLING))
                .principal();
        StaffPrincipal initech = fixture.workspace("Initech", USD);
        fixture.issuedInvoice(initech, fixture.client(initech, "Globex"), "777.00");

        g1 = fixture.issuedInvoice(acme, globex, "100.00");
        g2 = fixture.issue(acme, DraftInvoice.forClient(globex.id()).line("Build", "1", "", usd("300.00"))
                .schedule(PaymentSchedule.of(new Installment("Deposit", LocalDate.of(2026, 3, 9), usd("100.00")),
                        new Installment("Balance", LocalDate.of(2026, 4, 15), usd("200.00")))));
        Invoice g3 = fixture.issuedInvoice(acme, globex, "40.00");
        pay(g3, "40.00", "wire-0", LocalDate.of(2026, 3, 2));
        Invoice g4 = fixture.issuedInvoice(acme, globex, "60.00");
        fixture.portal.invoicing().voidInvoice(acme, g4.id(), "issued in error");
        Invoice g5 = fixture.issuedInvoice(acme, globex, "70.00");
        fixture.portal.invoicing().markUncollectible(acme, g5.id(), "insolvent");
        fixture.portal.invoicing().createDraft(acme, DraftInvoice.forClient(globex.id())
                .line("Retainer", "1", "month", usd("999.00")));
        fixture.moveTo(LocalDate.of(2026, 3, 3));
        h1 = fixture.issuedInvoice(acme, hooli, "50.00");
        fixture.moveTo(LocalDate.of(2026, 3, 4));
        fixture.portal.analytics().recordView(ana, ref(g2), fixture.browser());
        fixture.portal.analytics().recordSent(acme, ref(h1));
        fixture.moveTo(LocalDate.of(2026, 3, 7));
        pay(g2, "60.00", "wire-2", LocalDate.of(2026, 3, 7));
        pay(g2, "40.00", "wire-1", LocalDate.of(2026, 3, 5));
    }

    @Test
    void openInvoices_holdEveryOpenOrPartiallyPaidInvoiceOfTheWorkspace_withTheirFacts() {
        Instant march4 = Instant.parse("2026-03-04T09:00:00Z");

        assertThat(inTransaction(() -> stores.followUpQueries().openInvoices(acme.workspaceId())))
                .containsExactlyInAnyOrder(
                        new OpenInvoiceFacts(g1.id(), globex.id(), "Globex", g1.number(), InvoiceStatus.OPEN,
                                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1), usd("100.00"), Optional.empty(),
                                Optional.empty(), Optional.empty()),
                        new OpenInvoiceFacts(g2.id(), globex.id(), "Globex", g2.number(),
                                InvoiceStatus.PARTIALLY_PAID, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 15),
                                usd("200.00"), Optional.empty(),
                                Optional.of(new DocumentEngagement(ref(g2), globex.id(), march4, march4, 1, 1)),
                                Optional.of(LocalDate.of(2026, 3, 7))),
                        new OpenInvoiceFacts(h1.id(), hooli.id(), "Hooli", h1.number(), InvoiceStatus.OPEN,
                                LocalDate.of(2026, 3, 3), LocalDate.of(2026, 4, 2), usd("50.00"), Optional.of(march4),
                                Optional.empty(), Optional.empty()));
    }

    @Test
    void aWorkspaceWithNothingOpen_hasNoOpenInvoices() {
        StaffPrincipal empty = fixture.workspace("Empty", USD);

        assertThat(inTransaction(() -> stores.followUpQueries().openInvoices(empty.workspaceId()))).isEmpty();
    }

    private void pay(Invoice invoice, String amount, String reference, LocalDate receivedOn) {
        fixture.portal.payments().record(acme, RecordPayment.manual(invoice.clientId(), usd(amount),
                PaymentMethod.BANK_TRANSFER, reference).allocateTo(invoice.id()).receivedOn(receivedOn));
    }

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }
}
