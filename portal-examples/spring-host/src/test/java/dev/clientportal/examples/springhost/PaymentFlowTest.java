package dev.clientportal.examples.springhost;

import dev.clientportal.core.client.AddContact;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.payment.GatewayEvent;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.PaymentStatus;
import dev.clientportal.stripe.StripePaymentGateway;
import dev.clientportal.examples.demo.DemoCheckout;
import dev.clientportal.examples.demo.PaymentChoice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paying over HTTP through the demo checkout and portal-stripe's webhook handler: a payment is recorded only from a
 * correctly signed event, once however often it arrives; a client pays only its own client's invoices, and only from
 * a form the portal served; a payment still clearing reads as pending everywhere. Each test pays for a client of its
 * own, so the demo's figures stay as the other tests expect them.
 */
class PaymentFlowTest extends RunningHost {

    @Autowired
    PaymentChoice payments;

    private PayingClient payer;

    @BeforeEach
    void aClientOfItsOwn() {
        payer = newPayingClient();
    }

    @Test
    void payingThroughTheDemoCheckout_marksTheInvoicePaid_andGivesAReceipt() {
        Invoice invoice = freshInvoice("250.00");
        TestBrowser pat = signedInAs(payer.email());
        pat.get("/portal/invoices/" + invoice.id());

        TestBrowser.Page started = pat.submit("/portal/invoices/" + invoice.id() + "/pay", Map.of("installment", "0"));
        assertThat(started.status()).isEqualTo(302);
        String checkout = started.header("Location").orElseThrow();
        assertThat(checkout).startsWith("http://localhost:" + PORT + DemoCheckout.PAGE_PATH + "cs_demo_");
        TestBrowser.Page page = pat.get(checkout);
        assertThat(page.body()).contains(new Formats().money(invoice.total())).contains(invoice.number());

        TestBrowser.Page paid = pat.submit(checkout + "/pay", Map.of());
        assertThat(paid.status()).isEqualTo(302);
        assertThat(paid.header("Location")).contains("http://localhost:" + PORT + "/portal/invoices/" + invoice.id()
                + "?checkout=returned");

        TestBrowser.Page back = pat.get("/portal/invoices/" + invoice.id() + "?checkout=returned");
        assertThat(back.body()).contains(">paid<").contains("data-payment-status=\"SUCCEEDED\"")
                .doesNotContain("id=\"pay-now\"");
        HttpResponse<byte[]> receipt = pat.download(receiptPath(back.body()));
        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(receipt.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(new String(receipt.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(pat.get("/portal/payments").body()).contains(invoice.number()).contains("received");
    }

    @Test
    void payingTheNextInstallment_collectsItAlone_andLeavesTheInvoicePartiallyPaid() {
        Invoice scheduled = payer.scheduled();
        TestBrowser pat = signedInAs(payer.email());
        String page = pat.get("/portal/invoices/" + scheduled.id()).body();
        assertThat(page).contains("name=\"installment\" value=\"1\"");

        String checkout = pat.submit("/portal/invoices/" + scheduled.id() + "/pay", Map.of("installment", "1"))
                .header("Location").orElseThrow();
        assertThat(pat.get(checkout).body()).contains("USD 500.00");
        assertThat(pat.submit(checkout + "/pay", Map.of()).status()).isEqualTo(302);

        Invoice after = portal.invoicing().get(owner(), scheduled.id());
        assertThat(after.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(after.amountDue()).isEqualTo(Money.of("1000.00", USD));
        assertThat(pat.get("/portal/invoices/" + scheduled.id()).body())
                .contains("name=\"installment\" value=\"2\"").contains("partially paid");
    }

    @Test
    void aForgedSignature_isRefusedWith400_andRecordsNothing() {
        Invoice invoice = freshInvoice("100.00");
        DemoCheckout.Session session = startCheckout(invoice);
        String payload = demo().completedEvent(session);

        TestBrowser.Page forged = browser().webhook(payload,
                TestBrowser.stripeSignature(payload, "whsec_not_the_endpoints_secret"));
        TestBrowser.Page unsigned = browser().webhook(payload, "");
        TestBrowser.Page tampered = browser().webhook(payload.replace("\"paid\"", "\"paid\" "),
                TestBrowser.stripeSignature(payload, payments.webhookSecret()));

        assertThat(List.of(forged.status(), unsigned.status(), tampered.status())).containsOnly(400);
        assertThat(portal.payments().forInvoice(owner(), invoice.id())).isEmpty();
        assertThat(portal.invoicing().get(owner(), invoice.id()).status()).isEqualTo(InvoiceStatus.OPEN);
    }

    @Test
    void theSameEventPostedTwice_isRecordedOnce() {
        Invoice invoice = freshInvoice("100.00");
        DemoCheckout.Session session = startCheckout(invoice);
        String payload = demo().completedEvent(session);

        String secret = payments.webhookSecret();
        TestBrowser.Page first = browser().webhook(payload, TestBrowser.stripeSignature(payload, secret));
        TestBrowser.Page again = browser().webhook(payload, TestBrowser.stripeSignature(payload, secret));

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        List<Payment> recorded = portal.payments().forInvoice(owner(), invoice.id());
        assertThat(recorded).singleElement().satisfies(payment -> {
            assertThat(payment.reference()).isEqualTo(session.paymentIntent());
            assertThat(payment.amount()).isEqualTo(invoice.total());
            assertThat(payment.gateway()).isEqualTo(StripePaymentGateway.NAME);
        });
        assertThat(portal.invoicing().get(owner(), invoice.id()).status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void payingAnotherClientsInvoice_isNotFound_andStartsNothing() {
        Invoice initechs = invoiceStarting("Initech GmbH", "UX audit");
        TestBrowser pat = signedInAs(payer.email());
        pat.get("/portal");

        TestBrowser.Page refused = pat.submit("/portal/invoices/" + initechs.id() + "/pay", Map.of());

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.errorCode()).contains("invoice.not_found");
        assertThat(refused.header("Location")).isEmpty();
    }

    @Test
    void thePayForm_withoutItsCsrfToken_isRefused_andStartsNothing() {
        Invoice invoice = freshInvoice("100.00");
        TestBrowser pat = signedInAs(payer.email());
        pat.get("/portal/invoices/" + invoice.id());

        TestBrowser.Page refused = pat.post("/portal/invoices/" + invoice.id() + "/pay", Map.of("installment", "0"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Location")).isEmpty();
        assertThat(pat.submit("/portal/invoices/" + invoice.id() + "/pay", Map.of()).header("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains(DemoCheckout.PAGE_PATH));
    }

    @Test
    void aViewer_isNotOfferedToPay_andCannotPay() {
        Invoice invoice = freshInvoice("100.00");
        String viewer = "viewer-" + payer.email();
        portal.clients().addContact(owner(), new AddContact(payer.client().id(), "Val Viewer", viewer,
                Set.of(Role.VIEWER)));
        TestBrowser val = signedInAs(viewer);

        assertThat(val.get("/portal/invoices/" + invoice.id()).body()).doesNotContain("id=\"pay-now\"");
        TestBrowser.Page refused = val.submit("/portal/invoices/" + invoice.id() + "/pay", Map.of());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Location")).isEmpty();
    }

    @Test
    void aPendingPayment_showsAsPending_neverAsPaid_andHasNoReceipt() {
        Invoice invoice = freshInvoice("100.00");
        portal.payments().applyGatewayEvent(new GatewayEvent.Pending(StripePaymentGateway.NAME,
                "evt_pending_" + invoice.id(), workspace(), invoice.id(), invoice.total(), "pi_pending_" + invoice.id(),
                PaymentMethod.DIRECT_DEBIT, Instant.now()));
        TestBrowser pat = signedInAs(payer.email());

        String page = pat.get("/portal/invoices/" + invoice.id()).body();
        String history = pat.get("/portal/payments").body();

        assertThat(portal.payments().forInvoice(owner(), invoice.id())).singleElement()
                .satisfies(payment -> assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING));
        assertThat(page).contains("pending (not paid yet)").contains("data-payment-status=\"PENDING\"")
                .doesNotContain(">paid<").doesNotContain("class=\"receipt\"");
        String row = rowOf(history, "pi_pending_" + invoice.id());
        assertThat(row).contains("pending (not paid yet)").doesNotContain("Receipt");
        assertThat(pat.get("/portal").body()).contains("data-payment-status=\"PENDING\"")
                .contains("pending (not paid yet)");
    }

    @Test
    void aFailedBankDebit_showsAsFailed_leavesTheInvoiceOwed_andHasNoReceipt() {
        Invoice invoice = freshInvoice("100.00");
        Instant started = Instant.now();
        portal.payments().applyGatewayEvent(new GatewayEvent.Pending(StripePaymentGateway.NAME,
                "evt_debit_" + invoice.id(), workspace(), invoice.id(), invoice.total(), "pi_failed_" + invoice.id(),
                PaymentMethod.DIRECT_DEBIT, started));
        portal.payments().applyGatewayEvent(new GatewayEvent.Failed(StripePaymentGateway.NAME,
                "evt_failed_" + invoice.id(), workspace(), invoice.id(), invoice.total(), "pi_failed_" + invoice.id(),
                "insufficient_funds", started.plusSeconds(1)));
        TestBrowser pat = signedInAs(payer.email());

        String page = pat.get("/portal/invoices/" + invoice.id()).body();
        String row = rowOf(pat.get("/portal/payments").body(), "pi_failed_" + invoice.id());

        assertThat(page).contains("data-payment-status=\"FAILED\"").contains(">failed<")
                .contains("id=\"pay-now\"").doesNotContain("class=\"receipt\"");
        assertThat(row).contains("failed, direct debit").doesNotContain("Receipt");
    }

    @Test
    void theDemoCheckoutOfAnUnknownSession_isNotFound() {
        TestBrowser.Page page = browser().get(DemoCheckout.PAGE_PATH + "cs_demo_unknown");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.errorCode()).contains("document.not_found");
    }

    private Invoice freshInvoice(String amount) {
        return portal.invoicing().issue(owner(), portal.invoicing().createDraft(owner(),
                DraftInvoice.forClient(payer.client().id())
                        .line("Paid online", "1", "h", Money.of(amount, USD), TaxRate.of("NY sales tax", "8.875")))
                .id());
    }

    /** Starts paying as the client's billing contact and returns the demo's session the portal sent it to. */
    private DemoCheckout.Session startCheckout(Invoice invoice) {
        TestBrowser pat = signedInAs(payer.email());
        pat.get("/portal/invoices/" + invoice.id());
        String location = pat.submit("/portal/invoices/" + invoice.id() + "/pay", Map.of()).header("Location")
                .orElseThrow();
        return demo().session(location.substring(location.lastIndexOf('/') + 1));
    }

    private DemoCheckout demo() {
        DemoCheckout demo = payments.demo();
        assertThat(demo).as("the tests run without Stripe keys").isNotNull();
        return demo;
    }

    private static String receiptPath(String page) {
        int at = page.indexOf("/portal/payments/");
        assertThat(at).as("a receipt link").isPositive();
        return page.substring(at, page.indexOf('"', at));
    }

    private static String rowOf(String page, String reference) {
        int at = page.indexOf("data-reference=\"" + reference + "\"");
        assertThat(at).as("the row of " + reference).isPositive();
        return page.substring(at, page.indexOf("</tr>", at));
    }
}
