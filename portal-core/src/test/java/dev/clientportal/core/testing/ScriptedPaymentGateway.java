package dev.clientportal.core.testing;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.CheckoutRequest;
import dev.clientportal.core.payment.OffSessionCharge;
import dev.clientportal.core.payment.PaymentGateway;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.PaymentOutcome;
import dev.clientportal.core.payment.RefundOutcome;
import dev.clientportal.core.payment.RefundRequest;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A payment gateway in memory with scripted outcomes, for tests and demos. Unscripted, a checkout answers a hosted
 * session ({@code cs_test_1}, {@code https://checkout.example/cs_test_1}), a charge succeeds ({@code pi_test_1}) and
 * a refund succeeds up to what the charge took. Like a real gateway it honours idempotency keys: a key seen before
 * answers what it answered then and consumes no script. Thread-safe.
 */
public final class ScriptedPaymentGateway implements PaymentGateway {

    private final String name;
    private final Deque<Function<Object, Object>> script = new ArrayDeque<>();
    private final Map<String, Object> answered = new HashMap<>();
    private final Map<String, Money> charged = new HashMap<>();
    private final List<Object> requests = new ArrayList<>();
    private int sequence;

    private ScriptedPaymentGateway(String name) {
        this.name = PortalException.requireText(name, "name");
    }

    /** A gateway with the given name, e.g. {@code stripe}. */
    public static ScriptedPaymentGateway named(String name) {
        return new ScriptedPaymentGateway(name);
    }

    /** The next new request (checkout or charge) answers this outcome. */
    public synchronized ScriptedPaymentGateway thenAnswer(PaymentOutcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        script.add(request -> outcome);
        return this;
    }

    /** The next new refund answers this outcome. */
    public synchronized ScriptedPaymentGateway thenAnswer(RefundOutcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        script.add(request -> outcome);
        return this;
    }

    /** The next new request fails as a gateway that cannot be reached (and remembers nothing of it). */
    public synchronized ScriptedPaymentGateway thenUnavailable() {
        script.add(request -> {
            throw new PortalException(ErrorCode.GATEWAY_UNAVAILABLE, "scripted: gateway " + name + " timed out");
        });
        return this;
    }

    /** The next new request throws what a careless adapter would let escape (a vendor's runtime exception). */
    public synchronized ScriptedPaymentGateway thenThrow(RuntimeException vendorFailure) {
        Objects.requireNonNull(vendorFailure, "vendorFailure");
        script.add(request -> {
            throw vendorFailure;
        });
        return this;
    }

    /** Every request received, repeats included, oldest first. */
    public synchronized List<Object> requests() {
        return List.copyOf(requests);
    }

    /** The checkout requests received, repeats included, oldest first. */
    public synchronized List<CheckoutRequest> checkouts() {
        return requests.stream().filter(CheckoutRequest.class::isInstance).map(CheckoutRequest.class::cast).toList();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized PaymentOutcome startCheckout(CheckoutRequest request) {
        return (PaymentOutcome) answer(request, request.idempotencyKey(), () -> {
            String session = "cs_test_" + (++sequence);
            return new PaymentOutcome.RequiresAction(session, URI.create("https://checkout.example/" + session), "");
        });
    }

    @Override
    public synchronized PaymentOutcome chargeSavedMethod(OffSessionCharge charge) {
        return (PaymentOutcome) answer(charge, charge.idempotencyKey(), () ->
                new PaymentOutcome.Succeeded("pi_test_" + (++sequence), charge.amount(), PaymentMethod.CARD));
    }

    @Override
    public synchronized RefundOutcome refund(RefundRequest request) {
        return (RefundOutcome) answer(request, request.idempotencyKey(), () -> {
            Money left = charged.get(request.paymentReference());
            if (left == null) {
                return new RefundOutcome.Declined("resource_missing", "no payment " + request.paymentReference());
            }
            Money amount = request.amount() == null ? left : request.amount();
            if (!left.isPositive() || amount.isGreaterThan(left)) {
                return new RefundOutcome.Declined("amount_too_large", "only " + left + " is left to refund");
            }
            return new RefundOutcome.Succeeded("re_test_" + (++sequence), amount);
        });
    }

    private Object answer(Object request, String idempotencyKey, java.util.function.Supplier<Object> unscripted) {
        requests.add(request);
        Object earlier = answered.get(idempotencyKey);
        if (earlier != null) {
            return earlier;
        }
        Function<Object, Object> next = script.poll();
        Object outcome = next != null ? next.apply(request) : unscripted.get();
        answered.put(idempotencyKey, outcome);
        remember(request, outcome);
        return outcome;
    }

    /** Keeps what a payment took and a refund returned, so unscripted refunds know what is left. */
    private void remember(Object request, Object outcome) {
        if (outcome instanceof PaymentOutcome.Succeeded succeeded) {
            charged.put(succeeded.paymentReference(), succeeded.amount());
        } else if (outcome instanceof RefundOutcome.Succeeded refunded && request instanceof RefundRequest refund) {
            charged.computeIfPresent(refund.paymentReference(), (reference, left) -> left.minus(refunded.amount()));
        }
    }
}
