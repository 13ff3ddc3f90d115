package dev.clientportal.core.clientview;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.CrossTenantDecisionMatrixScenario;
import dev.clientportal.core.testing.InMemoryMode;

/** The cross-tenant decision matrix scenario on the in-memory stores, in the mode this run tests. */
class CrossTenantDecisionMatrixTest extends CrossTenantDecisionMatrixScenario {

    @Override
    protected PortalStores newStores() {
        return InMemoryMode.stores();
    }
}
