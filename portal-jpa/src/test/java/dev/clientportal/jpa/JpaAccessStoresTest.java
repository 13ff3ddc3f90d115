package dev.clientportal.jpa;

import dev.clientportal.core.access.DocumentSendLog;
import dev.clientportal.core.access.LoginToken;
import dev.clientportal.core.access.PortalSession;
import dev.clientportal.core.access.RateLimitCounter;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.contract.Samples;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.testing.Race;
import dev.clientportal.core.workspace.Workspace;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the access ports promise beyond core's contracts, on every vendor: rate limits and sends shared by two
 * instances (two entity manager factories over one database), one redemption of a token racing from two instances,
 * a touched session read again in the same transaction, writes of their own that never wait on the caller's locks,
 * and ended rate-limit windows deleted.
 */
class JpaAccessStoresTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00.123456Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final List<EntityManagerFactory> otherInstances = new ArrayList<>();

    @AfterEach
    void closeOtherInstances() {
        otherInstances.forEach(EntityManagerFactory::close);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theDialectIsDetectedFromTheDatabase(Vendor vendor) {
        JpaTestStores.fresh(vendor);

        SqlDialect detected = new OwnTransactions(TestDatabase.of(vendor).entityManagerFactory()).dialect();

        assertThat(detected.name()).isEqualTo(vendor.name());
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void twoInstancesTimesEightThreadsHittingOneKey_shareOneExactCount(Vendor vendor) {
        JpaTestStores.fresh(vendor);
        RateLimitCounter one = new JpaRateLimits(new OwnTransactions(TestDatabase.of(vendor).entityManagerFactory()));
        RateLimitCounter two = new JpaRateLimits(new OwnTransactions(otherInstance(vendor)));
        int perThread = 100;
        List<Callable<List<Integer>>> threads = new ArrayList<>();
        for (int thread = 0; thread < 16; thread++) {
            RateLimitCounter counter = thread % 2 == 0 ? one : two;
            threads.add(() -> IntStream.range(0, perThread)
                    .mapToObj(hit -> counter.hit("failed-address:203.0.113.66", WINDOW, NOW)).toList());
        }

        @SuppressWarnings("unchecked")
        List<Race.Outcome<List<Integer>>> outcomes = Race.run(threads.toArray(new Callable[0]));

        List<Integer> seen = outcomes.stream().peek(outcome -> assertThat(outcome.failure()).isNull())
                .flatMap(outcome -> outcome.value().stream()).sorted().toList();
        assertThat(seen).as("every hit saw its own count, in either instance")
                .isEqualTo(IntStream.rangeClosed(1, 16 * perThread).boxed().toList());
        assertThat(one.count("failed-address:203.0.113.66", WINDOW, NOW)).isEqualTo(16 * perThread);
        assertThat(two.count("failed-address:203.0.113.66", WINDOW, NOW)).isEqualTo(16 * perThread);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aLimitReachedThroughOneInstance_isReachedInTheOther(Vendor vendor) {
        JpaTestStores.fresh(vendor);
        RateLimitCounter one = new JpaRateLimits(new OwnTransactions(TestDatabase.of(vendor).entityManagerFactory()));
        RateLimitCounter two = new JpaRateLimits(new OwnTransactions(otherInstance(vendor)));

        one.hit("failed-prefix:AAAAAAAA", WINDOW, NOW);
        two.hit("failed-prefix:AAAAAAAA", WINDOW, NOW.plusSeconds(1));

        assertThat(one.hit("failed-prefix:AAAAAAAA", WINDOW, NOW.plusSeconds(2))).isEqualTo(3);
        assertThat(two.count("failed-prefix:AAAAAAAA", WINDOW, NOW.plusSeconds(3))).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void sendsRecordedAtOnceByTwoInstances_leaveTheLatest(Vendor vendor) {
        JpaPortalStores stores = JpaTestStores.fresh(vendor);
        Workspace workspace = inTransaction(stores, () -> stores.workspaces().save(Samples.workspace("Acme")));
        DocumentSendLog one = stores.documentSendLog();
        DocumentSendLog two = JpaPortalStores.create(otherInstance(vendor)).documentSendLog();
        DocumentRef invoice = new DocumentRef(DocumentType.INVOICE, UUID.randomUUID());
        List<Callable<Boolean>> senders = new ArrayList<>();
        for (int sender = 0; sender < 16; sender++) {
            DocumentSendLog log = sender % 2 == 0 ? one : two;
            Instant at = NOW.plusSeconds(sender);
            senders.add(() -> {
                log.recordSend(workspace.id(), invoice, at);
                return true;
            });
        }

        @SuppressWarnings("unchecked")
        List<Race.Outcome<Boolean>> outcomes = Race.run(senders.toArray(new Callable[0]));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failure()).isNull());
        assertThat(two.lastSentAt(workspace.id(), invoice)).contains(NOW.plusSeconds(15));
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void oneTokenRedeemedAtOnceInTwoInstances_isUsedOnce(Vendor vendor) {
        JpaPortalStores stores = JpaTestStores.fresh(vendor);
        Contact ana = storedContact(stores);
        LoginToken token = inTransaction(stores, () -> stores.loginTokens().save(Samples.loginToken(ana, NOW)));
        ResourceLocalTransactions otherTransactions = new ResourceLocalTransactions(otherInstance(vendor));
        JpaLoginTokens otherTokens = new JpaLoginTokens(otherTransactions);
        LoginToken used = new LoginToken(token.id(), token.workspaceId(), token.clientId(), token.contactId(),
                token.purpose(), token.tokenHash(), token.createdAt(), token.expiresAt(), NOW.plusSeconds(5), null,
                token.version());

        @SuppressWarnings("unchecked")
        List<Race.Outcome<LoginToken>> outcomes = Race.run(
                () -> inTransaction(stores, () -> stores.loginTokens().save(used)),
                () -> otherTransactions.inTransaction(() -> otherTokens.save(used)));

        assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded()).singleElement()
                .satisfies(outcome -> assertThat(outcome.failure()).isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.CONCURRENT_MODIFICATION)));
        assertThat(inTransaction(stores, () -> stores.loginTokens().findByHash(token.tokenHash())).orElseThrow()
                .version()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aSessionReadAgainAfterItsTouch_inTheSameTransaction_showsTheNewTime(Vendor vendor) {
        JpaPortalStores stores = JpaTestStores.fresh(vendor);
        PortalSession session = inTransaction(stores, () -> stores.portalSessions()
                .save(Samples.session(storedContact(stores), NOW)));
        Instant later = session.lastSeenAt().plus(Duration.ofMinutes(5));

        PortalSession reread = inTransaction(stores, () -> {
            stores.portalSessions().findByHash(session.tokenHash()).orElseThrow();
            stores.portalSessions().touch(session.workspaceId(), session.id(), later);
            return stores.portalSessions().findByHash(session.tokenHash()).orElseThrow();
        });

        assertThat(reread.lastSeenAt()).isEqualTo(later);
        assertThat(reread.version()).isEqualTo(session.version());
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void sendsAndHitsInATransactionHoldingTheWorkspaceLock_commitWithoutWaitingForIt(Vendor vendor) {
        JpaPortalStores stores = JpaTestStores.fresh(vendor);
        Workspace workspace = inTransaction(stores, () -> stores.workspaces().save(Samples.workspace("Acme")));
        DocumentRef invoice = new DocumentRef(DocumentType.INVOICE, UUID.randomUUID());

        int hits = inTransaction(stores, () -> {
            // saving the workspace holds its row lock until this transaction ends
            stores.workspaces().save(workspace);
            stores.documentSendLog().recordSend(workspace.id(), invoice, NOW);
            return stores.rateLimits().hit("requested-email:" + workspace.id() + ":ana@globex.example", WINDOW, NOW);
        });

        assertThat(hits).isEqualTo(1);
        assertThat(stores.documentSendLog().lastSentAt(workspace.id(), invoice)).contains(NOW);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void windowsThatEndedLongAgo_areDeleted_andOpenOnesKept(Vendor vendor) {
        JpaTestStores.fresh(vendor);
        EntityManagerFactory factory = TestDatabase.of(vendor).entityManagerFactory();
        RateLimitCounter counter = new JpaRateLimits(new OwnTransactions(factory), 2);
        counter.hit("failed-address:198.51.100.1", WINDOW, NOW);
        Instant twoDaysLater = NOW.plus(Duration.ofDays(2));

        counter.hit("failed-address:198.51.100.2", WINDOW, twoDaysLater);
        List<String> keys = new OwnTransactions(factory).read("list the keys", entityManager -> entityManager
                .createQuery("select r.key from RateLimit r", String.class).getResultList());

        assertThat(keys).containsExactly("failed-address:198.51.100.2");
        assertThat(counter.count("failed-address:198.51.100.2", WINDOW, twoDaysLater)).isEqualTo(1);
    }

    private EntityManagerFactory otherInstance(Vendor vendor) {
        EntityManagerFactory factory = TestDatabase.of(vendor).newEntityManagerFactory();
        otherInstances.add(factory);
        return factory;
    }

    private static Contact storedContact(JpaPortalStores stores) {
        Workspace workspace = inTransaction(stores, () -> stores.workspaces().save(Samples.workspace("Acme")));
        Client client = inTransaction(stores, () -> stores.clients().save(Samples.client(workspace.id(), "Globex",
                CurrencyUnit.USD)));
        return inTransaction(stores, () -> stores.contacts().save(Samples.contact(workspace.id(), client.id(),
                "Ana Ruiz")));
    }

    private static <T> T inTransaction(JpaPortalStores stores, Supplier<T> work) {
        return stores.transactions().inTransaction(work);
    }
}
