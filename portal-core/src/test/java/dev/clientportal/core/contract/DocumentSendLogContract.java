package dev.clientportal.core.contract;

import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract of {@link dev.clientportal.core.access.DocumentSendLog}: the latest send of each document wins. */
public abstract class DocumentSendLogContract extends StoreContract {

    private static final Instant FIRST = Samples.CREATED;
    private static final Instant LATER = Samples.CREATED.plus(Duration.ofDays(2)).plusNanos(1000);

    private WorkspaceId workspaceId;
    private final DocumentRef invoice = new DocumentRef(DocumentType.INVOICE, UUID.randomUUID());

    @BeforeEach
    void storeTheWorkspace() {
        workspaceId = storedWorkspace("Acme Design").id();
    }

    @Test
    void aDocumentNeverSent_hasNoLastSend() {
        assertThat(inTransaction(() -> stores.documentSendLog().lastSentAt(workspaceId, invoice))).isEmpty();
    }

    @Test
    void theLatestSend_wins_whicheverOrderTheyAreRecordedIn() {
        record(workspaceId, invoice, FIRST);
        record(workspaceId, invoice, LATER);
        record(workspaceId, invoice, FIRST.plusSeconds(5));

        assertThat(inTransaction(() -> stores.documentSendLog().lastSentAt(workspaceId, invoice))).contains(LATER);
    }

    @Test
    void sends_areKeptPerDocumentAndWorkspace() {
        WorkspaceId other = storedWorkspace("Initech").id();
        DocumentRef creditNoteWithTheSameId = new DocumentRef(DocumentType.CREDIT_NOTE, invoice.id());
        record(workspaceId, invoice, FIRST);
        record(other, invoice, LATER);
        record(workspaceId, creditNoteWithTheSameId, LATER);

        assertThat(inTransaction(() -> stores.documentSendLog().lastSentAt(workspaceId, invoice))).contains(FIRST);
        assertThat(inTransaction(() -> stores.documentSendLog().lastSentAt(other, invoice))).contains(LATER);
    }

    @Test
    void calledOutsideATransaction_eachCallCommitsOnItsOwn() {
        stores.documentSendLog().recordSend(workspaceId, invoice, FIRST);
        stores.documentSendLog().recordSend(workspaceId, invoice, LATER);

        assertThat(stores.documentSendLog().lastSentAt(workspaceId, invoice)).contains(LATER);
        assertThat(inTransaction(() -> stores.documentSendLog().lastSentAt(workspaceId, invoice))).contains(LATER);
    }

    private void record(WorkspaceId workspace, DocumentRef document, Instant at) {
        inTransaction(() -> stores.documentSendLog().recordSend(workspace, document, at));
    }
}
