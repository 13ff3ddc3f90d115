package dev.clientportal.core.notices;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.NotificationsScenario;
import dev.clientportal.core.memory.InMemoryStores;

/** The notifications scenario over in-memory stores whose transactions interleave as a database's do. */
class NotificationsScenarioTest extends NotificationsScenario {

    @Override
    protected PortalStores newStores() {
        return InMemoryStores.create(InMemoryStores.Mode.ROW_LOCKS);
    }
}
