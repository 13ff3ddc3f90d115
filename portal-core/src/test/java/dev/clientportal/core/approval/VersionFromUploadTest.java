package dev.clientportal.core.approval;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.VersionFromUploadScenario;
import dev.clientportal.core.testing.InMemoryMode;

/** Versions delivered from an upload, on the in-memory stores in the mode this run tests. */
class VersionFromUploadTest extends VersionFromUploadScenario {

    @Override
    protected PortalStores newStores() {
        return InMemoryMode.stores();
    }
}
