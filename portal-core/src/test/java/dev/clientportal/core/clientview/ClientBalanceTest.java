package dev.clientportal.core.clientview;

import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.ApplyCredit;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's dashboard and its statement tell the same balance: the dashboard shows the client's credit and what
 * it owes net of it, by the rule that closes the statement. (Before, with 50.00 of credit, the dashboard said
 * 100.00 due and the statement 50.00.)
 */
class ClientBalanceTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    private final PortalFixture fixture = PortalFixture.inMemory();
    private final PortalViews views = fixture.portal.clientViews();
    private final StaffPrincipal acme = fixture.workspace("Acme", USD);
    private final Client globex = fixture.client(acme, "Globex");
    private final ContactPrincipal ana = fixture.signIn(acme, fixture.contact(acme, globex, "Ana Ruiz",
            Role.BILLING)).principal();

    @Test
    void aClientWithCredit_seesItsCreditAndTheBalanceOfItsStatement() {
        Invoice invoice = fixture.issuedInvoice(acme, globex, "100.00");
        pay("50.00", "wire-1");

        BalanceDue balance = views.dashboard(ana).balances().get(0);
        Money statementSays = views.statement(ana, MARCH_2, MARCH_2, fixture.browser()).closingBalance();

        assertThat(balance).isEqualTo(new BalanceDue(USD, usd("100.00"), invoice.dueDate(), 1, 0, usd("50.00"),
                usd("50.00")));
        assertThat(statementSays).isEqualTo(usd("50.00"));
        assertThat(balance.balance()).isEqualTo(statementSays);
    }

    @Test
    void aClientHoldingOnlyCredit_seesItAsANegativeBalance_withNothingDue() {
        pay("30.00", "wire-1");

        assertThat(views.dashboard(ana).balances()).containsExactly(new BalanceDue(USD, usd("0.00"), null, 0, 0,
                usd("30.00"), usd("-30.00")));
        assertThat(views.statement(ana, MARCH_2, MARCH_2, fixture.browser()).closingBalance())
                .isEqualTo(usd("-30.00"));
    }

    @Test
    void creditUsedOnAnInvoice_leavesDashboardAndStatementAgreeing() {
        Invoice invoice = fixture.issuedInvoice(acme, globex, "100.00");
        pay("150.00", "wire-1");
        fixture.portal.payments().applyCredit(acme, new ApplyCredit(invoice.id(),
                usd("100.00")));

        BalanceDue balance = views.dashboard(ana).balances().get(0);

        assertThat(balance).isEqualTo(new BalanceDue(USD, usd("0.00"), null, 0, 0, usd("50.00"), usd("-50.00")));
        assertThat(balance.balance()).isEqualTo(views.statement(ana, MARCH_2, MARCH_2, fixture.browser())
                .closingBalance());
    }

    private void pay(String amount, String reference) {
        fixture.portal.payments().record(acme, RecordPayment.manual(globex.id(), usd(amount),
                PaymentMethod.BANK_TRANSFER, reference));
    }

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }
}
