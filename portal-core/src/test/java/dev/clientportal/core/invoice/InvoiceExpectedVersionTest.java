package dev.clientportal.core.invoice;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.InvoiceExpectedVersionScenario;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.testing.InMemoryMode;

/** Issuing and voiding at the version read, on the in-memory stores in the mode this run tests. */
class InvoiceExpectedVersionTest extends InvoiceExpectedVersionScenario {

    @Override
    protected PortalStores newStores() {
        return InMemoryMode.stores();
    }

    @Override
    protected boolean interleavesTransactions() {
        return InMemoryMode.current() == InMemoryStores.Mode.ROW_LOCKS;
    }
}
