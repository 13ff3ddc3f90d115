package dev.clientportal.core.payment;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.PaymentRaceScenario;
import dev.clientportal.core.testing.InMemoryMode;

/** The payment race scenario on the in-memory stores, in the mode this run tests. */
class PaymentRaceTest extends PaymentRaceScenario {

    @Override
    protected PortalStores newStores() {
        return InMemoryMode.stores();
    }
}
