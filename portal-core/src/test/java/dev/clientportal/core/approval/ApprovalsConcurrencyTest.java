package dev.clientportal.core.approval;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.ApprovalConcurrencyScenario;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.testing.InMemoryMode;

/** The approval concurrency scenario on the in-memory stores, in the mode this run tests. */
class ApprovalsConcurrencyTest extends ApprovalConcurrencyScenario {

    @Override
    protected PortalStores newStores() {
        return InMemoryMode.stores();
    }

    @Override
    protected boolean interleavesTransactions() {
        return InMemoryMode.current() == InMemoryStores.Mode.ROW_LOCKS;
    }
}
