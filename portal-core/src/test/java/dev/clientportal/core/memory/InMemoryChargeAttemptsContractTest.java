package dev.clientportal.core.memory;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.ChargeAttemptsContract;
import dev.clientportal.core.testing.InMemoryMode;

/** The auto-charge attempt log's contract against the in-memory adapter, in the mode this run tests. */
class InMemoryChargeAttemptsContractTest extends ChargeAttemptsContract {

    @Override
    protected PortalStores newStores() {
        return InMemoryMode.stores();
    }
}
