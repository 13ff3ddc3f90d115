package dev.clientportal.core.memory;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.messaging.Message;
import dev.clientportal.core.messaging.MessageStore;
import dev.clientportal.core.messaging.MessageThread;
import dev.clientportal.core.messaging.MessageThreadId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class InMemoryMessages implements MessageStore {

    private final InMemoryTransactions transactions;
    private final InMemoryMessageThreads threads;
    private final Table<MessageKey, Message> messages;
    private final Table<ReadKey, Integer> readMarks;

    InMemoryMessages(InMemoryTransactions transactions, InMemoryMessageThreads threads) {
        this.transactions = transactions;
        this.threads = threads;
        this.messages = new Table<>(transactions);
        this.readMarks = new Table<>(transactions);
    }

    @Override
    public void append(Message message) {
        transactions.inTransaction(() -> {
            MessageKey key = new MessageKey(message.threadId(), message.sequence());
            if (messages.insertIfAbsent(key, message) != null) {
                throw new PortalException(ErrorCode.DUPLICATE_KEY, "thread " + message.threadId()
                        + " already has message " + message.sequence());
            }
            return null;
        });
    }

    @Override
    public List<Message> messages(WorkspaceId workspaceId, MessageThreadId threadId, int afterSequence, int limit) {
        return transactions.inTransaction(() -> {
            MessageThread thread = threads.find(workspaceId, threadId).orElse(null);
            if (thread == null || afterSequence >= thread.messageCount()) {
                // also keeps afterSequence + 1 from overflowing into a range of four billion sequences
                return List.of();
            }
            return java.util.stream.IntStream.rangeClosed(afterSequence + 1, thread.messageCount())
                    .mapToObj(sequence -> messages.get(new MessageKey(threadId, sequence)))
                    .filter(java.util.Objects::nonNull).limit(limit).toList();
        });
    }

    @Override
    public void markRead(WorkspaceId workspaceId, MessageThreadId threadId, String participant, int upToSequence) {
        transactions.inTransaction(() -> {
            ReadKey key = new ReadKey(threadId, participant);
            readMarks.update(key, current -> current == null || upToSequence > current ? upToSequence : current);
            return null;
        });
    }

    @Override
    public Map<MessageThreadId, Integer> unreadCounts(WorkspaceId workspaceId, ClientId clientId, String participant) {
        return transactions.inTransaction(() -> {
            Map<MessageThreadId, Integer> unread = new HashMap<>();
            for (MessageThread thread : threads.forClient(workspaceId, clientId)) {
                Integer mark = readMarks.get(new ReadKey(thread.id(), participant));
                int count = 0;
                for (int sequence = (mark == null ? 0 : mark) + 1; sequence <= thread.messageCount(); sequence++) {
                    Message message = messages.get(new MessageKey(thread.id(), sequence));
                    if (message != null && !message.author().equals(participant)) {
                        count++;
                    }
                }
                if (count > 0) {
                    unread.put(thread.id(), count);
                }
            }
            return unread;
        });
    }

    List<Message> all() {
        return List.copyOf(messages.values());
    }

    private record MessageKey(MessageThreadId threadId, int sequence) {
    }

    private record ReadKey(MessageThreadId threadId, String participant) {
    }
}
