package dev.clientportal.core.automation;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.RecurringRunScenario;
import dev.clientportal.core.memory.InMemoryStores;

/** The recurring scenario over in-memory stores whose transactions interleave as a database's do (row locks). */
class RecurringRunScenarioTest extends RecurringRunScenario {

    @Override
    protected PortalStores newStores() {
        return InMemoryStores.create(InMemoryStores.Mode.ROW_LOCKS);
    }
}
