package dev.clientportal.core.archfixture;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.memory.InMemoryStores;

/** Violates "only the memory package knows the in-memory adapters". */
public class UsesTheInMemoryAdapter {

    /** Reaches for the in-memory stores instead of taking a {@link PortalStores}. */
    public PortalStores stores() {
        return InMemoryStores.create();
    }
}
