package dev.clientportal.core.payment;

import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Installment;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.PaymentSchedule;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.testing.ScriptedPaymentGateway;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PayChoiceTest {

    private final ScriptedPaymentGateway gateway = ScriptedPaymentGateway.named("stripe");
    private final PortalFixture fixture = PortalFixture.inMemory(builder -> builder.gateway(gateway));
    private final Payments payments = fixture.portal.payments();
    private final StaffPrincipal owner = fixture.workspace("Acme Design", USD);
    private final Client globex = fixture.client(owner, "Globex");
    private final ContactPrincipal billing = fixture.signedInAs(owner,
            fixture.contact(owner, globex, "Ana Ruiz", Role.BILLING));

    @Test
    void anInvoiceWithoutASchedule_offersItsAmountDue_andTheCheckoutChargesExactlyThat() {
        Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");
        payments.record(owner, RecordPayment.manual(globex.id(), usd("30.00"), PaymentMethod.CHECK, "chk-1")
                .allocateTo(invoice.id()));

        List<PayChoice> choices = PayChoice.offered(billing, current(invoice));

        assertThat(choices).extracting(PayChoice::installment, PayChoice::label, PayChoice::amount)
                .containsExactly(tuple(0, PayChoice.AMOUNT_DUE, usd("70.00")));
        assertChargedAsOffered(choices.get(0));
    }

    @Test
    void aSchedule_offersTheNextOpenInstallmentFirst_thenEverything_asTheCheckoutCharges() {
        Invoice scheduled = fixture.issue(owner, DraftInvoice.forClient(globex.id())
                .line("Website", "1", "", usd("300.00"))
                .schedule(PaymentSchedule.of(new Installment("Deposit", LocalDate.of(2026, 3, 10), usd("100.00")),
                        new Installment("Design", LocalDate.of(2026, 4, 10), usd("120.00")),
                        new Installment("Launch", LocalDate.of(2026, 5, 10), usd("80.00")))));

        List<PayChoice> first = PayChoice.offered(billing, current(scheduled));
        assertThat(first).extracting(PayChoice::installment, PayChoice::label, PayChoice::amount).containsExactly(
                tuple(1, "Deposit", usd("100.00")),
                tuple(0, PayChoice.AMOUNT_DUE, usd("300.00")));
        first.forEach(this::assertChargedAsOffered);

        payments.record(owner, RecordPayment.manual(globex.id(), usd("100.00"), PaymentMethod.CHECK, "chk-1")
                .allocateTo(scheduled.id()));
        List<PayChoice> second = PayChoice.offered(billing, current(scheduled));
        assertThat(second).extracting(PayChoice::installment, PayChoice::label, PayChoice::amount).containsExactly(
                tuple(2, "Design", usd("120.00")),
                tuple(0, PayChoice.AMOUNT_DUE, usd("200.00")));
        second.forEach(this::assertChargedAsOffered);

        payments.record(owner, RecordPayment.manual(globex.id(), usd("120.00"), PaymentMethod.CHECK, "chk-2")
                .allocateTo(scheduled.id()));
        assertThat(PayChoice.offered(billing, current(scheduled)))
                .as("the last installment is the amount due: one choice")
                .extracting(PayChoice::installment, PayChoice::amount)
                .containsExactly(tuple(0, usd("80.00")));
    }

    @Test
    void nothingIsOffered_whenPaid_orVoid_orToWhoMayNotPay() {
        Invoice paid = fixture.issuedInvoice(owner, globex, "40.00");
        payments.record(owner, RecordPayment.manual(globex.id(), usd("40.00"), PaymentMethod.CHECK, "chk-9")
                .allocateTo(paid.id()));
        Invoice open = fixture.issuedInvoice(owner, globex, "60.00");
        Invoice voided = fixture.issuedInvoice(owner, globex, "25.00");
        fixture.portal.invoicing().voidInvoice(owner, voided.id(), "sent twice");
        ContactPrincipal approver = fixture.signedInAs(owner,
                fixture.contact(owner, globex, "Abe Approver", Role.APPROVER, Role.VIEWER));
        Client hooli = fixture.client(owner, "Hooli");
        ContactPrincipal otherClient = fixture.signedInAs(owner,
                fixture.contact(owner, hooli, "Hal Hooli", Role.BILLING));
        PortalPrincipal link = fixture.openLink(owner, PortalFixture.ref(open));
        PortalPrincipal preview = PortalPrincipal.staffPreview(owner, globex.id());

        assertThat(PayChoice.offered(billing, current(paid))).isEmpty();
        assertThat(PayChoice.offered(billing, current(voided))).isEmpty();
        assertThat(PayChoice.offered(billing, current(open))).hasSize(1);
        for (PortalPrincipal mayNotPay : List.of(approver, otherClient, link, preview)) {
            assertThat(PayChoice.offered(mayNotPay, current(open))).as(mayNotPay.toString()).isEmpty();
        }
    }

    private void assertChargedAsOffered(PayChoice choice) {
        int before = gateway.checkouts().size();
        payments.pay(billing, choice.command());
        CheckoutRequest request = gateway.checkouts().get(before);
        assertThat(request.amount()).as(choice.label()).isEqualTo(choice.amount());
    }

    private Invoice current(Invoice invoice) {
        return fixture.portal.invoicing().get(owner, invoice.id());
    }

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }
}
