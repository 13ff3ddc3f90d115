package dev.clientportal.core.memory;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.FeedDigestLogContract;
import dev.clientportal.core.testing.InMemoryMode;

/** The FeedDigestLog contract against the in-memory adapter, in the mode this run tests. */
class InMemoryFeedDigestLogContractTest extends FeedDigestLogContract {

    @Override
    protected PortalStores newStores() {
        return InMemoryMode.stores();
    }
}
