package dev.clientportal.core.contract;

import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.messaging.MessageThread;
import dev.clientportal.core.messaging.MessageThreadId;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of {@link dev.clientportal.core.messaging.MessageThreadRepository}: threads round-trip with their
 * optional document, are scoped by workspace, and a client's threads come latest message first.
 */
public abstract class MessageThreadRepositoryContract extends WorkspaceScopedRepositoryContract<MessageThread> {

    private ClientId clientId;
    private int created;

    @BeforeEach
    void storeTheClient() {
        clientId = storedClient(workspaceId, "Globex", USD).id();
    }

    @Override
    protected MessageThread newAggregate() {
        return thread(clientId, Samples.CREATED.plus(Duration.ofMinutes(created)));
    }

    private MessageThread thread(ClientId owner, Instant lastMessageAt) {
        created++;
        Optional<DocumentRef> about = created % 2 == 0 ? Optional.empty()
                : Optional.of(new DocumentRef(DocumentType.INVOICE, Samples.orderedUuid(2000 + created)));
        return new MessageThread(new MessageThreadId(Samples.orderedUuid(3000 + created)), workspaceId, owner,
                "Subject " + created, about, created % 3 == 0 ? "Website" : "", "staff:owner@acme.example",
                Samples.CREATED, lastMessageAt, 1, 0);
    }

    @Override
    protected MessageThread save(MessageThread thread) {
        return stores.messageThreads().save(thread);
    }

    @Override
    protected Optional<MessageThread> findIn(WorkspaceId workspace, MessageThread thread) {
        return stores.messageThreads().find(workspace, thread.id());
    }

    @Override
    protected MessageThread withVersion(MessageThread thread, long version) {
        return thread.withVersion(version);
    }

    @Override
    protected long versionOf(MessageThread thread) {
        return thread.version();
    }

    /** A later message arrived. */
    @Override
    protected MessageThread changed(MessageThread thread) {
        return new MessageThread(thread.id(), thread.workspaceId(), thread.clientId(), thread.subject(),
                thread.about(), thread.project(), thread.startedBy(), thread.startedAt(),
                thread.lastMessageAt().plus(Duration.ofMinutes(5)), thread.messageCount() + 1, thread.version());
    }

    @Test
    void aClientsThreadsComeLatestMessageFirst_andOnlyTheirs() {
        MessageThread quiet = inTransaction(() -> save(thread(clientId, Samples.CREATED)));
        MessageThread busy = inTransaction(() -> save(thread(clientId, Samples.CREATED.plus(Duration.ofHours(2)))));
        ClientId other = storedClient(workspaceId, "Initech", USD).id();
        inTransaction(() -> save(thread(other, Samples.CREATED.plus(Duration.ofHours(3)))));

        assertThat(inTransaction(() -> stores.messageThreads().forClient(workspaceId, clientId)))
                .containsExactly(busy, quiet);
    }
}
