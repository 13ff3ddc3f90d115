package dev.clientportal.core.contract;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Installment;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.IssueCreditNote;
import dev.clientportal.core.invoice.PaymentSchedule;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.ApplyCredit;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.payment.RefundPayment;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.kernel.StaffPrincipal;

import java.time.LocalDate;

import static dev.clientportal.core.money.CurrencyUnit.EUR;
import static dev.clientportal.core.money.CurrencyUnit.USD;

/**
 * A few months of a small business, played through the portal with the fixture clock, so that the receivables
 * queries answer over data the use cases really wrote. Workspace "Acme Design" (USD, net 30, UTC); invoices are
 * numbered INV-2026-00001… in issue order across both currencies. What happens, day by day:
 *
 * <pre>
 * 03-02 G1  Globex   USD 1000.00  INV-…01  due 04-01
 *       U1  Umbrella EUR 2000.00  INV-…02  schedule 03-09 500 | 04-15 500 | 05-15 500 | 06-15 500
 *       Initech (another workspace): invoice of USD 777.00 to its own "Globex", due 04-01
 * 03-16 wire-1001  Globex   USD  400.00 → G1 (G1 owes 600)
 *       sepa-2001  Umbrella EUR  500.00 → U1 (deposit settled)
 *       Initech: wire-1001 USD 100.00 → its invoice (the same reference in another workspace)
 * 04-01 G2  Globex   USD  250.00  INV-…03  due 05-01
 *       H1  Hooli    USD  800.00  INV-…04  due 05-01
 * 04-10 H2  Hooli    USD  150.00  INV-…05  due 05-10
 *       wire-1002  Globex USD 1000.00, oldest first: G1 600 (paid), G2 250 (paid), 150 becomes credit
 * 04-15 G3  Globex   USD  300.00  INV-…06  due 05-15
 *       CN-2026-00001 on G3: USD 100.00, all of it reduces G3 (G3 owes 200)
 * 04-20 Globex's credit of 150.00 applied to G3 (G3 owes 50, credit 0)
 * 04-22 G3 voided: the 150.00 credit goes back to Globex
 * 04-30 chk-3001   Hooli USD 200.00 → H1 (H1 owes 600)
 * 05-04 G4  Globex   USD  500.00  INV-…07  due 06-03
 *       ach-1003   Globex USD 100.00 → G4, then ach-0999 USD 50.00 → G4 (G4 owes 350)
 *       rf-1: 50.00 of wire-1002 refunded, from the credit it created (Globex credit 100)
 * 05-12 H1 written off as uncollectible (owes 600)
 *       U2  Umbrella EUR  300.00  INV-…08  due 06-11
 * 05-15 sepa-2002  Umbrella EUR 700.00 → U1 (settled 1200: deposit, 04-15 and 200 of 05-15)
 * 05-18 S1  Soylent  USD  900.00  INV-…09  schedule 05-25 300 | 06-08 300 | 07-06 300
 *       chq-1004   Globex USD 50.00 → G4, received on 05-25 (post-dated; G4 owes 300)
 * 05-20 rf-2: EUR 100.00 of sepa-2002 refunded from U1 (U1 settled 1100: 05-15 open 400, 06-15 open 500)
 *       G5  Globex   USD  999.00  a draft, never issued
 * </pre>
 *
 * The clock stays on {@link #TODAY}, 2026-05-20, afterwards.
 */
final class ReceivablesScenario {

    /** The day the scenario ends on. */
    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    final StaffPrincipal acme;
    final StaffPrincipal initech;
    final Client globex;
    final Client hooli;
    final Client soylent;
    final Client umbrella;

    private final PortalFixture fixture;
    private final ClientPortal portal;

