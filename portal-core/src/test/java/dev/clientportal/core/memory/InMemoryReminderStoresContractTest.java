package dev.clientportal.core.memory;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.ReminderStoresContract;
import dev.clientportal.core.testing.InMemoryMode;

/** The reminder stores' contract against the in-memory adapters, in the mode this run tests. */
class InMemoryReminderStoresContractTest extends ReminderStoresContract {

    @Override
    protected PortalStores newStores() {
        return InMemoryMode.stores();
    }
}
