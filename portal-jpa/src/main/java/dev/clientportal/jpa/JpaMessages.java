package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.messaging.Message;
import dev.clientportal.core.messaging.MessageStore;
import dev.clientportal.core.messaging.MessageThreadId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Messages in {@code cp_message}, numbered per thread, and read marks in {@code cp_message_read}.
 *
 * <p>A number is taken once: {@code cp_message_sequence_uk} (thread, number) turns a second append of it into
 * {@link ErrorCode#DUPLICATE_KEY}. Two instances posting to one thread at once do not even get there: the use case
 * saves the thread (its message count) first, which locks the thread row until commit, so the second waits, then
 * finds the count moved and retries with the next number.
 *
 * <p>A read mark is one upsert that only moves forwards, written only for a thread of the workspace. What is unread
 * is counted in the database, in one statement: the messages of the client's threads, up to each thread's count,
 * written by someone else, past the reader's mark.
 */
final class JpaMessages implements MessageStore {

    /** Messages of the client's threads the participant has not read; parameters workspace, client, participant. */
    private static final String UNREAD = " from Message m, MessageThread t"
            + " where t.workspaceId = :workspace and t.clientId = :client and m.threadId = t.id"
            + " and m.sequence <= t.messageCount and m.author <> :participant"
            + " and not exists (select r.threadId from MessageReadMark r where r.threadId = t.id"
            + " and r.participant = :participant and r.upToSequence >= m.sequence)";

    /** The reader's row from the thread of the workspace: no row, nothing written, for a thread not found. */
    private static final String MARKED_THREAD = " from cp_message_thread t where t.id = ?1 and t.workspace_id = ?2";

    private static final String POSTGRESQL_MARK = "insert into cp_message_read as r"
            + " (thread_id, participant, up_to_sequence)"
            + " select t.id, cast(?3 as varchar(300)), cast(?4 as integer)" + MARKED_THREAD
            + " on conflict (thread_id, participant) do update set up_to_sequence = excluded.up_to_sequence"
            + " where r.up_to_sequence < excluded.up_to_sequence";

    private static final String MARIADB_MARK = "insert into cp_message_read (thread_id, participant, up_to_sequence)"
            + " select t.id, ?3, ?4" + MARKED_THREAD
            + " on duplicate key update up_to_sequence = greatest(up_to_sequence, values(up_to_sequence))";

    private static final String H2_MARK = "merge into cp_message_read r"
            + " using (select t.id as thread_id, cast(?3 as varchar(300)) as participant,"
            + " cast(?4 as integer) as up_to" + MARKED_THREAD + ") s"
            + " on r.thread_id = s.thread_id and r.participant = s.participant"
            + " when matched and r.up_to_sequence < s.up_to then update set up_to_sequence = s.up_to"
            + " when not matched then insert (thread_id, participant, up_to_sequence)"
            + " values (s.thread_id, s.participant, s.up_to)";

    private final EntityManagers entityManagers;

    JpaMessages(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public void append(Message message) {
        try {
            EntityManager entityManager = entityManagers.current();
            MessageEntity entity = MessageEntity.of(message);
            entityManager.persist(entity);
            entityManager.flush();
            // a message is never changed: keep none of a long conversation managed
            entityManager.detach(entity);
        } catch (RuntimeException e) {
            throw Failures.translate(e, "append message " + message.sequence() + " to thread " + message.threadId(),
                    Map.of("cp_message_sequence_uk", ErrorCode.DUPLICATE_KEY));
        }
    }

    @Override
    public List<Message> messages(WorkspaceId workspaceId, MessageThreadId threadId, int afterSequence, int limit) {
        return Versioned.read("read the messages of a thread", () -> {
            EntityManager entityManager = entityManagers.current();
            List<MessageEntity> rows = entityManager.createQuery("select m from Message m, MessageThread t"
                            + " where t.id = :thread and t.workspaceId = :workspace and m.threadId = t.id"
                            + " and m.sequence > :after and m.sequence <= t.messageCount order by m.sequence",
                            MessageEntity.class)
                    .setParameter("thread", threadId.value())
                    .setParameter("workspace", workspaceId.value())
                    .setParameter("after", afterSequence)
                    .setMaxResults(limit)
                    .getResultList();
            rows.forEach(entityManager::detach);
            return rows.stream().map(MessageEntity::toMessage).toList();
        });
    }

    @Override
    public void markRead(WorkspaceId workspaceId, MessageThreadId threadId, String participant, int upToSequence) {
        try {
            EntityManager entityManager = entityManagers.current();
            entityManager.createNativeQuery(switch (SqlDialect.of(entityManager)) {
                        case POSTGRESQL -> POSTGRESQL_MARK;
                        case MARIADB -> MARIADB_MARK;
                        case H2 -> H2_MARK;
                    })
                    .setParameter(1, threadId.value())
                    .setParameter(2, workspaceId.value())
                    .setParameter(3, participant)
                    .setParameter(4, upToSequence)
                    .executeUpdate();
        } catch (RuntimeException e) {
            throw Failures.translate(e, "mark thread " + threadId + " read");
        }
    }

    @Override
    public Map<MessageThreadId, Integer> unreadCounts(WorkspaceId workspaceId, ClientId clientId, String participant) {
        return Versioned.read("count unread messages per thread", () -> {
            List<Tuple> rows = entityManagers.current()
                    .createQuery("select m.threadId, count(m)" + UNREAD + " group by m.threadId", Tuple.class)
                    .setParameter("workspace", workspaceId.value())
                    .setParameter("client", clientId.value())
                    .setParameter("participant", participant)
                    .getResultList();
            Map<MessageThreadId, Integer> unread = new HashMap<>();
            for (Tuple row : rows) {
                unread.put(new MessageThreadId(row.get(0, UUID.class)), row.get(1, Long.class).intValue());
            }
            return unread;
        });
    }

    /**
     * How many messages in the client's threads, written by others, the viewer has not read: the sum of
     * {@link #unreadCounts}, in one statement, for the portal's dashboard.
     *
     * @param workspaceId the workspace
     * @param clientId    the client
     * @param viewerKey   the reader, as {@link dev.clientportal.core.access.PortalPrincipal#viewerKey()}
     * @return the number of unread messages
     */
    int unreadMessages(WorkspaceId workspaceId, ClientId clientId, String viewerKey) {
        return Versioned.read("count unread messages", () -> entityManagers.current()
                .createQuery("select count(m)" + UNREAD, Long.class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("client", clientId.value())
                .setParameter("participant", viewerKey)
                .getSingleResult().intValue());
    }
}
