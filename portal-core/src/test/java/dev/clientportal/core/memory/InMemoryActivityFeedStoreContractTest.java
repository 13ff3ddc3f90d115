package dev.clientportal.core.memory;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.ActivityFeedStoreContract;
import dev.clientportal.core.testing.InMemoryMode;

/** The ActivityFeedStore contract against the in-memory adapter, in the mode this run tests. */
class InMemoryActivityFeedStoreContractTest extends ActivityFeedStoreContract {

    @Override
    protected PortalStores newStores() {
        return InMemoryMode.stores();
    }
}
