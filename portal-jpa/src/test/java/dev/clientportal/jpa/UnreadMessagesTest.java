package dev.clientportal.jpa;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.contract.Samples;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.messaging.Message;
import dev.clientportal.core.messaging.MessageId;
import dev.clientportal.core.messaging.MessageThread;
import dev.clientportal.core.messaging.MessageThreadId;
import dev.clientportal.core.workspace.Workspace;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link JpaMessages#unreadMessages} and {@link JpaMessages#unreadCounts} answer what the in-memory reference
 * adapter answers for the same conversations (own messages, read marks that tried to move back, a thread of another
 * client, a message numbered past its thread's count, a viewer who never read), each in one statement.
 */
class UnreadMessagesTest {

    private static final String ANA = "contact:ana";
    private static final String BOB = "contact:bob";
    private static final String OWNER = "staff:owner@acme.example";
    private static final List<String> VIEWERS = List.of(ANA, BOB, OWNER, "staff:new@acme.example", "contact:ana ");

    private final Workspace acme = Samples.workspace("Acme Design");
    private final Workspace initech = Samples.workspace("Initech");
    private final Client globex = Samples.client(acme.id(), "Globex", USD);
    private final Client hooli = Samples.client(acme.id(), "Hooli", USD);
    private final Client elsewhere = Samples.client(initech.id(), "Elsewhere", USD);
    private int ids;

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void unreadMessages_answersAsTheInMemoryAdapter_inOneStatement(Vendor vendor) {
        JpaPortalStores jpa = JpaTestStores.fresh(vendor);
        InMemoryStores memory = InMemoryStores.create();
        converse(jpa);
        ids = 0;
        converse(memory);

        for (Client client : List.of(globex, hooli, elsewhere)) {
            for (WorkspaceId workspace : List.of(acme.id(), initech.id())) {
                for (String viewer : VIEWERS) {
                    int expected = memory.transactions().inTransaction(() -> memory.portalViewQueries()
                            .unreadMessages(workspace, client.id(), viewer));
                    Map<MessageThreadId, Integer> expectedCounts = memory.transactions().inTransaction(() ->
                            memory.messages().unreadCounts(workspace, client.id(), viewer));
                    JpaMessages messages = (JpaMessages) jpa.messages();

                    assertThat(statements(jpa, () -> messages.unreadMessages(workspace, client.id(), viewer)))
                            .as("statements counting %s's unread messages", viewer).isEqualTo(1);
                    assertThat(statements(jpa, () -> messages.unreadCounts(workspace, client.id(), viewer)))
                            .as("statements counting %s's unread messages per thread", viewer).isEqualTo(1);
                    assertThat(jpa.transactions().inTransaction(() ->
                            messages.unreadMessages(workspace, client.id(), viewer)))
                            .as("%s's unread messages of %s in %s", viewer, client.name(), workspace)
                            .isEqualTo(expected);
                    assertThat(jpa.transactions().inTransaction(() ->
                            messages.unreadCounts(workspace, client.id(), viewer)))
                            .as("%s's unread counts of %s in %s", viewer, client.name(), workspace)
                            .isEqualTo(expectedCounts);
                }
            }
        }
        // not vacuous: Ana has not read messages 3 to 5 of the project, the owner the three of the invoice thread
        assertThat(jpa.transactions().inTransaction(() ->
                ((JpaMessages) jpa.messages()).unreadMessages(acme.id(), globex.id(), ANA))).isEqualTo(3);
        assertThat(jpa.transactions().inTransaction(() ->
                ((JpaMessages) jpa.messages()).unreadMessages(acme.id(), globex.id(), OWNER))).isEqualTo(3);
    }

    /** The same conversations, with the same ids, in any stores. */
    private void converse(PortalStores stores) {
        stores.transactions().inTransaction(() -> {
            stores.workspaces().save(acme);
            stores.workspaces().save(initech);
            stores.clients().save(globex);
            stores.clients().save(hooli);
            return stores.clients().save(elsewhere);
        });
        MessageThread project = thread(stores, globex);
        post(stores, project, OWNER);
        post(stores, project, ANA);
        post(stores, project, OWNER);
        post(stores, project, BOB);
        post(stores, project, OWNER);
        markRead(stores, project, ANA, 2);
        markRead(stores, project, ANA, 1);
        markRead(stores, project, OWNER, 3);

        MessageThread invoice = thread(stores, globex);
        post(stores, invoice, BOB);
        post(stores, invoice, BOB);
        post(stores, invoice, ANA);
        markRead(stores, invoice, BOB, 2);
        // numbered past the thread's count (its save never happened): no one counts it yet
        stores.transactions().inTransaction(() -> {
            stores.messages().append(message(invoice, 4, OWNER));
            return null;
        });

        thread(stores, globex);
        MessageThread read = thread(stores, globex);
        post(stores, read, OWNER);
        markRead(stores, read, ANA, 1);
        markRead(stores, read, BOB, 7);

        MessageThread other = thread(stores, hooli);
        post(stores, other, OWNER);
        post(stores, other, ANA);
        MessageThread foreign = thread(stores, elsewhere);
        post(stores, foreign, OWNER);
    }

    private MessageThread thread(PortalStores stores, Client client) {
        return stores.transactions().inTransaction(() -> stores.messageThreads().save(new MessageThread(
                new MessageThreadId(Samples.orderedUuid(++ids)), client.workspaceId(), client.id(), "Subject " + ids,
                Optional.empty(), "", OWNER, Samples.CREATED, Samples.CREATED, 0, 0)));
    }

    /** Posts as the use case does: the thread's count first, then the message under that number. */
    private void post(PortalStores stores, MessageThread to, String author) {
        stores.transactions().inTransaction(() -> {
            MessageThread current = stores.messageThreads().find(to.workspaceId(), to.id()).orElseThrow();
            MessageThread next = stores.messageThreads().save(new MessageThread(current.id(), current.workspaceId(),
                    current.clientId(), current.subject(), current.about(), current.project(), current.startedBy(),
                    current.startedAt(), current.lastMessageAt().plus(Duration.ofMinutes(1)),
                    current.messageCount() + 1, current.version()));
            stores.messages().append(message(next, next.messageCount(), author));
            stores.messages().markRead(next.workspaceId(), next.id(), author, next.messageCount());
            return null;
        });
    }

    private Message message(MessageThread thread, int sequence, String author) {
        return new Message(new MessageId(Samples.orderedUuid(1000 + ++ids)), thread.workspaceId(), thread.id(),
                sequence, author, "message " + ids, List.of(), Samples.CREATED.plus(Duration.ofMinutes(ids)));
    }

    private static void markRead(PortalStores stores, MessageThread thread, String participant, int upTo) {
        stores.transactions().inTransaction(() -> {
            stores.messages().markRead(thread.workspaceId(), thread.id(), participant, upTo);
            return null;
        });
    }

    private static long statements(JpaPortalStores stores, Supplier<?> query) {
        return stores.transactions().inTransaction(() -> {
            QueryCountHolder.clear();
            query.get();
            return TestDatabase.statements().getTotal();
        });
    }
}
