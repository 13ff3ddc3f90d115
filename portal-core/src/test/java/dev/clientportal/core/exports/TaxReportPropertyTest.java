package dev.clientportal.core.exports;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.TaxReportPropertyScenario;
import dev.clientportal.core.memory.InMemoryStores;

/** The tax report's property over in-memory stores: forty random workspaces a run. */
class TaxReportPropertyTest extends TaxReportPropertyScenario {

    @Override
    protected PortalStores newStores() {
        return InMemoryStores.create();
    }

    @Override
    protected int workspaces() {
        return 40;
    }
}
