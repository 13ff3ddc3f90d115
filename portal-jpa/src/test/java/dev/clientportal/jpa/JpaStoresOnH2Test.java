package dev.clientportal.jpa;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.PortalStoresContract;

/** Every store contract of core, unchanged, against {@link JpaPortalStores} on H2. */
class JpaStoresOnH2Test extends PortalStoresContract {

    @Override
    protected PortalStores newStores() {
        return JpaTestStores.fresh(Vendor.H2);
    }
}
