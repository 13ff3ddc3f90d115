package dev.clientportal.core.automation;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.AutomationSimulationScenario;
import dev.clientportal.core.memory.InMemoryStores;

/** The automation simulation over in-memory stores whose transactions interleave as a database's do (row locks). */
class AutomationSimulationScenarioTest extends AutomationSimulationScenario {

    @Override
    protected PortalStores newStores() {
        return InMemoryStores.create(InMemoryStores.Mode.ROW_LOCKS);
    }
}
