package dev.clientportal.core.memory;

import dev.clientportal.core.testing.InMemoryMode;
import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.PortalStoresContract;

/** Every store contract against the in-memory reference adapters. */
class InMemoryStoresContractTest extends PortalStoresContract {

    @Override
    protected PortalStores newStores() {
        return InMemoryMode.stores();
    }
}
