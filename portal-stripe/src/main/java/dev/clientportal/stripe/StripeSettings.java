package dev.clientportal.stripe;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How the portal talks to Stripe: the secret key, where the API is, the pages a checkout returns to, retries and
 * timeouts, connected accounts, and the webhook timestamp tolerance. Immutable; built with {@link #builder(String)}.
 */
public final class StripeSettings {

    /** Stripe's API. */
    public static final URI DEFAULT_API_BASE = URI.create("https://api.stripe.com");
    /** Retries of a request that failed in a way a retry may cure (network, 409, 5xx, or Stripe says so). */
    public static final int DEFAULT_MAX_NETWORK_RETRIES = 2;
    /** Stripe's own default: a webhook signed longer ago than this is refused as a replay. */
    public static final Duration DEFAULT_WEBHOOK_TOLERANCE = Duration.ofMinutes(5);

    private final String apiKey;
    private final URI apiBase;
    private final URI successUrl;
    private final URI cancelUrl;
    private final int maxNetworkRetries;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final boolean savePaymentMethods;
    private final boolean paymentElements;
    private final ConnectedAccounts connectedAccounts;
    private final Duration webhookTolerance;
    private final Clock clock;

    private StripeSettings(Builder builder) {
        this.apiKey = builder.apiKey;
        this.apiBase = builder.apiBase;
        this.successUrl = PortalException.requireField(builder.successUrl, "successUrl");
        this.cancelUrl = Objects.requireNonNullElse(builder.cancelUrl, successUrl);
        this.maxNetworkRetries = builder.maxNetworkRetries;
        this.connectTimeout = builder.connectTimeout;
        this.readTimeout = builder.readTimeout;
        this.savePaymentMethods = builder.savePaymentMethods;
        this.paymentElements = builder.paymentElements;
        this.connectedAccounts = builder.connectedAccounts;
        this.webhookTolerance = builder.webhookTolerance;
        this.clock = builder.clock;
    }

    /**
     * Starts settings for a secret key ({@code sk_…} or a restricted {@code rk_…}).
     *
     * @param apiKey the secret or restricted key
     * @return a builder; {@link Builder#successUrl(URI)} is required
     */
    public static Builder builder(String apiKey) {
        return new Builder(apiKey);
    }

    String apiKey() {
        return apiKey;
    }

    URI apiBase() {
        return apiBase;
    }

    URI successUrl() {
        return successUrl;
    }

    URI cancelUrl() {
        return cancelUrl;
    }

    int maxNetworkRetries() {
        return maxNetworkRetries;
    }

    Duration connectTimeout() {
        return connectTimeout;
    }

    Duration readTimeout() {
        return readTimeout;
    }

    boolean savePaymentMethods() {
        return savePaymentMethods;
    }

    boolean paymentElements() {
        return paymentElements;
    }

    ConnectedAccounts connectedAccounts() {
        return connectedAccounts;
    }

    Duration webhookTolerance() {
        return webhookTolerance;
    }

    Clock clock() {
        return clock;
    }

    /** Builds {@link StripeSettings}; each setter checks its value at once. */
    public static final class Builder {

        private final String apiKey;
        private URI apiBase = DEFAULT_API_BASE;
        private @Nullable URI successUrl;
        private @Nullable URI cancelUrl;
        private int maxNetworkRetries = DEFAULT_MAX_NETWORK_RETRIES;
        private Duration connectTimeout = Duration.ofSeconds(30);
        private Duration readTimeout = Duration.ofSeconds(80);
        private boolean savePaymentMethods;
        private boolean paymentElements;
        private ConnectedAccounts connectedAccounts = ConnectedAccounts.none();
        private Duration webhookTolerance = DEFAULT_WEBHOOK_TOLERANCE;
        private Clock clock = Clock.systemUTC();

        private Builder(String apiKey) {
            this.apiKey = PortalException.requireText(apiKey, "apiKey");
        }

        /**
         * Where the API is: Stripe's by default; a stub server in tests.
         *
         * @param value the API's base URL, without a path
         * @return this builder
         */
        public Builder apiBase(URI value) {
            this.apiBase = PortalException.requireField(value, "apiBase");
            return this;
        }

        /**
         * Where a checkout sends the client after paying, unless the payment names its own return page.
         *
         * @param value the page; Stripe replaces {@code {CHECKOUT_SESSION_ID}} in it
         * @return this builder
         */
        public Builder successUrl(URI value) {
            this.successUrl = PortalException.requireField(value, "successUrl");
            return this;
        }

        /**
         * Where a checkout sends a client who gives up; the success page by default.
         *
         * @param value the page
         * @return this builder
         */
        public Builder cancelUrl(URI value) {
            this.cancelUrl = PortalException.requireField(value, "cancelUrl");
            return this;
        }

        /**
         * How often the SDK retries a request that failed in a way a retry may cure, with backoff, under the same
         * idempotency key. Default {@value StripeSettings#DEFAULT_MAX_NETWORK_RETRIES}.
         *
         * @param value 0 or more
         * @return this builder
         */
        public Builder maxNetworkRetries(int value) {
            if (value < 0) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "maxNetworkRetries", value,
                        "must not be negative");
            }
            this.maxNetworkRetries = value;
            return this;
        }

        /**
         * How long to wait for a connection and for an answer.
         *
         * @param connect the connect timeout, positive
         * @param read    the read timeout, positive
         * @return this builder
         */
        public Builder timeouts(Duration connect, Duration read) {
            this.connectTimeout = positive(connect, "connectTimeout");
            this.readTimeout = positive(read, "readTimeout");
            return this;
        }

        /**
         * Whether checkouts save the client's payment method for later off-session charges (autopay).
         *
         * @param value {@code true} to save it
         * @return this builder
         */
        public Builder savePaymentMethods(boolean value) {
            this.savePaymentMethods = value;
            return this;
        }

        /**
         * Whether the host's own pay page takes the payment with Stripe Elements: a checkout is then a PaymentIntent
         * whose client secret the page confirms ({@code RequiresAction} without a URL), not a hosted Checkout
         * Session. Off by default.
         *
         * @param value {@code true} for PaymentIntents confirmed by Stripe Elements
         * @return this builder
         */
        public Builder paymentElements(boolean value) {
            this.paymentElements = value;
            return this;
        }

        /**
         * The workspaces paid on connected accounts of their own; none by default.
         *
         * @param value the connected accounts
         * @return this builder
         */
        public Builder connectedAccounts(ConnectedAccounts value) {
            this.connectedAccounts = PortalException.requireField(value, "connectedAccounts");
            return this;
        }

        /**
         * How old a webhook's signature may be; default {@code 5 minutes}, as Stripe's.
         *
         * @param value positive
         * @return this builder
         */
        public Builder webhookTolerance(Duration value) {
            this.webhookTolerance = positive(value, "webhookTolerance");
            return this;
        }

        /**
         * The clock webhook timestamps are checked against.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = PortalException.requireField(value, "clock");
            return this;
        }

        /**
         * The settings.
         *
         * @return the settings
         * @throws PortalException {@link ErrorCode#REQUIRED} without a success URL
         */
        public StripeSettings build() {
            return new StripeSettings(this);
        }

        private static Duration positive(@Nullable Duration value, String field) {
            Duration checked = PortalException.requireField(value, field);
            if (checked.isNegative() || checked.isZero() || checked.toMillis() > Integer.MAX_VALUE) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, field, checked, "must be positive");
            }
            return checked;
        }
    }
}
