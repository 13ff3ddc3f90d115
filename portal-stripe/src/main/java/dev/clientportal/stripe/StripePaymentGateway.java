package dev.clientportal.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.CardException;
import com.stripe.exception.StripeException;
import com.stripe.model.Customer;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeError;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import dev.clientportal.core.PortalStores;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.CheckoutRequest;
import dev.clientportal.core.payment.GatewayCustomers;
import dev.clientportal.core.payment.OffSessionCharge;
import dev.clientportal.core.payment.PaymentGateway;
import dev.clientportal.core.payment.PaymentOutcome;
import dev.clientportal.core.payment.Payments;
import dev.clientportal.core.payment.RefundOutcome;
import dev.clientportal.core.payment.RefundRequest;
import dev.clientportal.core.spi.TransactionRunner;

import org.jspecify.annotations.Nullable;

import java.math.BigInteger;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Core's {@link PaymentGateway} on Stripe: a hosted Checkout Session per checkout (a PaymentIntent instead for a page
 * with Stripe Elements), an off-session PaymentIntent per saved-method charge, a Refund per refund. Each workspace's
 * calls go to its connected account when it has one ({@code Stripe-Account}, with the platform's application fee),
 * and every mutating call carries an idempotency key derived from the portal's, so the same request never charges or
 * refunds twice. One {@link StripeClient} per instance; no static Stripe configuration is touched. Thread-safe.
 */
public final class StripePaymentGateway implements PaymentGateway {

    /** The gateway's name, recorded on payments ({@code Payment#gateway()}) and in gateway events. */
    public static final String NAME = "stripe";

    private final StripeSettings settings;
    private final GatewayCustomers customers;
    private final TransactionRunner transactions;
    private final StripeClient client;

    private StripePaymentGateway(StripeSettings settings, PortalStores stores) {
        this.settings = settings;
        this.customers = stores.gatewayCustomers();
        this.transactions = stores.transactions();
        this.client = StripeClient.builder()
                .setApiKey(settings.apiKey())
                .setApiBase(settings.apiBase().toString())
                .setMaxNetworkRetries(settings.maxNetworkRetries())
                .setConnectTimeout((int) settings.connectTimeout().toMillis())
                .setReadTimeout((int) settings.readTimeout().toMillis())
                .build();
    }

    /**
     * A gateway with its own Stripe client, remembering each client's Stripe Customer in the portal's stores
     * ({@link PortalStores#gatewayCustomers()}), so every instance and every restart uses the same one.
     *
     * @param settings key, API base, return pages, retries, connected accounts
     * @param stores   the portal's stores, the same the host builds its {@code ClientPortal} on
     * @return the gateway
     */
    public static StripePaymentGateway create(StripeSettings settings, PortalStores stores) {
        return new StripePaymentGateway(PortalException.requireField(settings, "settings"),
                PortalException.requireField(stores, "stores"));
    }

    /**
     * The webhook handler of one Stripe endpoint, applying events through {@code payments}.
     *
     * @param payments       the portal's payments, usually {@code portal.payments()}
     * @param endpointSecret the endpoint's signing secret ({@code whsec_…})
     * @return the handler
     */
    public StripeWebhooks webhooks(Payments payments, String endpointSecret) {
        return new StripeWebhooks(this, settings, payments, endpointSecret);
    }

    /**
     * The reconciliation of missed webhooks, applying events through {@code payments}.
     *
     * @param payments the portal's payments, usually {@code portal.payments()}
     * @return the reconciliation
     */
    public StripeReconciliation reconciliation(Payments payments) {
        return new StripeReconciliation(this, settings, PortalException.requireField(payments, "payments"));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PaymentOutcome startCheckout(CheckoutRequest request) {
        PortalException.requireField(request, "request");
        Optional<ConnectedAccount> account = settings.connectedAccounts().of(request.workspaceId());
        String customer = customer(request.workspaceId(), request.clientId(), account);
        Map<String, String> metadata = StripeMetadata.of(request.workspaceId(), request.clientId(),
                request.invoiceId(), request.invoiceNumber(), request.purpose().describe());
        if (settings.paymentElements()) {
            return startPaymentIntent(request, customer, metadata, account);
        }
        Money amount = request.amount();
        SessionCreateParams.PaymentIntentData.Builder intent = SessionCreateParams.PaymentIntentData.builder()
                .putAllMetadata(metadata)
                .setDescription("Invoice " + request.invoiceNumber());
        applicationFee(amount, account).ifPresent(intent::setApplicationFeeAmount);
        if (settings.savePaymentMethods()) {
            intent.setSetupFutureUsage(SessionCreateParams.PaymentIntentData.SetupFutureUsage.OFF_SESSION);
        }
        URI returnUrl = request.returnUrl();
        URI success = returnUrl != null ? returnUrl : settings.successUrl();
        URI cancel = returnUrl != null ? returnUrl : settings.cancelUrl();
        SessionCreateParams params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setCustomer(customer)
                .setClientReferenceId(request.invoiceId().toString())
                .setSuccessUrl(success.toString())
                .setCancelUrl(cancel.toString())
                .putAllMetadata(metadata)
                .setPaymentIntentData(intent.build())
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency(StripeAmounts.currency(amount))
                                .setUnitAmount(StripeAmounts.toStripe(amount))
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName("Invoice " + request.invoiceNumber() + " - "
                                                + request.purpose().describe())
                                        .build())
                                .build())
                        .build())
                .build();
        Session session;
        try {
            session = client.v1().checkout().sessions().create(params,
                    options(account, IdempotencyKeys.derive("checkout", request.idempotencyKey())));
        } catch (StripeException e) {
            return declined("", "start a checkout", e);
        }
        String url = session.getUrl();
        return new PaymentOutcome.RequiresAction(session.getId(), url == null ? null : URI.create(url),
                Objects.requireNonNullElse(session.getClientSecret(), ""));
    }

    /**
     * A checkout for a page that embeds Stripe Elements: a PaymentIntent the page confirms with its client secret;
     * its events name the invoice through the same metadata as a Checkout Session's PaymentIntent.
     */
    private PaymentOutcome startPaymentIntent(CheckoutRequest request, String customer, Map<String, String> metadata,
                                              Optional<ConnectedAccount> account) {
        Money amount = request.amount();
        PaymentIntentCreateParams.Builder params = PaymentIntentCreateParams.builder()
                .setAmount(StripeAmounts.toStripe(amount))
                .setCurrency(StripeAmounts.currency(amount))
                .setCustomer(customer)
                .setDescription("Invoice " + request.invoiceNumber() + " - " + request.purpose().describe())
                .setAutomaticPaymentMethods(PaymentIntentCreateParams.AutomaticPaymentMethods.builder()
                        .setEnabled(true).build())
                .putAllMetadata(metadata);
        applicationFee(amount, account).ifPresent(params::setApplicationFeeAmount);
        if (settings.savePaymentMethods()) {
            params.setSetupFutureUsage(PaymentIntentCreateParams.SetupFutureUsage.OFF_SESSION);
        }
        PaymentIntent intent;
        try {
            intent = client.v1().paymentIntents().create(params.build(),
                    options(account, IdempotencyKeys.derive("intent", request.idempotencyKey())));
        } catch (StripeException e) {
            return declined("", "start a payment", e);
        }
        return new PaymentOutcome.RequiresAction(intent.getId(), null,
                Objects.requireNonNullElse(intent.getClientSecret(), ""));
    }

    @Override
    public PaymentOutcome chargeSavedMethod(OffSessionCharge charge) {
        PortalException.requireField(charge, "charge");
        Optional<ConnectedAccount> account = settings.connectedAccounts().of(charge.workspaceId());
        Money amount = charge.amount();
        PaymentIntentCreateParams.Builder params = PaymentIntentCreateParams.builder()
                .setAmount(StripeAmounts.toStripe(amount))
                .setCurrency(StripeAmounts.currency(amount))
                .setCustomer(charge.customerReference())
                .setPaymentMethod(charge.paymentMethodReference())
                .setOffSession(true)
                .setConfirm(true)
                // off-session there is nobody to follow a redirect: such methods must decline, not wait
                .setAutomaticPaymentMethods(PaymentIntentCreateParams.AutomaticPaymentMethods.builder()
                        .setEnabled(true)
                        .setAllowRedirects(PaymentIntentCreateParams.AutomaticPaymentMethods.AllowRedirects.NEVER)
                        .build())
                .putAllMetadata(StripeMetadata.of(charge.workspaceId(), charge.clientId(), charge.invoiceId(), null,
                        charge.purpose().describe()));
        applicationFee(amount, account).ifPresent(params::setApplicationFeeAmount);
        PaymentIntent intent;
        try {
            intent = client.v1().paymentIntents().create(params.build(),
                    options(account, IdempotencyKeys.derive("charge", charge.idempotencyKey())));
        } catch (CardException e) {
            return cardRefused(e);
        } catch (StripeException e) {
            return declined("", "charge a saved payment method", e);
        }
        return StripeOutcomes.of(intent);
    }

    @Override
    public RefundOutcome refund(RefundRequest request) {
        PortalException.requireField(request, "request");
        Optional<ConnectedAccount> account = settings.connectedAccounts().of(request.workspaceId());
        RefundCreateParams.Builder params = RefundCreateParams.builder()
                .setPaymentIntent(request.paymentReference())
                .putMetadata(StripeMetadata.WORKSPACE, request.workspaceId().toString());
        if (!request.reason().isBlank()) {
            params.putMetadata(StripeMetadata.REASON, request.reason());
        }
        Money amount = request.amount();
        if (amount != null) {
            params.setAmount(StripeAmounts.toStripe(amount));
        }
        if (account.isPresent() && account.get().applicationFeeBasisPoints() > 0) {
            params.setRefundApplicationFee(true);
        }
        Refund refund;
        try {
            refund = client.v1().refunds().create(params.build(),
                    options(account, IdempotencyKeys.derive("refund", request.idempotencyKey())));
        } catch (StripeException e) {
            if (StripeErrors.isRefusal(e)) {
                return new RefundOutcome.Declined(StripeErrors.code(e, null), StripeErrors.message(e));
            }
            if (StripeErrors.isMissing(e)) {
                throw PortalException.notFound(ErrorCode.PAYMENT_NOT_FOUND, "payment", request.paymentReference());
            }
            throw StripeErrors.translate("refund " + request.paymentReference(), e);
        }
        return StripeOutcomes.of(refund);
    }

    // ---- shared with the webhooks ---------------------------------------------------------------------------

    StripeClient client() {
        return client;
    }

    static RequestOptions options(Optional<ConnectedAccount> account, @Nullable String idempotencyKey) {
        RequestOptions.RequestOptionsBuilder options = RequestOptions.builder();
        account.ifPresent(connected -> options.setStripeAccount(connected.accountId()));
        if (idempotencyKey != null) {
            options.setIdempotencyKey(idempotencyKey);
        }
        return options.build();
    }

    // ---- internals ------------------------------------------------------------------------------------------

    /**
     * The client's customer, created once: the idempotency key makes concurrent creators get the same customer from
     * Stripe, and the stores keep the first one remembered should Stripe have made two (a key older than a day).
     */
    private String customer(WorkspaceId workspaceId, ClientId clientId, Optional<ConnectedAccount> account) {
        Optional<String> known = transactions.inTransaction(() -> customers.find(workspaceId, clientId, NAME));
        if (known.isPresent()) {
            return known.get();
        }
        CustomerCreateParams params = CustomerCreateParams.builder()
                .putMetadata(StripeMetadata.WORKSPACE, workspaceId.toString())
                .putMetadata(StripeMetadata.CLIENT, clientId.toString())
                .build();
        Customer created;
        try {
            created = client.v1().customers().create(params,
                    options(account, IdempotencyKeys.derive("customer", workspaceId + ":" + clientId)));
        } catch (StripeException e) {
            throw StripeErrors.translate("create the client's customer", e);
        }
        return transactions.inTransaction(() -> customers.remember(workspaceId, clientId, NAME, created.getId()));
    }

    /** The platform's fee of a payment on a connected account, rounded half up to the currency's minor unit. */
    static Optional<Long> applicationFee(Money amount, Optional<ConnectedAccount> account) {
        if (account.isEmpty() || account.get().applicationFeeBasisPoints() == 0) {
            return Optional.empty();
        }
        BigInteger[] quotient = BigInteger.valueOf(amount.minorUnits())
                .multiply(BigInteger.valueOf(account.get().applicationFeeBasisPoints()))
                .divideAndRemainder(BigInteger.valueOf(ConnectedAccount.MAX_BASIS_POINTS));
        long fee = quotient[0].longValueExact();
        if (quotient[1].longValueExact() * 2 >= ConnectedAccount.MAX_BASIS_POINTS) {
            fee++;
        }
        return Optional.of(StripeAmounts.toStripe(Money.ofMinor(fee, amount.currency())));
    }

    private static PaymentOutcome declined(String reference, String call, StripeException e) {
        if (StripeErrors.isRefusal(e)) {
            return new PaymentOutcome.Declined(reference, StripeErrors.code(e, null), StripeErrors.message(e));
        }
        throw StripeErrors.translate(call, e);
    }

    /**
     * A card error of an off-session charge: the bank wants the client to authenticate (a pay link brings them
     * back, with the PaymentIntent's client secret), or it declined.
     */
    private static PaymentOutcome cardRefused(CardException e) {
        StripeError error = e.getStripeError();
        PaymentIntent intent = error == null ? null : error.getPaymentIntent();
        String reference = intent != null ? intent.getId() : Objects.requireNonNullElse(e.getCharge(), "");
        if ("authentication_required".equals(e.getCode()) || "authentication_required".equals(e.getDeclineCode())) {
            if (intent != null && intent.getClientSecret() != null) {
                return new PaymentOutcome.RequiresAction(intent.getId(), null, intent.getClientSecret());
            }
        }
        String code = e.getDeclineCode() != null ? e.getDeclineCode() : StripeErrors.code(e, "card_declined");
        return new PaymentOutcome.Declined(reference, code, StripeErrors.message(e));
    }
}
