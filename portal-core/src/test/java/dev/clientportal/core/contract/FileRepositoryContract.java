package dev.clientportal.core.contract;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.files.ContentHash;
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.core.files.StoredContent;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of {@link dev.clientportal.core.files.FileRepository}: library files round-trip, are scoped by
 * workspace, and a library lists a client's present files newest first.
 */
public abstract class FileRepositoryContract extends WorkspaceScopedRepositoryContract<SharedFile> {

    private ClientId clientId;
    private int created;

    @BeforeEach
    void storeTheClient() {
        clientId = storedClient(workspaceId, "Globex", USD).id();
    }

    @Override
    protected SharedFile newAggregate() {
        return file(clientId, Samples.CREATED.plus(Duration.ofMinutes(created)));
    }

    private SharedFile file(ClientId owner, Instant uploadedAt) {
        created++;
        return new SharedFile(new FileId(Samples.orderedUuid(1000 + created)), workspaceId, owner, "brief-" + created
                + ".pdf", "application/pdf", new StoredContent(ContentHash.ofText("content " + created), 1234 + created),
                SharedFile.Source.CLIENT, "contact:ana", uploadedAt, null, 0);
    }

    @Override
    protected SharedFile save(SharedFile file) {
        return stores.files().save(file);
    }

    @Override
    protected Optional<SharedFile> findIn(WorkspaceId workspace, SharedFile file) {
        return stores.files().find(workspace, file.id());
    }

    @Override
    protected SharedFile withVersion(SharedFile file, long version) {
        return file.withVersion(version);
    }

    @Override
    protected long versionOf(SharedFile file) {
        return file.version();
    }

    /** Removes the file, or brings it back, so the nullable column is written both ways. */
    @Override
    protected SharedFile changed(SharedFile file) {
        return new SharedFile(file.id(), file.workspaceId(), file.clientId(), file.name(), file.contentType(),
                file.content(), file.source(), file.uploadedBy(), file.uploadedAt(),
                file.removedAt() == null ? file.uploadedAt().plus(Duration.ofDays(1)) : null, file.version());
    }

    @Test
    void aLibraryListsTheClientsPresentFiles_newestFirst() {
        SharedFile older = inTransaction(() -> save(newAggregate()));
        SharedFile newer = inTransaction(() -> save(newAggregate()));
        SharedFile removed = inTransaction(() -> save(changed(newAggregate())));
        ClientId other = storedClient(workspaceId, "Initech", USD).id();
        inTransaction(() -> save(file(other, Samples.CREATED)));

        assertThat(inTransaction(() -> stores.files().library(workspaceId, clientId)))
                .containsExactly(newer, older).doesNotContain(removed);
        assertThat(inTransaction(() -> stores.files().library(storedWorkspace("Hooli").id(), clientId))).isEmpty();
    }
}
