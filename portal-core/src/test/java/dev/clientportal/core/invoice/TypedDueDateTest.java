package dev.clientportal.core.invoice;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.TypedDueDateScenario;
import dev.clientportal.core.testing.InMemoryMode;

/** Drafts due on a typed date, on the in-memory stores in the mode this run tests. */
class TypedDueDateTest extends TypedDueDateScenario {

    @Override
    protected PortalStores newStores() {
        return InMemoryMode.stores();
    }
}
