package dev.clientportal.core.invoice;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.ConcurrentIssueScenario;
import dev.clientportal.core.testing.InMemoryMode;

/** Concurrent issues served together, on the in-memory stores in the mode this run tests. */
class ConcurrentIssueTest extends ConcurrentIssueScenario {

    @Override
    protected PortalStores newStores() {
        return InMemoryMode.stores();
    }
}
