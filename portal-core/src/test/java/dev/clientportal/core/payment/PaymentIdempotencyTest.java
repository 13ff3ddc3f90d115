package dev.clientportal.core.payment;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.PaymentIdempotencyScenario;
import dev.clientportal.core.testing.InMemoryMode;

/** The payment idempotency scenario on the in-memory stores, in the mode this run tests. */
class PaymentIdempotencyTest extends PaymentIdempotencyScenario {

    @Override
    protected PortalStores newStores() {
        return InMemoryMode.stores();
    }
}
