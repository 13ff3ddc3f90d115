package dev.clientportal.core.contract;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.PortalStores;
import dev.clientportal.core.access.LoginToken;
import dev.clientportal.core.access.SignInLink;
import dev.clientportal.core.access.SignedIn;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.testing.Race;
import dev.clientportal.core.testing.ReadGate;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.workspace.Workspace;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What must hold when several host instances write through one database at once: transactions that interleave
 * (both read version n, one commits first) leave the loser a retryable {@link PortalException}, never a provider
 * exception, and the winner's row stored; racing inserts of one natural key leave one row and the loser
 * {@link ErrorCode#DUPLICATE_KEY}; a sign-in link is redeemed once however many threads present it.
 *
 * <p>Latches and barriers force the interleaving, so a store passes only if it really isolates transactions.
 * Stores that run one transaction at a time (the default in-memory stores) cannot interleave two open transactions;
 * they answer {@code false} from {@link #interleavesTransactions()}, which skips the tests that need it.
 */
public abstract class ConcurrencyContract extends StoreContract {

    private static final long WAIT_SECONDS = 10;
    /** Long enough for the second transaction to reach the first one's row lock, short enough to keep tests fast. */
    private static final long HOLD_MILLIS = 100;
    private static final int REDEEMERS = 16;
    private static final Set<ErrorCode> RETRYABLE = Set.of(ErrorCode.CONCURRENT_MODIFICATION);

    /**
     * Whether two transactions of these stores can be open at once on two threads; {@code true} for every database.
     */
    protected boolean interleavesTransactions() {
        return true;
    }

    @Test
    public void twoInterleavedTransactionsSavingOneInvoice_theLaterFailsRetryablyAndTheFirstsRowStays()
            throws Exception {
        requireInterleaving();
        Workspace workspace = storedWorkspace("Acme");
        Client client = storedClient(workspace.id(), "Globex", CurrencyUnit.USD);
        Invoice draft = stored(InvoiceBuilder.anInvoice(workspace.id(), client.id()).build());
        LocalDate today = LocalDate.of(2026, 3, 2);
        CountDownLatch firstRead = new CountDownLatch(1);
        CountDownLatch secondRead = new CountDownLatch(1);
        CountDownLatch firstCommitted = new CountDownLatch(1);

        List<Race.Outcome<Invoice>> outcomes = concurrently(
                () -> {
                    Invoice saved = inTransaction(() -> {
                        Invoice read = stores.invoices().find(workspace.id(), draft.id()).orElseThrow();
                        firstRead.countDown();
                        await(secondRead);
                        return stores.invoices().save(read.issue("INV-A", today));
                    });
                    firstCommitted.countDown();
                    return saved;
                },
                () -> inTransaction(() -> {
                    await(firstRead);
                    Invoice read = stores.invoices().find(workspace.id(), draft.id()).orElseThrow();
                    secondRead.countDown();
                    await(firstCommitted);
                    return stores.invoices().save(read.issue("INV-B", today));
                }));

        assertThat(outcomes.get(0).succeeded()).as("the first writer commits: %s", outcomes.get(0).failure()).isTrue();
        assertRetryable(outcomes.get(1));
        Invoice stored = inTransaction(() -> stores.invoices().find(workspace.id(), draft.id())).orElseThrow();
        assertThat(stored).isEqualTo(outcomes.get(0).value());
        assertThat(stored.number()).isEqualTo("INV-A");
        assertThat(stored.version()).isEqualTo(2);
        Invoice other = stored(InvoiceBuilder.anInvoice(workspace.id(), client.id()).issued("INV-B", today).build());
        assertThat(other.number()).as("the loser's invoice number was rolled back with it").isEqualTo("INV-B");
    }

    @Test
    public void anotherTransactionsUncommittedWrites_areInvisibleUntilItCommits() throws Exception {
        requireInterleaving();
        Workspace workspace = storedWorkspace("Acme");
        Client globex = storedClient(workspace.id(), "Globex", CurrencyUnit.USD);
        Client changed = globex.withCreditAdded(Money.of("25.00", CurrencyUnit.USD));
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch looked = new CountDownLatch(1);

        List<Race.Outcome<Client>> outcomes = concurrently(
                () -> inTransaction(() -> {
                    Client saved = stores.clients().save(changed);
                    written.countDown();
                    await(looked);
                    return saved;
                }),
                () -> {
                    await(written);
                    Client seen = inTransaction(() -> stores.clients().find(workspace.id(), globex.id()))
                            .orElseThrow();
                    looked.countDown();
                    return seen;
                });

        assertThat(outcomes.get(1).value()).as("no dirty read").isEqualTo(globex);
        assertThat(inTransaction(() -> stores.clients().find(workspace.id(), globex.id())))
                .contains(outcomes.get(0).value());
    }

    @Test
    public void racingInsertsOfOnePaymentReference_oneWinsAndTheOtherGetsDuplicateKeyWithNothingWritten()
            throws Exception {
        requireInterleaving();
        Workspace workspace = storedWorkspace("Acme");
        Client client = storedClient(workspace.id(), "Globex", CurrencyUnit.USD);
        Payment first = PaymentBuilder.aPayment(workspace.id(), client.id(), "wire-7781").toCredit("50.00").build();
        Payment second = PaymentBuilder.aPayment(workspace.id(), client.id(), "wire-7781").toCredit("80.00").build();

        List<Race.Outcome<Payment>> outcomes = holdingTheFirstOpen(() -> stores.payments().save(first),
                () -> stores.payments().save(second));

        assertThat(outcomes.get(0).succeeded()).as("the first insert commits: %s", outcomes.get(0).failure()).isTrue();
        assertDuplicateKey(outcomes.get(1));
        assertThat(inTransaction(() -> stores.payments().findByReference(workspace.id(), "wire-7781")))
                .contains(outcomes.get(0).value());
        assertThat(inTransaction(() -> stores.payments().find(workspace.id(), second.id()))).isEmpty();
        assertThat(inTransaction(() -> stores.payments().forClient(workspace.id(), client.id())))
                .containsExactly(outcomes.get(0).value());
    }

    @Test
    public void racingInsertsOfOneInvoiceNumber_oneWinsAndTheOtherGetsDuplicateKeyWithNothingWritten()
            throws Exception {
        requireInterleaving();
        Workspace workspace = storedWorkspace("Acme");
        Client client = storedClient(workspace.id(), "Globex", CurrencyUnit.USD);
        LocalDate today = LocalDate.of(2026, 3, 2);
        Invoice first = InvoiceBuilder.anInvoice(workspace.id(), client.id()).issued("INV-0001", today).build();
        Invoice second = InvoiceBuilder.anInvoice(workspace.id(), client.id()).issued("INV-0001", today).build();

        List<Race.Outcome<Invoice>> outcomes = holdingTheFirstOpen(() -> stores.invoices().save(first),
                () -> stores.invoices().save(second));

        assertThat(outcomes.get(0).succeeded()).as("the first insert commits: %s", outcomes.get(0).failure()).isTrue();
        assertDuplicateKey(outcomes.get(1));
        assertThat(inTransaction(() -> stores.invoices().find(workspace.id(), second.id()))).isEmpty();
        assertThat(inTransaction(() -> stores.invoices().find(workspace.id(), first.id())))
                .contains(outcomes.get(0).value());
    }

    @Test
    public void aSignInTokenMarkedUsedBySixteenTransactionsAtOnce_isUsedExactlyOnce() {
        Workspace workspace = storedWorkspace("Acme");
        Client client = storedClient(workspace.id(), "Globex", CurrencyUnit.USD);
        Contact ana = storedContact(workspace.id(), client.id(), "Ana Ruiz");
        LoginToken token = inTransaction(() -> stores.loginTokens().save(Samples.loginToken(ana, Samples.CREATED)));
        CyclicBarrier everyoneRead = new CyclicBarrier(REDEEMERS);
        List<Callable<LoginToken>> redemptions = new ArrayList<>();
        for (int i = 0; i < REDEEMERS; i++) {
            redemptions.add(() -> inTransaction(() -> {
                LoginToken read = stores.loginTokens().findByHash(token.tokenHash()).orElseThrow();
                if (interleavesTransactions()) {
                    await(everyoneRead);
                }
                if (read.usedAt() != null) {
                    throw new PortalException(ErrorCode.TOKEN_USED, "already used");
                }
                return stores.loginTokens().save(new LoginToken(read.id(), read.workspaceId(), read.clientId(),
                        read.contactId(), read.purpose(), read.tokenHash(), read.createdAt(), read.expiresAt(),
                        Samples.CREATED.plusSeconds(60), null, read.version()));
            }));
        }

        List<Race.Outcome<LoginToken>> outcomes = race(redemptions);

        assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded()).hasSize(REDEEMERS - 1)
                .allSatisfy(lost -> assertThat(lost.failure()).isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.errorCode()).isIn(ErrorCode.CONCURRENT_MODIFICATION, ErrorCode.TOKEN_USED)));
        LoginToken stored = inTransaction(() -> stores.loginTokens().findByHash(token.tokenHash())).orElseThrow();
        assertThat(stored.usedAt()).isNotNull();
        assertThat(stored.version()).as("saved once after the insert").isEqualTo(2);
    }

    /** The losers are told the link is used, or, after a few failures on one link, to slow down. */
    @Test
    public void aSignInLinkPresentedBySixteenBrowsersAtOnce_signsInExactlyOnce() {
        ReadGate gate = ReadGate.on(stores, "loginTokens", "findByHash");
        PortalFixture fixture = PortalFixture.over(gate.stores());
        StaffPrincipal owner = fixture.workspace("Acme Design", CurrencyUnit.USD);
        Client globex = fixture.client(owner, "Globex");
        Contact ana = fixture.contact(owner, globex, "Ana Ruiz", Role.BILLING);
        SignInLink link = fixture.portal.access().invite(owner, ana.id());
        List<Callable<SignedIn>> attempts = new ArrayList<>();
        for (int i = 0; i < REDEEMERS; i++) {
            attempts.add(() -> fixture.portal.access().signIn(link.token(), fixture.browser()));
        }

        if (interleavesTransactions()) {
            gate.arm(REDEEMERS);
        }
        List<Race.Outcome<SignedIn>> outcomes = race(attempts);

        assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded()).hasSize(REDEEMERS - 1)
                .allSatisfy(lost -> assertThat(lost.failure()).isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.errorCode()).as(e.getMessage())
                                .isIn(ErrorCode.TOKEN_USED, ErrorCode.RATE_LIMITED)));
        assertThat(fixture.portal.access().sessions(owner, ana.id())).hasSize(1);
    }

    /** Points the contract at fresh stores, as before each test: lets a test run the contract's tests by hand. */
    public void useFreshStores() {
        stores = newStores();
    }

    // ---- helpers ----

    private void requireInterleaving() {
        assumeTrue(interleavesTransactions(), "these stores run one transaction at a time: two cannot interleave");
    }

    /**
     * Runs {@code first} in a transaction that stays open after its work until {@code second} has started its own
     * transaction and had a moment to reach the same rows; then commits it. Returns both outcomes, first's first.
     */
    private <T> List<Race.Outcome<T>> holdingTheFirstOpen(Supplier<T> first, Supplier<T> second) throws Exception {
        CountDownLatch firstWrote = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        return concurrently(
                () -> inTransaction(() -> {
                    T result = first.get();
                    firstWrote.countDown();
                    await(secondStarted);
                    pause();
                    return result;
                }),
                () -> {
                    await(firstWrote);
                    return inTransaction(() -> {
                        secondStarted.countDown();
                        return second.get();
                    });
                });
    }

    /** Runs two calls on two threads and waits, bounded, for both. */
    private static <T> List<Race.Outcome<T>> concurrently(Callable<T> first, Callable<T> second) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<T> one = threads.submit(first);
            Future<T> two = threads.submit(second);
            return List.of(outcome(one), outcome(two));
        } finally {
            threads.shutdownNow();
        }
    }

    private static <T> Race.Outcome<T> outcome(Future<T> future) throws Exception {
        try {
            return new Race.Outcome<>(future.get(WAIT_SECONDS * 3, TimeUnit.SECONDS), null);
        } catch (java.util.concurrent.ExecutionException e) {
            return new Race.Outcome<>(null, e.getCause());
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> List<Race.Outcome<T>> race(List<Callable<T>> calls) {
        return Race.run(calls.toArray(new Callable[0]));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("the other transaction never got there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new AssertionError("not every transaction read in time", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(HOLD_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static void assertRetryable(Race.Outcome<?> lost) {
        assertThat(lost.failure()).as("the later writer must lose").isNotNull();
        assertThat(lost.failure()).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.errorCode()).as(e.getMessage()).isIn(RETRYABLE));
    }

    private static void assertDuplicateKey(Race.Outcome<?> lost) {
        assertThat(lost.failure()).as("the later insert must lose").isNotNull();
        assertThat(lost.failure()).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.errorCode()).as(e.getMessage()).isEqualTo(ErrorCode.DUPLICATE_KEY));
    }
}
