package dev.clientportal.core.project;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.ProjectFeedScenario;
import dev.clientportal.core.memory.InMemoryStores;

/** The projects and feed scenario over in-memory stores whose transactions interleave as a database's do. */
class ProjectFeedScenarioTest extends ProjectFeedScenario {

    @Override
    protected PortalStores newStores() {
        return InMemoryStores.create(InMemoryStores.Mode.ROW_LOCKS);
    }
}
