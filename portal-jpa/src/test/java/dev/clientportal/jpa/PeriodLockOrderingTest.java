package dev.clientportal.jpa;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.quote.Deposit;
import dev.clientportal.core.quote.DraftQuote;
import dev.clientportal.core.quote.QuoteId;
import dev.clientportal.core.quote.QuoteStatus;
import dev.clientportal.core.quote.Quotes;
import dev.clientportal.core.spi.TransactionRunner;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.testing.StoresWith;
import dev.clientportal.core.workspace.Periods;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff locking and reopening today over and over while a client accepts quote after quote, from two threads on a
 * real database: a lock change holds the period-lock row for update and then appends to the audit trail, and an
 * acceptance reads the period lock (shared) before it appends anything, so the two never wait on each other in a
 * cycle: the database breaks no deadlock (each attempt of a unit of work is watched, so one retried away counts too)
 * and no failure reaches either caller. An acceptance is only ever refused with {@link ErrorCode#PERIOD_LOCKED},
 * while today is closed.
 */
class PeriodLockOrderingTest {

    private static final int ROUNDS = 150;
    private static final int MYSQL_DEADLOCK = 1213;

    @ParameterizedTest
    @EnumSource(value = Vendor.class, names = {"POSTGRESQL", "MARIADB"})
    void lockingAndReopeningWhileQuotesAreAccepted_neverDeadlocks(Vendor vendor) throws Exception {
        PortalStores stores = JpaTestStores.fresh(vendor);
        DeadlockCounting transactions = new DeadlockCounting(stores.transactions());
        PortalFixture fixture = PortalFixture.over(StoresWith.of(stores).transactions(transactions));
        fixture.moveTo(LocalDate.of(2026, 3, 31));
        StaffPrincipal owner = fixture.workspace("Acme Design", USD);
        Client globex = fixture.client(owner, "Globex");
        ContactPrincipal cara = fixture.signedInAs(owner, fixture.contact(owner, globex, "Cara Diaz", Role.APPROVER));
        Quotes quotes = fixture.portal.quotes();
        List<QuoteId> sent = java.util.stream.IntStream.range(0, ROUNDS).mapToObj(round -> quotes.send(owner,
                quotes.createDraft(owner, DraftQuote.forClient(globex.id()).line("Website", "1", "",
                        Money.of("1500.00", USD)).deposit(Deposit.percent("30"))).id()).id()).toList();
        Periods periods = fixture.anotherInstance().periods();
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> locking = threads.submit(() -> {
                start.await();
                for (int round = 0; round < ROUNDS; round++) {
                    try {
                        periods.lock(owner, LocalDate.of(2026, 3, 31));
                        periods.reopen(owner, null, "round " + round + " of the lock loop");
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
                return null;
            });
            Future<?> accepting = threads.submit(() -> {
                start.await();
                for (QuoteId quote : sent) {
                    try {
                        assertThat(quotes.accept(cara, quote, "Cara Diaz", fixture.browser()).status())
                                .isEqualTo(QuoteStatus.ACCEPTED);
                        accepted.incrementAndGet();
                    } catch (PortalException e) {
                        if (e.errorCode() == ErrorCode.PERIOD_LOCKED) {
                            refused.incrementAndGet();
                        } else {
                            failures.add(e);
                        }
                    }
                }
                return null;
            });
            start.countDown();
            // a bound only so that a deadlock nobody breaks fails the build instead of hanging it
            locking.get(5, TimeUnit.MINUTES);
            accepting.get(5, TimeUnit.MINUTES);
        } finally {
            threads.shutdownNow();
        }

        assertThat(transactions.deadlocks).as("no deadlock, not even one retried unseen").isEmpty();
        assertThat(failures).as("no failure reaches a caller").isEmpty();
        assertThat(accepted.get() + refused.get()).isEqualTo(ROUNDS);
        assertThat(accepted.get()).as("acceptances went through between the locks").isPositive();
        assertThat(fixture.portal.audit().verify(owner).intact()).isTrue();
    }

    /** Transactions that note every attempt the database aborted as a deadlock, then fail it as before. */
    private static final class DeadlockCounting implements TransactionRunner {

        private final TransactionRunner delegate;
        private final Queue<Throwable> deadlocks = new ConcurrentLinkedQueue<>();

        DeadlockCounting(TransactionRunner delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T extends @Nullable Object> T inTransaction(Supplier<T> work) {
            try {
                return delegate.inTransaction(work);
            } catch (RuntimeException e) {
                for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                    if (cause instanceof SQLException sql && ("40P01".equals(sql.getSQLState())
                            || sql.getErrorCode() == MYSQL_DEADLOCK)) {
                        deadlocks.add(e);
                        break;
                    }
                }
                throw e;
            }
        }

        @Override
        public <T extends @Nullable Object> T inReadOnlyTransaction(Supplier<T> work) {
            return delegate.inReadOnlyTransaction(work);
        }

        @Override
        public boolean isTransactionOpen() {
            return delegate.isTransactionOpen();
        }

        @Override
        public void afterCommit(Runnable callback) {
            delegate.afterCommit(callback);
        }

        @Override
        public boolean afterCompletion(Runnable callback) {
            return delegate.afterCompletion(callback);
        }
    }
}
