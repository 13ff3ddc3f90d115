package dev.clientportal.core.memory;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.ProjectRepositoryContract;
import dev.clientportal.core.testing.InMemoryMode;

/** The ProjectRepository contract against the in-memory adapter, in the mode this run tests. */
class InMemoryProjectRepositoryContractTest extends ProjectRepositoryContract {

    @Override
    protected PortalStores newStores() {
        return InMemoryMode.stores();
    }
}
