package dev.clientportal.core.contract;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.access.DocumentLink;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of {@link dev.clientportal.core.access.DocumentLinkRepository}: links are found by id within their
 * workspace and by hash in any workspace, hashes are unique, and lists come newest first.
 */
public abstract class DocumentLinkRepositoryContract extends WorkspaceScopedRepositoryContract<DocumentLink> {

    private ClientId clientId;
    private final DocumentRef invoice = new DocumentRef(DocumentType.INVOICE, UUID.randomUUID());

    @BeforeEach
    void storeTheClient() {
        clientId = storedClient(workspaceId, "Globex", USD).id();
    }

    @Override
    protected DocumentLink newAggregate() {
        return Samples.documentLink(workspaceId, clientId, invoice, Samples.CREATED);
    }

    @Override
    protected DocumentLink save(DocumentLink link) {
        return stores.documentLinks().save(link);
    }

    @Override
    protected Optional<DocumentLink> findIn(WorkspaceId workspace, DocumentLink link) {
        return stores.documentLinks().find(workspace, link.id());
    }

    @Override
    protected DocumentLink withVersion(DocumentLink link, long version) {
        return link.withVersion(version);
    }

    @Override
    protected long versionOf(DocumentLink link) {
        return link.version();
    }

    /** Revokes the link, or takes the revocation back, so the nullable column is written both ways. */
    @Override
    protected DocumentLink changed(DocumentLink link) {
        return revoked(link, link.revokedAt() == null ? link.createdAt().plus(Duration.ofHours(1)) : null);
    }

    @Test
    void findByHash_findsALinkOfAnyWorkspace_andNothingForAnUnknownHash() {
        WorkspaceId other = storedWorkspace("Initech").id();
        DocumentLink theirs = inTransaction(() -> save(Samples.documentLink(other,
                storedClient(other, "Hooli", USD).id(), new DocumentRef(DocumentType.STATEMENT, UUID.randomUUID()),
                Samples.CREATED)));

        assertThat(inTransaction(() -> stores.documentLinks().findByHash(theirs.tokenHash()))).contains(theirs);
        assertThat(inTransaction(() -> stores.documentLinks().findByHash(Samples.tokenHash()))).isEmpty();
    }

    @Test
    void anotherLinkWithAStoredHash_failsWithDuplicateKey_andIsNotStored() {
        DocumentLink first = inTransaction(() -> save(newAggregate()));
        DocumentLink twin = Samples.documentLink(workspaceId, clientId, invoice, Samples.CREATED.plusSeconds(1));
        DocumentLink sameHash = new DocumentLink(twin.id(), workspaceId, clientId, invoice, first.tokenHash(),
                twin.createdBy(), twin.createdAt(), twin.expiresAt(), null, 0);

        assertFailsWith(ErrorCode.DUPLICATE_KEY, () -> inTransaction(() -> save(sameHash)));

        assertThat(inTransaction(() -> stores.documentLinks().findByHash(first.tokenHash()))).contains(first);
        assertThat(forDocument(workspaceId, invoice)).containsExactly(first);
    }

    @Test
    void forDocument_listsTheLinksOfOneDocumentNewestFirst_revokedToo() {
        DocumentLink oldest = stored(invoice, Samples.CREATED);
        DocumentLink revoked = inTransaction(() -> save(changed(stored(invoice, Samples.CREATED.plusSeconds(60)))));
        DocumentLink newest = stored(invoice, Samples.CREATED.plus(Duration.ofDays(1)));
        stored(new DocumentRef(DocumentType.INVOICE, UUID.randomUUID()), Samples.CREATED.plusSeconds(30));
        stored(new DocumentRef(DocumentType.CREDIT_NOTE, invoice.id()), Samples.CREATED.plusSeconds(40));

        assertThat(forDocument(workspaceId, invoice)).containsExactly(newest, revoked, oldest);
        assertThat(forDocument(storedWorkspace("Initech").id(), invoice)).isEmpty();
    }

    @Test
    void unrevokedForClient_listsTheClientsLiveLinksToAnyDocument_newestFirst() {
        DocumentRef statement = new DocumentRef(DocumentType.STATEMENT, clientId.value());
        DocumentLink toInvoice = stored(invoice, Samples.CREATED);
        DocumentLink toStatement = stored(statement, Samples.CREATED.plus(Duration.ofHours(2)));
        inTransaction(() -> save(changed(stored(invoice, Samples.CREATED.plus(Duration.ofHours(1))))));
        inTransaction(() -> save(Samples.documentLink(workspaceId, storedClient(workspaceId, "Hooli", USD).id(),
                new DocumentRef(DocumentType.INVOICE, UUID.randomUUID()), Samples.CREATED)));

        assertThat(inTransaction(() -> stores.documentLinks().unrevokedForClient(workspaceId, clientId)))
                .containsExactly(toStatement, toInvoice);
        assertThat(inTransaction(() -> stores.documentLinks().unrevokedForClient(storedWorkspace("Initech").id(),
                clientId))).isEmpty();
    }

    private DocumentLink stored(DocumentRef document, Instant createdAt) {
        return inTransaction(() -> save(Samples.documentLink(workspaceId, clientId, document, createdAt)));
    }

    private List<DocumentLink> forDocument(WorkspaceId workspace, DocumentRef document) {
        return inTransaction(() -> stores.documentLinks().forDocument(workspace, document));
    }

    private static DocumentLink revoked(DocumentLink link, Instant at) {
        return new DocumentLink(link.id(), link.workspaceId(), link.clientId(), link.document(), link.tokenHash(),
                link.createdBy(), link.createdAt(), link.expiresAt(), at, link.version());
    }
}
