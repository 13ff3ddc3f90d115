package dev.clientportal.core.exports;

import dev.clientportal.core.audit.AuditTrail;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.internal.Internal;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.workspace.WorkspaceRepository;

/** Builds {@link Exports} from its stores for {@code ClientPortal}: wiring, not API. */
@Internal
public final class ExportsWiring {

    private ExportsWiring() {
    }

    /**
     * The exports over the stores' export facts, clients, invoices (whose totals give payments' tax shares) and audit
     * trail.
     *
     * @param queries    the export facts
     * @param workspaces the workspaces
     * @param clients    the clients
     * @param invoices   the invoices
     * @param auditTrail the audit trail
     * @param runtime    the portal runtime
     * @return the exports
     */
    public static Exports create(ExportQueries queries, WorkspaceRepository workspaces, ClientRepository clients,
                                 InvoiceRepository invoices, AuditTrail auditTrail, PortalRuntime runtime) {
        return new ExportsService(workspaces, clients, invoices, auditTrail, queries, runtime);
    }
}
