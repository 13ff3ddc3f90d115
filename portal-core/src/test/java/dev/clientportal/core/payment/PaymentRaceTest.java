package dev.clientportal.core.payment;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.PaymentRaceScenario;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.testing.InMemoryMode;

/** The payment race scenario on the in-memory stores, in the mode this run tests. */
class PaymentRaceTest extends PaymentRaceScenario {

    @Override
    protected PortalStores newStores() {
        return InMemoryMode.stores();
    }

    @Override
    protected boolean interleavesTransactions() {
        return InMemoryMode.current() == InMemoryStores.Mode.ROW_LOCKS;
    }
}
