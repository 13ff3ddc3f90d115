package dev.clientportal.core.memory;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.RecurringTemplatesContract;
import dev.clientportal.core.testing.InMemoryMode;

/** The recurring templates' contract against the in-memory adapter, in the mode this run tests. */
class InMemoryRecurringTemplatesContractTest extends RecurringTemplatesContract {

    @Override
    protected PortalStores newStores() {
        return InMemoryMode.stores();
    }
}
