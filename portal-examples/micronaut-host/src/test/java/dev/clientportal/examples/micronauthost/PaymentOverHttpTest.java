package dev.clientportal.examples.micronauthost;

import dev.clientportal.examples.demo.DemoCheckout;
import dev.clientportal.examples.demo.DemoWorkspace;
import dev.clientportal.examples.micronauthost.ApiJson.BusinessInvoiceJson;
import dev.clientportal.examples.micronauthost.ApiJson.InvoiceJson;
import dev.clientportal.examples.micronauthost.ApiJson.InvoiceRowJson;
import dev.clientportal.examples.micronauthost.ApiJson.PageJson;
import dev.clientportal.examples.micronauthost.ApiJson.PaymentJson;
import dev.clientportal.examples.micronauthost.PaymentsController.DemoSession;
import dev.clientportal.examples.micronauthost.PaymentsController.PaymentStart;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paying over HTTP through the offline demo checkout and portal-stripe's webhook handler, in a database of its own
 * (paying changes the figures {@link ApiOverHttp} checks): the payment is recorded only from a correctly signed
 * event, once however often it arrives.
 */
@MicronautTest(transactional = false)
@Property(name = "portal.staff.owner.token", value = HostOverHttp.STAFF_TOKEN)
class PaymentOverHttpTest extends HostOverHttp {

    @Test
    void payingTheAmountDueThroughTheDemoCheckoutRecordsThePaymentOnce() {
        String ana = signIn(DemoWorkspace.ANA);
        InvoiceRowJson overdue = invoices(ana, "?status=overdue").get(0);

        PaymentStart start = startPaying(ana, overdue);
        assertThat(start.outcome()).isEqualTo("requires_action");
        assertThat(start.checkoutUrl())
                .hasToString("http://localhost:8080" + DemoCheckout.PAGE_PATH + start.reference());

        assertThat(startPaying(ana, overdue)).as("a replayed POST opens no second checkout").isEqualTo(start);

        String session = DemoCheckout.PAGE_PATH + start.reference();
        DemoSession before = blocking().retrieve(HttpRequest.GET(session), DemoSession.class);
        assertThat(before.amount()).isEqualTo(overdue.amountDue());
        assertThat(before.paid()).isFalse();
        assertThat(before.returnUrl()).hasToString("http://localhost:8080");

        for (int attempt = 0; attempt < 2; attempt++) {
            DemoSession paid = blocking().retrieve(HttpRequest.POST(session + "/pay", ""), DemoSession.class);
            assertThat(paid.paid()).isTrue();
        }

        InvoiceJson after = get("/api/portal/invoices/" + overdue.id(), ana, Argument.of(InvoiceJson.class));
        assertThat(after.summary().status()).isEqualTo("PAID");
        assertThat(after.payments()).filteredOn(payment -> payment.amount().equals(overdue.amountDue()))
                .singleElement().extracting(PaymentJson::method).isEqualTo("CARD");
    }

    @Test
    void aWebhookWithoutAValidSignatureIsRefusedAndRecordsNothing() {
        String ana = signIn(DemoWorkspace.ANA);
        InvoiceRowJson open = invoices(ana, "?status=due").get(0);
        PaymentStart start = startPaying(ana, open);
        String event = portalDemo().completedEvent(portalDemo().session(start.reference()));

        Answer forged = call(HttpRequest.POST(DemoCheckout.WEBHOOK_PATH, event)
                .contentType(MediaType.APPLICATION_JSON).header("Stripe-Signature", "t=1,v1=00"));
        assertThat(forged.status()).isEqualTo(400);
        Answer unsigned = call(HttpRequest.POST(DemoCheckout.WEBHOOK_PATH, event)
                .contentType(MediaType.APPLICATION_JSON));
        assertThat(unsigned.status()).isEqualTo(400);

        InvoiceJson after = get("/api/portal/invoices/" + open.id(), ana, Argument.of(InvoiceJson.class));
        assertThat(after.summary()).isEqualTo(open);
    }

    @Test
    void anotherClientsInvoiceCannotBePaidAndUnknownCheckoutsAreNotFound() {
        String ana = signIn(DemoWorkspace.ANA);
        PageJson<BusinessInvoiceJson> open = get("/api/business/invoices?limit=100&status=open", STAFF_TOKEN,
                Argument.of(PageJson.class, BusinessInvoiceJson.class));
        String initechInvoice = open.items().stream().filter(row -> row.total().currency().equals("EUR"))
                .findFirst().orElseThrow().id();

        Answer refused = call(HttpRequest.POST("/api/portal/invoices/" + initechInvoice + "/payments", Map.of())
                .bearerAuth(ana));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.problem().code()).isEqualTo("invoice.not_found");
        assertThat(call(HttpRequest.GET(DemoCheckout.PAGE_PATH + "cs_demo_unknown")).status()).isEqualTo(404);
    }

    private PaymentStart startPaying(String session, InvoiceRowJson invoice) {
        return blocking().retrieve(HttpRequest.POST("/api/portal/invoices/" + invoice.id() + "/payments", Map.of())
                .bearerAuth(session), PaymentStart.class);
    }

    private List<InvoiceRowJson> invoices(String session, String query) {
        PageJson<InvoiceRowJson> page = get("/api/portal/invoices" + query, session,
                Argument.of(PageJson.class, InvoiceRowJson.class));
        return page.items();
    }

    private DemoCheckout portalDemo() {
        DemoCheckout checkout = payments.demo();
        assertThat(checkout).as("the tests run without Stripe keys").isNotNull();
        return checkout;
    }
}
