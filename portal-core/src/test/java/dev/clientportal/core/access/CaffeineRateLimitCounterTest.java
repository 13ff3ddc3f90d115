package dev.clientportal.core.access;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.RateLimitCounterContract;
import dev.clientportal.core.memory.InMemoryStores;

/** The single-instance default counter keeps the contract every store counter keeps. */
class CaffeineRateLimitCounterTest extends RateLimitCounterContract {

    @Override
    protected PortalStores newStores() {
        return InMemoryStores.create();
    }

    @Override
    protected RateLimitCounter counter() {
        return RateLimitCounter.inThisInstance();
    }
}
