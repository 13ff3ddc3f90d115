package dev.clientportal.core.contract;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.payment.CheckoutRequest;
import dev.clientportal.core.payment.OffSessionCharge;
import dev.clientportal.core.payment.PaymentGateway;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.PaymentOutcome;
import dev.clientportal.core.payment.RefundOutcome;
import dev.clientportal.core.payment.RefundRequest;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A gateway for the automation scenarios: it declines a client's first attempts as told, then succeeds, or asks
 * some clients to act (3-D Secure, say) on their first attempt; answers each idempotency key once and the same again
 * on a repeat (as Stripe does), noting the repeat, and is unreachable while {@code down}.
 */
final class FlakyGateway implements PaymentGateway {

    static final String NAME = "flakypay";

    /** One answered charge, parsed from its key {@code autocharge:<workspace>:<template>:<period>:<attempt>}. */
    record Call(String templateId, LocalDate period, int attempt, Instant at) {
    }

    /** Declines before a success, by client id. */
    final Map<String, Integer> declines = new ConcurrentHashMap<>();
    /** Clients, by id, whose charges ask them to act instead of succeeding or declining. */
    final Set<String> needsAction = ConcurrentHashMap.newKeySet();
    final Map<String, Call> answered = new LinkedHashMap<>();
    final List<String> answeredTwice = new ArrayList<>();
    final AtomicInteger unavailable = new AtomicInteger();
    volatile boolean down;
    private final Map<String, PaymentOutcome> answers = new HashMap<>();
    private Instant clockOfCall = Instant.EPOCH;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PaymentOutcome startCheckout(CheckoutRequest request) {
        throw new AssertionError("the scenario starts no checkout");
    }

    @Override
    public synchronized PaymentOutcome chargeSavedMethod(OffSessionCharge charge) {
        if (down) {
            unavailable.incrementAndGet();
            throw new PortalException(ErrorCode.GATEWAY_UNAVAILABLE, "flakypay is down");
        }
        String key = charge.idempotencyKey();
        PaymentOutcome earlier = answers.get(key);
        if (earlier != null) {
            answeredTwice.add(key);
            return earlier;
        }
        String[] parts = key.split(":");
        int attempt = Integer.parseInt(parts[4]);
        answered.put(key, new Call(parts[2], LocalDate.parse(parts[3]), attempt, clockOfCall));
        String client = charge.clientId().toString();
        PaymentOutcome outcome;
        if (needsAction.contains(client)) {
            outcome = new PaymentOutcome.RequiresAction("pi_" + answers.size(),
                    URI.create("https://flakypay.example/authenticate/" + answers.size()), "");
        } else if (attempt <= declines.getOrDefault(client, 0)) {
            outcome = new PaymentOutcome.Declined("ch_" + answers.size(), "card_declined", "insufficient funds");
        } else {
            outcome = new PaymentOutcome.Succeeded("pi_" + answers.size(), charge.amount(), PaymentMethod.CARD);
        }
        answers.put(key, outcome);
        return outcome;
    }

    @Override
    public RefundOutcome refund(RefundRequest request) {
        throw new AssertionError("the scenario refunds nothing");
    }

    /** The instant the runs about to call are made at, for the calls' record. */
    synchronized void at(Instant now) {
        clockOfCall = now;
    }
}
