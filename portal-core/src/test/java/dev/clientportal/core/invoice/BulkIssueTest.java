package dev.clientportal.core.invoice;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.BulkIssueScenario;
import dev.clientportal.core.testing.InMemoryMode;

/** The bulk-issue scenario on the in-memory stores, in the mode this run tests. */
class BulkIssueTest extends BulkIssueScenario {

    @Override
    protected PortalStores newStores() {
        return InMemoryMode.stores();
    }
}
