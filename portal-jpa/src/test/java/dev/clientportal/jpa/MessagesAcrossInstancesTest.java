package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.contract.Samples;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.messaging.Message;
import dev.clientportal.core.messaging.MessageId;
import dev.clientportal.core.messaging.MessageThread;
import dev.clientportal.core.messaging.MessageThreadId;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two host instances (two entity manager factories over one database) with eight threads each post to one thread at
 * once, as the messaging use case does (the thread's count first, then the message under that number), every
 * seventh post failing after its message was written: the thread holds exactly the committed messages, numbered
 * 1..n, none lost, none twice, and its count is n. A post that lost the race retries, as the use case does.
 */
class MessagesAcrossInstancesTest {

    private static final int INSTANCES = 2;
    private static final int THREADS_PER_INSTANCE = 8;
    private static final int POSTS_PER_THREAD = 20;
    /** Far above what sixteen racing posters need; only there so that a livelock fails instead of hanging. */
    private static final int MAX_ATTEMPTS = 500;

    @ParameterizedTest
    @EnumSource(value = Vendor.class, names = {"POSTGRESQL", "MARIADB"})
    void twoInstancesTimesEightThreads_postingToOneThread_loseAndDuplicateNoMessage(Vendor vendor)
            throws Exception {
        TestDatabase database = TestDatabase.of(vendor);
        database.clean();
        ResourceLocalTransactions setup = new ResourceLocalTransactions(database.entityManagerFactory());
        WorkspaceId workspaceId = setup.inTransaction(
                () -> new JpaWorkspaces(setup).save(Samples.workspace("Acme Design"))).id();
        ClientId clientId = setup.inTransaction(
                () -> new JpaClients(setup).save(Samples.client(workspaceId, "Globex", USD))).id();
        MessageThread thread = setup.inTransaction(() -> new JpaMessageThreads(setup).save(new MessageThread(
                new MessageThreadId(UUID.randomUUID()), workspaceId, clientId, "Launch", Optional.empty(), "",
                "staff:owner@acme.example", Samples.CREATED, Samples.CREATED, 0, 0)));

        List<EntityManagerFactory> factories = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(INSTANCES * THREADS_PER_INSTANCE);
        Queue<String> committed = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> posters = new ArrayList<>();
            for (int instance = 0; instance < INSTANCES; instance++) {
                EntityManagerFactory factory = database.newEntityManagerFactory();
                factories.add(factory);
                Instance one = new Instance(new ResourceLocalTransactions(factory));
                for (int poster = 0; poster < THREADS_PER_INSTANCE; poster++) {
                    String author = "contact:" + instance + "-" + poster;
                    posters.add(pool.submit(() -> post(start, one, thread, author, committed)));
                }
            }
            start.countDown();
            int rolledBack = 0;
            for (Future<Integer> poster : posters) {
                // a bound only so that a deadlock fails the build instead of hanging it
                rolledBack += poster.get(10, TimeUnit.MINUTES);
            }

            int posts = INSTANCES * THREADS_PER_INSTANCE * POSTS_PER_THREAD;
            JpaMessages messages = new JpaMessages(setup);
            List<Message> stored = new ArrayList<>();
            for (int after = 0; ; after = stored.get(stored.size() - 1).sequence()) {
                int from = after;
                List<Message> page = setup.inTransaction(() -> messages.messages(workspaceId, thread.id(), from, 200));
                if (page.isEmpty()) {
                    break;
                }
                stored.addAll(page);
            }
            assertThat(rolledBack).isPositive();
            assertThat(committed).hasSize(posts - rolledBack).doesNotHaveDuplicates();
            assertThat(stored).extracting(Message::sequence)
                    .isEqualTo(IntStream.rangeClosed(1, posts - rolledBack).boxed().toList());
            assertThat(stored).extracting(Message::body).containsExactlyInAnyOrderElementsOf(committed);
            assertThat(setup.inTransaction(() -> new JpaMessageThreads(setup).find(workspaceId, thread.id()))
                    .orElseThrow().messageCount()).isEqualTo(posts - rolledBack);
            assertThat(setup.inTransaction(() -> messages.unreadMessages(workspaceId, clientId, "staff:reader")))
                    .isEqualTo(posts - rolledBack);
        } finally {
            pool.shutdownNow();
            factories.forEach(EntityManagerFactory::close);
        }
    }

    /** Posts in transactions of their own, retrying a lost race; every seventh fails. Returns how many failed. */
    private static int post(CountDownLatch start, Instance instance, MessageThread thread, String author,
                            Queue<String> committed) throws InterruptedException {
        start.await();
        int rolledBack = 0;
        for (int post = 1; post <= POSTS_PER_THREAD; post++) {
            String body = author + " #" + post;
            boolean fail = post % 7 == 0;
            for (int attempt = 1; ; attempt++) {
                try {
                    instance.transactions.inTransaction(() -> {
                        instance.append(thread, author, body);
                        instance.transactions.afterCommit(() -> committed.add(body));
                        if (fail) {
                            throw new IllegalStateException("posting failed after the message was written");
                        }
                        return null;
                    });
                    break;
                } catch (IllegalStateException expected) {
                    rolledBack++;
                    break;
                } catch (PortalException lostTheRace) {
                    if (lostTheRace.errorCode() != ErrorCode.CONCURRENT_MODIFICATION
                            && lostTheRace.errorCode() != ErrorCode.DUPLICATE_KEY || attempt == MAX_ATTEMPTS) {
                        throw lostTheRace;
                    }
                }
            }
        }
        return rolledBack;
    }

    /** One host instance's stores. */
    private record Instance(ResourceLocalTransactions transactions, JpaMessageThreads threads,
                            JpaMessages messages) {

        Instance(ResourceLocalTransactions transactions) {
            this(transactions, new JpaMessageThreads(transactions), new JpaMessages(transactions));
        }

        /** The thread's count first (its row locked until commit), then the message under that number. */
        void append(MessageThread thread, String author, String body) {
            MessageThread current = threads.find(thread.workspaceId(), thread.id()).orElseThrow();
            MessageThread next = threads.save(new MessageThread(current.id(), current.workspaceId(),
                    current.clientId(), current.subject(), current.about(), current.project(), current.startedBy(),
                    current.startedAt(), current.lastMessageAt().plus(Duration.ofSeconds(1)),
                    current.messageCount() + 1, current.version()));
            messages.append(new Message(new MessageId(UUID.randomUUID()), next.workspaceId(), next.id(),
                    next.messageCount(), author, body, List.of(), next.lastMessageAt()));
            messages.markRead(next.workspaceId(), next.id(), author, next.messageCount());
        }
    }
}
