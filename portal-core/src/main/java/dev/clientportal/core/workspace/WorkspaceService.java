package dev.clientportal.core.workspace;

import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.internal.PortalRuntime;

import java.util.Map;

final class WorkspaceService implements Workspaces {

    private static final String SUBJECT = "workspace";

    private final WorkspaceRepository repository;
    private final PortalRuntime runtime;

    WorkspaceService(WorkspaceRepository repository, PortalRuntime runtime) {
        this.repository = repository;
        this.runtime = runtime;
    }

    @Override
    public Workspace create(CreateWorkspace command) {
        PortalException.requireField(command, "command");
        return runtime.execute(events -> {
            Workspace created = repository.save(new Workspace(new WorkspaceId(runtime.ids().next()),
                    command.settings(), command.branding(), 1, runtime.clock().instant(), 0));
            runtime.audit().record(created.id(), "system", "workspace.created", SUBJECT, created.id().toString(),
                    Map.of("name", created.name(), "currency", created.settings().defaultCurrency().code()));
            return created;
        });
    }

    @Override
    public Workspace get(StaffPrincipal principal) {
        PortalException.requireField(principal, "principal");
        return runtime.execute(events -> repository.require(principal.workspaceId()));
    }

    @Override
    public WorkspaceAppearance appearance(WorkspaceId workspaceId) {
        PortalException.requireField(workspaceId, "workspaceId");
        return runtime.read(() -> WorkspaceAppearance.of(repository.require(workspaceId)));
    }

    @Override
    public Workspace updateSettings(StaffPrincipal principal, WorkspaceSettings settings) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(settings, "settings");
        return runtime.execute(events -> {
            Workspace saved = repository.save(repository.require(principal.workspaceId()).withSettings(settings));
            runtime.audit().record(saved.id(), principal.actor(), "workspace.settings_changed", SUBJECT,
                    saved.id().toString(), Map.of("name", settings.name()));
            return saved;
        });
    }

    @Override
    public Workspace updateBranding(StaffPrincipal principal, Branding branding) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(branding, "branding");
        return runtime.execute(events -> {
            Workspace saved = repository.save(repository.require(principal.workspaceId()).withBranding(branding));
            runtime.audit().record(saved.id(), principal.actor(), "workspace.branding_changed", SUBJECT,
                    saved.id().toString(), Map.of("brandingVersion", Long.toString(saved.brandingVersion())));
            return saved;
        });
    }
}
