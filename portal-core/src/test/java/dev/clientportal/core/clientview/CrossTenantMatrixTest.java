package dev.clientportal.core.clientview;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.CrossTenantMatrixScenario;
import dev.clientportal.core.testing.InMemoryMode;

/** The cross-tenant matrix scenario on the in-memory stores, in the mode this run tests. */
class CrossTenantMatrixTest extends CrossTenantMatrixScenario {

    @Override
    protected PortalStores newStores() {
        return InMemoryMode.stores();
    }
}
