package dev.clientportal.examples.demo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.stripe.Stripe;
import com.stripe.net.Webhook;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.CheckoutRequest;
import dev.clientportal.core.payment.OffSessionCharge;
import dev.clientportal.core.payment.PaymentGateway;
import dev.clientportal.core.payment.PaymentOutcome;
import dev.clientportal.core.payment.RefundOutcome;
import dev.clientportal.core.payment.RefundRequest;
import dev.clientportal.stripe.StripePaymentGateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The offline stand-in for Stripe Checkout, used when no Stripe keys are configured: core's {@link PaymentGateway}
 * whose checkout URL is the host's own {@code /demo-checkout/<session>} page. Paying there makes the host post the
 * event Stripe would send, {@code checkout.session.completed} for this API version, signed with a webhook secret made
 * at random on every start, to its own {@code /stripe/webhook}, where portal-stripe's handler checks the signature,
 * dedupes by event id and applies it exactly as a delivery from Stripe.
 *
 * <p>It plays Stripe's part, so it carries Stripe's gateway name and puts on the session the metadata
 * portal-stripe puts on a real one. Sessions live in this instance's memory for a day, as Stripe's expire: the demo
 * runs as one instance; a restart forgets open checkouts, and the client starts paying again. It keeps no saved
 * payment methods and takes no refunds: those answer declined. The JSON is written with Gson, which stripe-java
 * brings, so the class runs in any host whatever JSON library its framework uses.
 */
public final class DemoCheckout implements PaymentGateway {

    /** Where the host receives Stripe's webhooks, and where the demo posts its events. */
    public static final String WEBHOOK_PATH = "/stripe/webhook";
    /** Where the demo's checkout pages live; a session id follows. */
    public static final String PAGE_PATH = "/demo-checkout/";

    /** The metadata keys portal-stripe puts on a session, so that its events name workspace and invoice. */
    private static final String WORKSPACE = "portal_workspace_id";
    private static final String CLIENT = "portal_client_id";
    private static final String INVOICE = "portal_invoice_id";
    private static final String INVOICE_NUMBER = "portal_invoice_number";
    private static final String PURPOSE = "portal_purpose";
    private static final Gson JSON = new GsonBuilder().disableHtmlEscaping().create();

