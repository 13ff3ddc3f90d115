package dev.clientportal.core.invoice;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.PeriodCloseScenario;
import dev.clientportal.core.testing.InMemoryMode;

/** The period-close scenario on the in-memory stores, in the mode this run tests. */
class PeriodCloseTest extends PeriodCloseScenario {

    @Override
    protected PortalStores newStores() {
        return InMemoryMode.stores();
    }
}
