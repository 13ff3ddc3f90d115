package dev.clientportal.core.memory;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.files.FileRepository;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryFiles implements FileRepository {

    private final Table<FileId, SharedFile> rows;

    InMemoryFiles(InMemoryTransactions transactions) {
        this.rows = new Table<>(transactions);
    }

    @Override
    public SharedFile save(SharedFile file) {
        return rows.saveVersioned(file.id(), file, file.version(), file::withVersion, SharedFile::version, "file");
    }

    @Override
    public Optional<SharedFile> find(WorkspaceId workspaceId, FileId id) {
        return Optional.ofNullable(rows.get(id)).filter(file -> file.workspaceId().equals(workspaceId));
    }

    @Override
    public List<SharedFile> library(WorkspaceId workspaceId, ClientId clientId) {
        return rows.values().stream()
                .filter(file -> file.workspaceId().equals(workspaceId) && file.clientId().equals(clientId)
                        && file.present())
                .sorted(Comparator.comparing(SharedFile::uploadedAt).thenComparing(file -> file.id().value())
                        .reversed())
                .toList();
    }
}
