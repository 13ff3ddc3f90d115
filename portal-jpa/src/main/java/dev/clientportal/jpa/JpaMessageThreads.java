package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.messaging.MessageThread;
import dev.clientportal.core.messaging.MessageThreadId;
import dev.clientportal.core.messaging.MessageThreadRepository;

import java.util.List;
import java.util.Optional;

/**
 * Message threads in {@code cp_message_thread}; a client's threads are one statement over the (workspace, client,
 * last message at, id) index. A save at a version other than 0 locks the row, so appends to one thread queue on it.
 */
final class JpaMessageThreads implements MessageThreadRepository {

    private final EntityManagers entityManagers;

    JpaMessageThreads(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public MessageThread save(MessageThread thread) {
        return Versioned.save(entityManagers.current(), MessageThreadEntity.class, thread.id().value(),
                thread.version(), "thread", () -> MessageThreadEntity.of(thread), entity -> entity.copy(thread),
                entity -> entity.version, (entity, next) -> entity.version = next,
                entity -> thread.withVersion(entity.version));
    }

    @Override
    public Optional<MessageThread> find(WorkspaceId workspaceId, MessageThreadId id) {
        return Versioned.read("find a thread", () -> Optional.ofNullable(
                        entityManagers.current().find(MessageThreadEntity.class, id.value()))
                .filter(entity -> entity.workspaceId.equals(workspaceId.value()))
                .map(MessageThreadEntity::toThread));
    }

    @Override
    public List<MessageThread> forClient(WorkspaceId workspaceId, ClientId clientId) {
        return Versioned.read("list a client's threads", () -> entityManagers.current()
                .createQuery("select t from MessageThread t where t.workspaceId = :workspace"
                        + " and t.clientId = :client order by t.lastMessageAt desc, t.id desc",
                        MessageThreadEntity.class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("client", clientId.value())
                .getResultStream().map(MessageThreadEntity::toThread).toList());
    }
}
