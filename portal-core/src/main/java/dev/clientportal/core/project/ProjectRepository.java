package dev.clientportal.core.project;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.List;
import java.util.Optional;

/** Stores projects and which invoices belong to which project. Every call is scoped by workspace. */
public interface ProjectRepository {

    /**
     * Inserts a project (version 0) or replaces the stored one of the same version, returning it with the next
     * version.
     *
     * @param project the project to store
     * @return the stored project, its version one higher
     * @throws dev.clientportal.core.kernel.PortalException {@code CONCURRENT_MODIFICATION} when the stored version
     *         differs, {@code DUPLICATE_KEY} when inserting an id that exists
     */
    Project save(Project project);

    /**
     * A project of the workspace.
     *
     * @param workspaceId the workspace to look in
     * @param id          the project
     * @return the project, or empty when it is not in the workspace
     */
    Optional<Project> find(WorkspaceId workspaceId, ProjectId id);

    /**
     * A client's projects, oldest first (by creation time, then id).
     *
     * @param workspaceId the workspace to look in
     * @param clientId    the client
     * @return the client's projects, oldest first
     */
    List<Project> forClient(WorkspaceId workspaceId, ClientId clientId);

    /**
     * Makes an invoice belong to a project: an invoice belongs to at most one, so assigning it again moves it.
     *
     * @param workspaceId the workspace of both
     * @param invoiceId   the invoice
     * @param projectId   the project it belongs to from now on
     */
    void assignInvoice(WorkspaceId workspaceId, InvoiceId invoiceId, ProjectId projectId);

    /**
     * The project an invoice belongs to.
     *
     * @param workspaceId the workspace to look in
     * @param invoiceId   the invoice
     * @return its project, or empty when it belongs to none
     */
    Optional<ProjectId> projectOf(WorkspaceId workspaceId, InvoiceId invoiceId);

    /**
     * The invoices that belong to a project, in no particular order.
     *
     * @param workspaceId the workspace to look in
     * @param projectId   the project
     * @return its invoices' ids
     */
    List<InvoiceId> invoicesOf(WorkspaceId workspaceId, ProjectId projectId);
}
