package dev.clientportal.core.memory;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.LateFeeLedgerContract;
import dev.clientportal.core.testing.InMemoryMode;

/** The late-fee ledger's contract against the in-memory adapter, in the mode this run tests. */
class InMemoryLateFeeLedgerContractTest extends LateFeeLedgerContract {

    @Override
    protected PortalStores newStores() {
        return InMemoryMode.stores();
    }
}
