package dev.clientportal.jpa;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.AutomationSimulationScenario;
import org.junit.jupiter.api.AfterEach;

import java.util.Locale;

/**
 * The automation simulation on one database, each instance on a persistence unit of its own (as separate hosts
 * would be): the first on the database's shared one, the others on new ones closed when the test ends.
 */
abstract class AutomationSimulationOnJpa extends AutomationSimulationScenario {

    // set while the scenario's fields are initialised, before this class's would be
    private JpaTestInstances instances;

    /** The database the simulation runs on. */
    protected abstract Vendor vendor();

    @Override
    protected PortalStores newStores() {
        instances = JpaTestInstances.onEmptied(vendor().name().toLowerCase(Locale.ROOT));
        return instances.first();
    }

    @Override
    protected PortalStores storesOfAnotherInstance() {
        return instances.another();
    }

    @AfterEach
    void closeTheFurtherInstances() {
        instances.close();
    }
}
