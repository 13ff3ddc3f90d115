package dev.clientportal.core.memory;

import dev.clientportal.core.testing.InMemoryMode;
import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.PortalStoresContract;

/** Every store contract against the in-memory reference adapters, in the mode this run tests. */
class InMemoryStoresContractTest extends PortalStoresContract {

    @Override
    protected PortalStores newStores() {
        return InMemoryMode.stores();
    }

    @Override
    protected boolean interleavesTransactions() {
        return InMemoryMode.current() == InMemoryStores.Mode.ROW_LOCKS;
    }
}
