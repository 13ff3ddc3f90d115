package dev.clientportal.core.automation;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.LateFeeRunScenario;
import dev.clientportal.core.memory.InMemoryStores;

/** The late-fee scenario over in-memory stores whose transactions interleave as a database's do (row locks). */
class LateFeeRunScenarioTest extends LateFeeRunScenario {

    @Override
    protected PortalStores newStores() {
        return InMemoryStores.create(InMemoryStores.Mode.ROW_LOCKS);
    }
}
