package dev.clientportal.core.memory;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.messaging.MessageThread;
import dev.clientportal.core.messaging.MessageThreadId;
import dev.clientportal.core.messaging.MessageThreadRepository;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryMessageThreads implements MessageThreadRepository {

    private final Table<MessageThreadId, MessageThread> rows;

    InMemoryMessageThreads(InMemoryTransactions transactions) {
        this.rows = new Table<>(transactions);
    }

    @Override
    public MessageThread save(MessageThread thread) {
        return rows.saveVersioned(thread.id(), thread, thread.version(), thread::withVersion, MessageThread::version,
                "thread");
    }

    @Override
    public Optional<MessageThread> find(WorkspaceId workspaceId, MessageThreadId id) {
        return Optional.ofNullable(rows.get(id)).filter(thread -> thread.workspaceId().equals(workspaceId));
    }

    @Override
    public List<MessageThread> forClient(WorkspaceId workspaceId, ClientId clientId) {
        return rows.values().stream()
                .filter(thread -> thread.workspaceId().equals(workspaceId) && thread.clientId().equals(clientId))
                .sorted(Comparator.comparing(MessageThread::lastMessageAt)
                        .thenComparing(thread -> thread.id().value()).reversed())
                .toList();
    }

    List<MessageThread> all() {
        return List.copyOf(rows.values());
    }
}
