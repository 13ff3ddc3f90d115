package dev.clientportal.core.contract;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.messaging.Message;
import dev.clientportal.core.messaging.MessageId;
import dev.clientportal.core.messaging.MessageThread;
import dev.clientportal.core.messaging.MessageThreadId;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The contract of {@link dev.clientportal.core.messaging.MessageStore}: messages are numbered uniquely per thread,
 * read back in order and paged after a number, read marks never move backwards, and unread counts leave out the
 * participant's own messages and threads with nothing unread.
 */
public abstract class MessageStoreContract extends StoreContract {

    private static final String ANA = "contact:ana";
    private static final String OWNER = "staff:owner@acme.example";

    private WorkspaceId workspaceId;
    private ClientId clientId;
    private MessageThread thread;

    @BeforeEach
    void storeAThread() {
        workspaceId = storedWorkspace("Acme Design").id();
        clientId = storedClient(workspaceId, "Globex", USD).id();
        thread = storedThread(clientId);
    }

    private MessageThread storedThread(ClientId owner) {
        return inTransaction(() -> stores.messageThreads().save(new MessageThread(
                new MessageThreadId(UUID.randomUUID()), workspaceId, owner, "Hello", Optional.empty(), "", OWNER,
                Samples.CREATED, Samples.CREATED, 0, 0)));
    }

    /** Appends a message as the use case does: the thread's count first, then the message under that number. */
    private Message post(MessageThread to, String author, String body, FileId... attachments) {
        return inTransaction(() -> {
            MessageThread current = stores.messageThreads().find(workspaceId, to.id()).orElseThrow();
            MessageThread next = stores.messageThreads().save(new MessageThread(current.id(), workspaceId,
                    current.clientId(), current.subject(), current.about(), current.project(), current.startedBy(),
                    current.startedAt(), Samples.CREATED.plus(Duration.ofMinutes(current.messageCount() + 1)),
                    current.messageCount() + 1, current.version()));
            Message message = new Message(new MessageId(UUID.randomUUID()), workspaceId, to.id(), next.messageCount(),
                    author, body, List.of(attachments), next.lastMessageAt());
            stores.messages().append(message);
            return message;
        });
    }

    @Test
    void messagesReadBackInOrder_withEveryField_andPageAfterASequenceNumber() {
        Message first = post(thread, OWNER, "Hello Ana", new FileId(UUID.randomUUID()), new FileId(UUID.randomUUID()));
        Message second = post(thread, ANA, "Hi! <b>not html</b>");
        Message third = post(thread, OWNER, "Third");

        assertThat(inTransaction(() -> stores.messages().messages(workspaceId, thread.id(), 0, 10)))
                .containsExactly(first, second, third);
        assertThat(inTransaction(() -> stores.messages().messages(workspaceId, thread.id(), 1, 1)))
                .containsExactly(second);
        assertThat(inTransaction(() -> stores.messages().messages(storedWorkspace("Initech").id(), thread.id(), 0,
                10))).isEmpty();
    }

    @Test
    void aPageAfterTheLastSequenceNumber_isEmpty_evenAfterTheLargestNumber() {
        post(thread, OWNER, "Only");

        assertThat(inTransaction(() -> stores.messages().messages(workspaceId, thread.id(), 1, 10))).isEmpty();
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThat(inTransaction(() ->
                stores.messages().messages(workspaceId, thread.id(), Integer.MAX_VALUE, 10))).isEmpty());
    }

    @Test
    void aSequenceNumberIsTakenOnce() {
        Message first = post(thread, OWNER, "one");
        Message again = new Message(new MessageId(UUID.randomUUID()), workspaceId, thread.id(), first.sequence(), ANA,
                "same number", List.of(), first.postedAt());
        assertFailsWith(ErrorCode.DUPLICATE_KEY, () -> inTransaction(() -> stores.messages().append(again)));
    }

    @Test
    void unreadCountsLeaveOutOwnMessagesAndReadOnes_andReadMarksNeverMoveBack() {
        post(thread, OWNER, "1");
        post(thread, ANA, "2");
        post(thread, OWNER, "3");
        MessageThread quiet = storedThread(clientId);
        post(quiet, ANA, "only mine");

        assertThat(unread(ANA)).isEqualTo(Map.of(thread.id(), 2));
        inTransaction(() -> stores.messages().markRead(workspaceId, thread.id(), ANA, 1));
        assertThat(unread(ANA)).isEqualTo(Map.of(thread.id(), 1));
        inTransaction(() -> stores.messages().markRead(workspaceId, thread.id(), ANA, 3));
        inTransaction(() -> stores.messages().markRead(workspaceId, thread.id(), ANA, 2));
        assertThat(unread(ANA)).isEmpty();
        assertThat(unread(OWNER)).isEqualTo(Map.of(thread.id(), 1, quiet.id(), 1));
    }

    private Map<MessageThreadId, Integer> unread(String participant) {
        return inTransaction(() -> stores.messages().unreadCounts(workspaceId, clientId, participant));
    }
}
