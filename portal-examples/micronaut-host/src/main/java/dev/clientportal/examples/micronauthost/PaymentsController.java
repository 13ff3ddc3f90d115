package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.payment.CheckoutRequest;
import dev.clientportal.core.payment.PayInvoice;
import dev.clientportal.core.payment.PaymentOutcome;
import dev.clientportal.examples.demo.DemoCheckout;
import dev.clientportal.examples.demo.PathIds;
import dev.clientportal.examples.demo.PaymentChoice;
import dev.clientportal.examples.micronauthost.ApiJson.Amount;
import dev.clientportal.stripe.StripeWebhooks;
import dev.clientportal.stripe.WebhookResult;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.net.URI;

/**
 * Paying: the client starts paying an invoice (its amount due, or one installment) and is sent to the checkout,
 * Stripe's or the demo's; starting again while the invoice is unchanged answers the same checkout, as core sends the
 * gateway the same idempotency key. An optional {@code Idempotency-Key} makes a start exactly once per key and
 * contact across instances ({@link PaymentStartKeys}, the host's own table): the same key with the same request
 * (invoice, installment, {@code returnUrl}) answers the first answer again, with another request 422
 * {@code payment.reference_conflict}, and while the first is still being served 409 (send it again). Stripe's webhook
 * (or the demo's signed copy of it) records the payment through portal-stripe. The demo checkout's two endpoints
 * stand in for Stripe's hosted page: its details, and "pay".
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class PaymentsController {

    private final ClientPortal portal;
    private final PaymentChoice payments;
    private final StripeWebhooks webhooks;
    private final EmbeddedServer server;
    private final PaymentStartKeys keys;

    PaymentsController(ClientPortal portal, PaymentChoice payments, StripeWebhooks webhooks,
                       EmbeddedServer server, PaymentStartKeys keys) {
        this.portal = portal;
        this.payments = payments;
        this.webhooks = webhooks;
        this.server = server;
        this.keys = keys;
    }

    /**
     * What to pay: the amount due without a body or installment, or installment {@code n} of a payment schedule.
     *
     * @param installment the installment's number, from 1; absent or 0 for the amount due
     * @param returnUrl   where the checkout sends the client back to; absent for the host's base URL
     */
    @Serdeable
    record PayRequest(@Nullable Integer installment, @Nullable URI returnUrl) {
    }

    /**
     * How a payment started: {@code requires_action} with the checkout to send the client to, {@code declined} with
     * the gateway's code and message, or {@code succeeded}/{@code pending} with the payment's reference.
     *
     * @param outcome     the outcome's kind
     * @param checkoutUrl where the client pays, for {@code requires_action}
     * @param reference   the session or payment reference
     * @param code        the decline code
     * @param message     the decline message
     */
    @Serdeable
    record PaymentStart(String outcome, @Nullable URI checkoutUrl, @Nullable String reference,
                        @Nullable String code, @Nullable String message) {
    }

    /**
     * A demo checkout session as its page would show it.
     *
     * @param sessionId     the session
     * @param invoiceNumber the invoice paid
     * @param amount        the amount collected
     * @param paid          whether it was paid
     * @param returnUrl     where the client goes back to
     */
    @Serdeable
    record DemoSession(String sessionId, String invoiceNumber, Amount amount, boolean paid, URI returnUrl) {
        static DemoSession of(DemoCheckout.Session session) {
            CheckoutRequest request = session.request();
            return new DemoSession(session.id(), request.invoiceNumber(), Amount.of(request.amount()),
                    session.paid(), session.returnUrl());
        }
    }

    @Post("/api/portal/invoices/{id}/payments")
    @SecurityRequirement(name = MicronautHostApplication.BEARER)
    HttpResponse<PaymentStart> pay(@Parameter(hidden = true) ContactPrincipal contact, @PathVariable String id,
                                   @Parameter(description = "optional: one line of at most 200 characters; the "
                                           + "same key with the same body answers the first answer again, with "
                                           + "another body 422, while the first is still served 409")
                                   @Header(IdempotencyKeys.HEADER) @Nullable String idempotencyKey,
                                   @Nullable @Body PayRequest body) {
        String key = idempotencyKey == null ? null : IdempotencyKeys.require(idempotencyKey);
        InvoiceId invoiceId = PathIds.invoice(id);
        int installment = body == null || body.installment() == null ? 0 : body.installment();
        PayInvoice command = installment > 0 ? PayInvoice.installment(invoiceId, installment)
                : PayInvoice.amountDue(invoiceId);
        URI returnUrl = body == null ? null : body.returnUrl();
        if (returnUrl != null) {
            command = command.returningTo(returnUrl);
        }
        PayInvoice pay = command;
        if (key == null) {
            return HttpResponse.status(HttpStatus.CREATED).body(start(contact, pay));
        }
        String request = invoiceId + "|" + Math.max(installment, 0) + "|" + (returnUrl == null ? "" : returnUrl);
        return HttpResponse.status(HttpStatus.CREATED).body(keys.once(contact.contactId(), key, request,
                () -> start(contact, pay)));
    }

    /** Starts paying and says how it started. */
    private PaymentStart start(ContactPrincipal contact, PayInvoice command) {
        PaymentOutcome outcome = portal.payments().pay(contact, command);
        PaymentStart start;
        if (outcome instanceof PaymentOutcome.RequiresAction action) {
            start = new PaymentStart("requires_action", action.actionUrl(), action.sessionId(), null, null);
        } else if (outcome instanceof PaymentOutcome.Declined declined) {
            start = new PaymentStart("declined", null, declined.reference(), declined.code(), declined.message());
        } else if (outcome instanceof PaymentOutcome.Succeeded succeeded) {
            start = new PaymentStart("succeeded", null, succeeded.paymentReference(), null, null);
        } else {
            start = new PaymentStart("pending", null, ((PaymentOutcome.Pending) outcome).paymentReference(), null,
                    null);
        }
        return start;
    }

    @Get(DemoCheckout.PAGE_PATH + "{session}")
    DemoSession demoSession(@PathVariable String session) {
        return DemoSession.of(demo().session(session));
    }

    @Post(DemoCheckout.PAGE_PATH + "{session}/pay")
    DemoSession demoPay(@PathVariable String session) {
        DemoCheckout demo = demo();
        DemoCheckout.Session paying = demo.session(session);
        URI endpoint = URI.create(server.getURL().toString()).resolve(DemoCheckout.WEBHOOK_PATH);
        int status = demo.pay(paying, endpoint);
        if (status / 100 != 2) {
            throw new PortalException(ErrorCode.GATEWAY_UNAVAILABLE, "the webhook endpoint answered " + status
                    + " to the demo's event for " + paying.id());
        }
        return DemoSession.of(paying);
    }

    /**
     * Stripe's deliveries (or the demo's): the raw body goes to portal-stripe's handler unparsed, as the signature
     * covers its exact bytes, and the answer is the handler's: 200 handled, 400 refused, 500 to be delivered again.
     */
    @Post(value = DemoCheckout.WEBHOOK_PATH, consumes = MediaType.ALL, produces = MediaType.TEXT_PLAIN)
    HttpResponse<String> stripeWebhook(@Nullable @Body String payload,
                                       @Nullable @Header("Stripe-Signature") String signature) {
        WebhookResult result = PaymentChoice.receive(webhooks, payload, signature);
        return HttpResponse.<String>status(HttpStatus.valueOf(result.httpStatus()))
                .body(result instanceof WebhookResult.Accepted ? "ok" : "");
    }

    private DemoCheckout demo() {
        DemoCheckout demo = payments.demo();
        if (demo == null) {
            throw PortalException.notFound(ErrorCode.DOCUMENT_NOT_FOUND, "page", "demo checkout");
        }
        return demo;
    }
}
