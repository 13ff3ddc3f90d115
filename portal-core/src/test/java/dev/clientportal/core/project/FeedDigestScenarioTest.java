package dev.clientportal.core.project;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.FeedDigestScenario;
import dev.clientportal.core.memory.InMemoryStores;

/** The feed digest scenario over in-memory stores whose transactions interleave as a database's do. */
class FeedDigestScenarioTest extends FeedDigestScenario {

    @Override
    protected PortalStores newStores() {
        return InMemoryStores.create(InMemoryStores.Mode.ROW_LOCKS);
    }
}
