package dev.clientportal.core.exports;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.ExportScenario;
import dev.clientportal.core.memory.InMemoryStores;

/** The export scenario over in-memory stores whose transactions interleave as a database's do. */
class ExportScenarioTest extends ExportScenario {

    @Override
    protected PortalStores newStores() {
        return InMemoryStores.create(InMemoryStores.Mode.ROW_LOCKS);
    }
}