    private final URI baseUrl;
    private final URI returnPage;
    private final Clock clock;
    private final SecureRandom random;
    private final String webhookSecret;
    private final JsonObject eventTemplate;
    private final HttpClient http;
    private final Cache<String, Session> sessions = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(24)).maximumSize(10_000).build();
    private final Cache<String, String> sessionByKey = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(24)).maximumSize(10_000).build();

    /**
     * A demo checkout with a new webhook secret.
     *
     * @param baseUrl    where the host's pages are; checkout URLs point under it
     * @param returnPage where the client goes back to when the portal's request names no page
     * @param clock      the time events are stamped and signed with
     * @param random     where session ids and the secret come from
     */
    public DemoCheckout(URI baseUrl, URI returnPage, Clock clock, SecureRandom random) {
        this.baseUrl = baseUrl;
        this.returnPage = returnPage;
        this.clock = clock;
        this.random = random;
        this.webhookSecret = "whsec_" + token(24);
        this.eventTemplate = readTemplate();
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * The secret the demo signs its events with and the webhook endpoint checks them with; new on every start.
     *
     * @return a {@code whsec_…} secret
     */
    public String webhookSecret() {
        return webhookSecret;
    }

    @Override
    public String name() {
        return StripePaymentGateway.NAME;
    }

    /** A new session, or the one started before with the same idempotency key (a double click opens one). */
    @Override
    public PaymentOutcome startCheckout(CheckoutRequest request) {
        PortalException.requireField(request, "request");
        String sessionId = sessionByKey.get(request.idempotencyKey(), key -> {
            Session session = new Session("cs_demo_" + token(18), "pi_demo_" + token(18), request,
                    request.returnUrl() != null ? request.returnUrl() : returnPage);
            sessions.put(session.id(), session);
            return session.id();
        });
        return new PaymentOutcome.RequiresAction(sessionId, baseUrl.resolve(PAGE_PATH + sessionId), "");
    }

    @Override
    public PaymentOutcome chargeSavedMethod(OffSessionCharge charge) {
        return new PaymentOutcome.Declined("", "demo_no_saved_methods",
                "The demo checkout keeps no saved payment methods; configure Stripe keys to charge them");
    }

    @Override
    public RefundOutcome refund(RefundRequest request) {
        return new RefundOutcome.Declined("demo_no_refunds",
                "The demo checkout takes no refunds; record the refund by hand, or configure Stripe keys");
    }

    /**
     * An open or completed session of this instance.
     *
     * @param sessionId the session's id from the checkout URL
     * @return the session
     * @throws PortalException {@code document.not_found} for a session this instance does not know (or forgot)
     */
    public Session session(String sessionId) {
        Session session = sessions.getIfPresent(sessionId);
        if (session == null) {
            throw PortalException.notFound(ErrorCode.DOCUMENT_NOT_FOUND, "checkout session",
                    sessionId.length() > 40 ? sessionId.substring(0, 40) : sessionId);
        }
        return session;
    }

    /**
     * The client paid: posts the session's {@code checkout.session.completed} event, signed, to the webhook endpoint.
     * Paying a session again posts the very same event (same id, same content), which the portal applies once.
     *
     * @param session  the session paid
     * @param endpoint the host's own webhook endpoint
     * @return the HTTP status the endpoint answered
     */
    public int pay(Session session, URI endpoint) {
        String payload = completedEvent(session);
        long signedAt = clock.instant().getEpochSecond();
        String signature;
        try {
            signature = "t=" + signedAt + ",v1=" + Webhook.Util.computeHmacSha256(webhookSecret,
                    signedAt + "." + payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
        HttpRequest post = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Stripe-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(payload))
                .build();
        try {
            return http.send(post, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new PortalException(ErrorCode.GATEWAY_UNAVAILABLE, "the demo could not post its event to "
                    + endpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PortalException(ErrorCode.GATEWAY_UNAVAILABLE, "interrupted posting the demo's event to "
                    + endpoint, e);
        }
    }

    /**
     * The {@code checkout.session.completed} event of a session: built when first asked for, the same ever after.
     *
     * @param session the session
     * @return the event's JSON, as the webhook endpoint receives it
     */
    public String completedEvent(Session session) {
        return session.completedEvent(this);
    }

    /** The event Stripe sends when a Checkout Session is paid, built on Stripe's own sample objects. */
    private String buildCompletedEvent(Session session, Instant at) {
        CheckoutRequest request = session.request();
        JsonObject event = eventTemplate.deepCopy();
        event.addProperty("id", "evt_demo_" + session.id().substring("cs_demo_".length()));
        event.addProperty("type", "checkout.session.completed");
        event.addProperty("created", at.getEpochSecond());
        event.addProperty("api_version", Stripe.API_VERSION);
        event.addProperty("pending_webhooks", 1);
        JsonObject object = event.getAsJsonObject("data").getAsJsonObject("object");
        long amount = stripeAmount(request.amount());
        object.addProperty("id", session.id());
        object.addProperty("created", at.getEpochSecond());
        object.addProperty("expires_at", at.plus(Duration.ofHours(24)).getEpochSecond());
        object.addProperty("amount_subtotal", amount);
        object.addProperty("amount_total", amount);
        object.addProperty("currency", request.amount().currency().code().toLowerCase(Locale.ROOT));
        object.addProperty("client_reference_id", request.invoiceId().toString());
        object.addProperty("payment_intent", session.paymentIntent());
        object.addProperty("payment_status", "paid");
        object.addProperty("status", "complete");
        object.addProperty("success_url", session.returnUrl().toString());
        object.addProperty("cancel_url", session.returnUrl().toString());
        object.add("url", JsonNull.INSTANCE);
        JsonArray methods = new JsonArray();
        methods.add("card");
        object.add("payment_method_types", methods);
        // nothing shipped, converted, discounted or taxed: Stripe sends these empty for such a session
        object.add("shipping_cost", JsonNull.INSTANCE);
        object.add("currency_conversion", JsonNull.INSTANCE);
        JsonObject totals = new JsonObject();
        totals.addProperty("amount_discount", 0);
        totals.addProperty("amount_shipping", 0);
        totals.addProperty("amount_tax", 0);
        object.add("total_details", totals);
        JsonObject metadata = new JsonObject();
        metadata.addProperty(WORKSPACE, request.workspaceId().toString());
        metadata.addProperty(CLIENT, request.clientId().toString());
        metadata.addProperty(INVOICE, request.invoiceId().toString());
        metadata.addProperty(INVOICE_NUMBER, request.invoiceNumber());
        metadata.addProperty(PURPOSE, request.purpose().describe());
        object.add("metadata", metadata);
        return JSON.toJson(event);
    }

    /** Stripe counts in minor units, except that it keeps two decimals for ISK and UGX, which have none. */
    private static long stripeAmount(Money amount) {
        String code = amount.currency().code();
        return code.equals("ISK") || code.equals("UGX") ? Math.multiplyExact(amount.minorUnits(), 100)
                : amount.minorUnits();
    }

    private String token(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value).replace('-', 'x').replace('_', 'y');
    }

    private static JsonObject readTemplate() {
        try (InputStream in = DemoCheckout.class.getResourceAsStream("/stripe/checkout-session-event.json")) {
            if (in == null) {
                throw new IllegalStateException("stripe/checkout-session-event.json is missing from the classpath");
            }
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One checkout: what it collects and where the client returns; once paid, the event that said so, kept so that
     * paying again sends the same event.
     */
    public static final class Session {

        private final String id;
        private final String paymentIntent;
        private final CheckoutRequest request;
        private final URI returnUrl;
        private Optional<String> completedEvent = Optional.empty();

        Session(String id, String paymentIntent, CheckoutRequest request, URI returnUrl) {
            this.id = id;
            this.paymentIntent = paymentIntent;
            this.request = request;
            this.returnUrl = returnUrl;
        }

        /**
         * The session's id, {@code cs_demo_…}.
         *
         * @return the id
         */
        public String id() {
            return id;
        }

        /**
         * The payment intent the session stands for, {@code pi_demo_…}.
         *
         * @return its id
         */
        public String paymentIntent() {
            return paymentIntent;
        }

        /**
         * What the portal asked to collect.
         *
         * @return the checkout request
         */
        public CheckoutRequest request() {
            return request;
        }

        /**
         * Where the client goes back to after paying or cancelling.
         *
         * @return the return address
         */
        public URI returnUrl() {
            return returnUrl;
        }

        /**
         * Whether the session was paid on this instance.
         *
         * @return whether its completed event was sent
         */
        public synchronized boolean paid() {
            return completedEvent.isPresent();
        }

        private synchronized String completedEvent(DemoCheckout checkout) {
            if (completedEvent.isEmpty()) {
                completedEvent = Optional.of(checkout.buildCompletedEvent(this, checkout.clock.instant()));
            }
            return completedEvent.get();
        }
    }
}
