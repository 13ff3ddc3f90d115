package dev.clientportal.core.automation;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.ReminderRunScenario;
import dev.clientportal.core.memory.InMemoryStores;

/** The reminder scenario over in-memory stores whose transactions interleave as a database's do (row locks). */
class ReminderRunScenarioTest extends ReminderRunScenario {

    @Override
    protected PortalStores newStores() {
        return InMemoryStores.create(InMemoryStores.Mode.ROW_LOCKS);
    }
}
