package dev.clientportal.pdf.archviolation;

import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.invoice.Invoicing;
import dev.clientportal.core.invoice.InvoicingWiring;
import dev.clientportal.core.spi.TransactionRunner;

/**
 * A planted violation: adapter code using core's wiring (the internal runtime and an {@code @Internal} factory)
 * instead of its API. The architecture test must catch it.
 */
public final class WiresThePortalItself {

    private WiresThePortalItself() {
    }

    /** Builds the invoicing use cases around the portal instead of asking a {@code ClientPortal} for them. */
    public static Invoicing invoicing(PortalRuntime runtime, TransactionRunner transactions) {
        return InvoicingWiring.create(null, null, null, null, null, null, runtime);
    }
}
