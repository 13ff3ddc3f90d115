package dev.clientportal.core.access;

import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Objects;

/** A workspace user previewing one client's portal: reads what the client would see, never acts for it. */
public final class StaffViewer implements PortalPrincipal {

    private final StaffPrincipal staff;
    private final ClientId clientId;

    StaffViewer(StaffPrincipal staff, ClientId clientId) {
        this.staff = Objects.requireNonNull(staff, "staff");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
    }

    /**
     * The workspace user.
     *
     * @return the workspace user
     */
    public StaffPrincipal staff() {
        return staff;
    }

    @Override
    public WorkspaceId workspaceId() {
        return staff.workspaceId();
    }

    @Override
    public ClientId clientId() {
        return clientId;
    }

    @Override
    public AccessChannel channel() {
        return AccessChannel.STAFF;
    }

    @Override
    public boolean canSee(WorkspaceId workspace, ClientId client, DocumentRef document) {
        return staff.workspaceId().equals(workspace) && clientId.equals(client);
    }

    @Override
    public boolean allows(PortalAction action) {
        return action == PortalAction.READ;
    }

    @Override
    public String actor() {
        return staff.actor();
    }

    @Override
    public String viewerKey() {
        return staff.actor();
    }

    @Override
    public String toString() {
        return "StaffViewer[" + staff.user() + ", client=" + clientId + "]";
    }
}
