package dev.clientportal.examples.springhost;

import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentMethod;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording a payment the business received by hand, and refunding one: the amount is parsed exactly in the
 * invoice's currency, the invoice's and the client's balance move by exactly that much, and a refused amount is
 * shown on the form with nothing recorded.
 */
class StaffPaymentsTest extends RunningHost {

    @Test
    void aManualPayment_movesTheInvoicesAndTheClientsBalance() {
        PayingClient payer = newPayingClient();
        TestBrowser staff = signedInAsStaff();
        String path = "/staff/invoices/" + payer.overdue().id();
        String clientPath = "/staff/clients/" + payer.client().id();
        assertThat(staff.get(clientPath).body()).contains("USD 1,620.00");
        staff.get(path);

        TestBrowser.Page recorded = staff.submit(path + "/payments", payment("45.50", "BANK-4711"));

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(302);
        Invoice invoice = portal.invoicing().get(owner(), payer.overdue().id());
        assertThat(invoice.amountDue()).isEqualTo(Money.of("74.50", USD));
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        List<Payment> payments = portal.payments().forInvoice(owner(), invoice.id());
        assertThat(payments).singleElement().satisfies(payment -> {
            assertThat(payment.amount()).isEqualTo(Money.of("45.50", USD));
            assertThat(payment.method()).isEqualTo(PaymentMethod.BANK_TRANSFER);
            assertThat(payment.receivedOn()).isEqualTo(LocalDate.now(ZoneOffset.UTC).minusDays(1));
        });
        TestBrowser.Page page = staff.get(path);
        assertThat(page.body()).contains("id=\"amount-due\">USD 74.50<", "BANK-4711", "−USD 45.50");
        assertThat(staff.get(clientPath).body()).contains("USD 1,574.50");
        assertThat(signedInAs(payer.email()).get("/portal/invoices/" + invoice.id()).body())
                .contains("id=\"amount-due\">USD 74.50<");
    }

    @Test
    void aRefund_reopensWhatThePaymentSettled() {
        PayingClient payer = newPayingClient();
        TestBrowser staff = signedInAsStaff();
        String path = "/staff/invoices/" + payer.overdue().id();
        staff.get(path);
        staff.submit(path + "/payments", payment("120.00", "CHQ-100"));
        assertThat(portal.invoicing().get(owner(), payer.overdue().id()).status()).isEqualTo(InvoiceStatus.PAID);
        Payment payment = portal.payments().forInvoice(owner(), payer.overdue().id()).get(0);
        staff.get(path);

        TestBrowser.Page tooMuch = staff.submit(path + "/payments/" + payment.id() + "/refund",
                Map.of("amount", "120.01", "reference", "RF-1", "reason", "Overcharged"));
        TestBrowser.Page refunded = staff.submit(path + "/payments/" + payment.id() + "/refund",
                Map.of("amount", "20.00", "reference", "RF-1", "reason", "Overcharged"));

        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.errorCode()).hasValueSatisfying(code -> assertThat(code).startsWith("payment."));
        assertThat(refunded.status()).isEqualTo(302);
        Invoice invoice = portal.invoicing().get(owner(), payer.overdue().id());
        assertThat(invoice.amountDue()).isEqualTo(Money.of("20.00", USD));
        assertThat(portal.payments().get(owner(), payment.id()).refunded()).isEqualTo(Money.of("20.00", USD));
        assertThat(staff.get(path).body()).contains("id=\"amount-due\">USD 20.00<");
    }

    @Test
    void badAmounts_areRefusedOnTheForm_andNothingIsRecorded() {
        PayingClient payer = newPayingClient();
        TestBrowser staff = signedInAsStaff();
        String path = "/staff/invoices/" + payer.overdue().id();
        staff.get(path);

        TestBrowser.Page tooPrecise = staff.submit(path + "/payments", payment("45.505", "BANK-1"));
        TestBrowser.Page negative = staff.submit(path + "/payments", payment("-5.00", "BANK-2"));
        TestBrowser.Page words = staff.submit(path + "/payments", payment("forty", "BANK-3"));
        TestBrowser.Page noReference = staff.submit(path + "/payments", payment("45.50", ""));

        assertThat(tooPrecise.status()).isEqualTo(400);
        assertThat(tooPrecise.errorCode()).contains("money.too_many_decimals");
        assertThat(tooPrecise.body()).contains("value=\"45.505\"");
        assertThat(negative.errorCode()).contains("money.negative_amount");
        assertThat(words.errorCode()).contains("input.invalid_value");
        assertThat(noReference.errorCode()).contains("input.required");
        assertThat(portal.payments().forInvoice(owner(), payer.overdue().id())).isEmpty();
        assertThat(portal.invoicing().get(owner(), payer.overdue().id()).amountDue())
                .isEqualTo(Money.of("120.00", USD));
    }

    @Test
    void aPaymentAgainstAnotherWorkspacesInvoice_isNotFound_andRecordsNothing() {
        Elsewhere elsewhere = anotherWorkspace();
        StaffPrincipal otherOwner = elsewhere.owner();
        Invoice theirs = portal.invoicing().issue(otherOwner, elsewhere.draft().id());
        TestBrowser staff = signedInAsStaff();
        staff.get("/staff/invoices");

        TestBrowser.Page page = staff.submit("/staff/invoices/" + theirs.id() + "/payments", payment("10.00", "X-1"));

        assertThat(page.status()).isEqualTo(404);
        assertThat(portal.payments().forInvoice(otherOwner, theirs.id())).isEmpty();
        assertThat(staff.post("/staff/invoices/" + theirs.id() + "/payments", payment("10.00", "X-2")).status())
                .isEqualTo(403);
    }

    /** The form as filled in: received yesterday by bank transfer. */
    private static Map<String, String> payment(String amount, String reference) {
        return Map.of("amount", amount, "reference", reference, "method", "BANK_TRANSFER",
                "receivedOn", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString());
    }
}