    ReceivablesScenario(PortalFixture fixture) {
        this.fixture = fixture;
        this.portal = fixture.portal;
        acme = fixture.workspace("Acme Design", USD);
        initech = fixture.workspace("Initech", USD);
        globex = fixture.client(acme, "Globex");
        hooli = fixture.client(acme, "Hooli");
        soylent = fixture.client(acme, "Soylent");
        umbrella = fixture.client(acme, "Umbrella", EUR);
        Client theirGlobex = fixture.client(initech, "Globex");

        on(3, 2);
        Invoice g1 = invoice(acme, globex, "1000.00");
        Invoice u1 = fixture.issue(acme, DraftInvoice.forClient(umbrella.id())
                .line("Platform build", "1", "", eur("2000.00"))
                .schedule(PaymentSchedule.of(
                        new Installment("Deposit", LocalDate.of(2026, 3, 9), eur("500.00")),
                        new Installment("Installment 1 of 3", LocalDate.of(2026, 4, 15), eur("500.00")),
                        new Installment("Installment 2 of 3", LocalDate.of(2026, 5, 15), eur("500.00")),
                        new Installment("Installment 3 of 3", LocalDate.of(2026, 6, 15), eur("500.00")))));
        Invoice theirs = invoice(initech, theirGlobex, "777.00");

        on(3, 16);
        pay(acme, globex, usd("400.00"), "wire-1001", g1);
        pay(acme, umbrella, eur("500.00"), "sepa-2001", u1);
        pay(initech, theirGlobex, usd("100.00"), "wire-1001", theirs);

        on(4, 1);
        invoice(acme, globex, "250.00");
        Invoice h1 = invoice(acme, hooli, "800.00");

        on(4, 10);
        invoice(acme, hooli, "150.00");
        Payment wire1002 = portal.payments().record(acme, RecordPayment.manual(globex.id(), usd("1000.00"),
                PaymentMethod.BANK_TRANSFER, "wire-1002").allocateOldestFirst());

        on(4, 15);
        Invoice g3 = invoice(acme, globex, "300.00");
        portal.invoicing().issueCreditNote(acme, IssueCreditNote.partial(g3.id(), "Rework not needed",
                LineItem.of("Rework", "1", "", usd("100.00"))));

        on(4, 20);
        portal.payments().applyCredit(acme, new ApplyCredit(g3.id(), usd("150.00")));

        on(4, 22);
        portal.invoicing().voidInvoice(acme, g3.id(), "Issued in error");

        on(4, 30);
        pay(acme, hooli, usd("200.00"), "chk-3001", h1);

        on(5, 4);
        Invoice g4 = invoice(acme, globex, "500.00");
        pay(acme, globex, usd("100.00"), "ach-1003", g4);
        pay(acme, globex, usd("50.00"), "ach-0999", g4);
        portal.payments().refund(acme, RefundPayment.of(wire1002.id(), usd("50.00"), "rf-1", "Overpayment returned"));

        on(5, 12);
        portal.invoicing().markUncollectible(acme, h1.id(), "Client insolvent");
        invoice(acme, umbrella, "300.00");

        on(5, 15);
        Payment sepa2002 = pay(acme, umbrella, eur("700.00"), "sepa-2002", u1);

        on(5, 18);
        fixture.issue(acme, DraftInvoice.forClient(soylent.id())
                .line("Catering equipment", "3", "unit", usd("300.00"))
                .schedule(PaymentSchedule.of(
                        new Installment("Installment 1 of 3", LocalDate.of(2026, 5, 25), usd("300.00")),
                        new Installment("Installment 2 of 3", LocalDate.of(2026, 6, 8), usd("300.00")),
                        new Installment("Installment 3 of 3", LocalDate.of(2026, 7, 6), usd("300.00")))));
        portal.payments().record(acme, RecordPayment.manual(globex.id(), usd("50.00"), PaymentMethod.CHECK,
                "chq-1004").allocateTo(g4.id()).receivedOn(LocalDate.of(2026, 5, 25)));

        on(5, 20);
        portal.payments().refund(acme, RefundPayment.of(sepa2002.id(), eur("100.00"), "rf-2", "Partial refund"));
        portal.invoicing().createDraft(acme, DraftInvoice.forClient(globex.id())
                .line("Retainer", "1", "month", usd("999.00")));
    }

    static Money usd(String amount) {
        return Money.of(amount, USD);
    }

    static Money eur(String amount) {
        return Money.of(amount, EUR);
    }

    private void on(int month, int day) {
        fixture.moveTo(LocalDate.of(2026, month, day));
    }

    private Invoice invoice(StaffPrincipal owner, Client client, String amount) {
        return fixture.issuedInvoice(owner, client, amount);
    }

    private Payment pay(StaffPrincipal owner, Client client, Money amount, String reference, Invoice invoice) {
        return portal.payments().record(owner, RecordPayment.manual(client.id(), amount, PaymentMethod.BANK_TRANSFER,
                reference).allocateTo(invoice.id()));
    }
}
