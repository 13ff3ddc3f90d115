package dev.clientportal.core.files;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.access.AccessChannel;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.access.PortalAction;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.analytics.Analytics;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;

import org.jspecify.annotations.Nullable;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

final class FileLibraryService implements FileLibrary {

    private final FileRepository files;
    private final FileStore store;
    private final ClientRepository clients;
    private final Analytics analytics;
    private final LibraryIntake intake;
    private final PortalRuntime runtime;

    FileLibraryService(FileRepository files, FileStore store, ClientRepository clients, Analytics analytics,
                LibraryIntake intake, PortalRuntime runtime) {
        this.files = files;
        this.store = store;
        this.clients = clients;
        this.analytics = analytics;
        this.intake = intake;
        this.runtime = runtime;
    }

    @Override
    public SharedFile share(StaffPrincipal principal, ClientId clientId, FileUpload upload) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(upload, "upload");
        runtime.execute(events -> client(principal.workspaceId(), clientId).requireActive());
        return add(principal.workspaceId(), clientId, upload, SharedFile.Source.BUSINESS, principal.actor(), null);
    }

    @Override
    public SharedFile upload(PortalPrincipal principal, FileUpload upload) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(upload, "upload");
        if (principal.channel() == AccessChannel.DOCUMENT_LINK) {
            throw PortalException.notFound(ErrorCode.DOCUMENT_NOT_FOUND, "page", "library");
        }
        principal.requireAllowed(PortalAction.CONTRIBUTE);
        return add(principal.workspaceId(), principal.clientId(), upload, SharedFile.Source.CLIENT, principal.actor(),
                principal);
    }

    /**
     * Streams the bytes into the store outside any transaction, then records the file in one; a client's access
     * ({@code contributor}, null for the business) is checked again there, as the upload may have taken a while. When
     * that transaction fails, the bytes the upload brought into the store are deleted again.
     */
    private SharedFile add(WorkspaceId workspaceId, ClientId clientId, FileUpload upload, SharedFile.Source source,
                           String actor, @Nullable PortalPrincipal contributor) {
        LibraryIntake.Staged staged = intake.stage(upload);
        return intake.recordOrDiscard(staged, () -> runtime.execute(events -> {
            if (contributor != null) {
                contributor.requireAllowed(PortalAction.CONTRIBUTE);
            }
            SharedFile file = intake.record(events, workspaceId, clientId, staged, source, actor);
            runtime.audit().record(workspaceId, actor, source == SharedFile.Source.BUSINESS ? "file.shared"
                    : "file.uploaded", "file", file.id().toString(), Map.of("client", clientId.toString(),
                    "name", file.name(), "sha256", file.content().hash().hex(),
                    "size", Long.toString(file.content().size())));
            return file;
        }));
    }

    @Override
    public List<SharedFile> library(StaffPrincipal principal, ClientId clientId) {
        PortalException.requireField(principal, "principal");
        return runtime.execute(events -> files.library(principal.workspaceId(),
                client(principal.workspaceId(), clientId).id()));
    }

    @Override
    public List<SharedFile> library(PortalPrincipal principal) {
        PortalException.requireField(principal, "principal");
        if (principal.channel() == AccessChannel.DOCUMENT_LINK) {
            return List.of();
        }
        return runtime.execute(events -> files.library(principal.workspaceId(), principal.clientId()));
    }

    @Override
    public FileDownload open(StaffPrincipal principal, FileId fileId) {
        PortalException.requireField(principal, "principal");
        SharedFile file = runtime.execute(events -> load(principal.workspaceId(), fileId));
        return new FileDownload(file, VerifiedContent.open(store, file.content()));
    }

    @Override
    public FileDownload open(PortalPrincipal principal, FileId fileId, ClientRequest request) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(fileId, "fileId");
        SharedFile file = runtime.execute(events -> {
            SharedFile found = files.find(principal.workspaceId(), fileId)
                    .filter(SharedFile::present)
                    .filter(candidate -> principal.canSee(candidate.workspaceId(), candidate.clientId(),
                            DocumentRef.of(DocumentType.FILE, fileId)))
                    .orElseThrow(() -> PortalException.notFound(ErrorCode.FILE_NOT_FOUND, "file", fileId));
            // a security trace: who took a copy of a client file, from where
            runtime.audit().record(found.workspaceId(), principal.actor(), "security.file_downloaded", "file",
                    found.id().toString(), Map.of("sha256", found.content().hash().hex(),
                            "address", request == null ? "" : request.address(),
                            "userAgent", request == null ? "" : request.userAgent()));
            return found;
        });
        InputStream content = VerifiedContent.open(store, file.content());
        analytics.recordView(principal, DocumentRef.of(DocumentType.FILE, fileId), request);
        return new FileDownload(file, content);
    }

    @Override
    public SharedFile remove(StaffPrincipal principal, FileId fileId) {
        PortalException.requireField(principal, "principal");
        return runtime.execute(events -> {
            SharedFile file = load(principal.workspaceId(), fileId);
            if (!file.present()) {
                return file;
            }
            SharedFile removed = files.save(file.removed(runtime.clock().instant()));
            runtime.audit().record(file.workspaceId(), principal.actor(), "file.removed", "file", file.id().toString(),
                    Map.of("name", file.name()));
            return removed;
        });
    }

    private SharedFile load(WorkspaceId workspaceId, FileId fileId) {
        PortalException.requireField(fileId, "fileId");
        return files.find(workspaceId, fileId).orElseThrow(() ->
                PortalException.notFound(ErrorCode.FILE_NOT_FOUND, "file", fileId));
    }

    private Client client(WorkspaceId workspaceId, ClientId clientId) {
        return clients.require(workspaceId, clientId);
    }
}
