package dev.clientportal.core.memory;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.NotificationStoresContract;
import dev.clientportal.core.testing.InMemoryMode;

/** The notification stores' contract against the in-memory adapter, in the mode this run tests. */
class InMemoryNotificationStoresContractTest extends NotificationStoresContract {

    @Override
    protected PortalStores newStores() {
        return InMemoryMode.stores();
    }
}
