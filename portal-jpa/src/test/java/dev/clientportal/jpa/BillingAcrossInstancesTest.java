package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.contract.Samples;
import dev.clientportal.core.invoice.Installment;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.Refund;
import dev.clientportal.core.payment.RefundId;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.clientportal.core.contract.InvoiceBuilder.anInvoice;
import static dev.clientportal.core.contract.PaymentBuilder.aPayment;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances (two entity manager factories) × 8 threads on one database: a payment reference and a refund
 * reference are recorded exactly once, the others get the typed {@link ErrorCode#DUPLICATE_KEY} their use cases
 * answer; drafts issued and invoices paid at once (their open-amount rows written on every save) never deadlock
 * or fail. (Written with a range delete of an invoice's rows, the drafts issued at once deadlock on MariaDB: the
 * delete's gap locks block each other's inserts. The adapter writes the rows by exact key instead.)
 */
class BillingAcrossInstancesTest {

    private static final int THREADS_PER_INSTANCE = 8;
    private static final int THREADS = 2 * THREADS_PER_INSTANCE;

    private final List<EntityManagerFactory> opened = new ArrayList<>();
    private ExecutorService threads;

    @AfterEach
    void closeTheSecondInstance() {
        if (threads != null) {
            threads.shutdownNow();
        }
        opened.forEach(EntityManagerFactory::close);
    }

    @ParameterizedTest
    @EnumSource(value = Vendor.class, names = {"POSTGRESQL", "MARIADB"})
    void oneReferenceRecordedBySixteenThreadsOfTwoInstances_isStoredOnce(Vendor vendor) throws Exception {
        Setup setup = setUp(vendor);

        List<Outcome> outcomes = race(setup, (instance, thread) -> instance.payments.save(
                aPayment(setup.workspaceId, setup.clientId, "wire-race").toCredit((10 + thread) + ".00").build()));

        assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded())
                .allSatisfy(outcome -> assertThat(outcome.code()).isEqualTo(ErrorCode.DUPLICATE_KEY));
        Payment stored = setup.first.transactions.inTransaction(() ->
                setup.first.payments.findByReference(setup.workspaceId, "wire-race")).orElseThrow();
        assertThat(setup.first.transactions.inTransaction(() ->
                setup.first.payments.forClient(setup.workspaceId, setup.clientId))).containsExactly(stored);
    }

    @ParameterizedTest
    @EnumSource(value = Vendor.class, names = {"POSTGRESQL", "MARIADB"})
    void oneRefundReferenceAddedToSixteenPaymentsAtOnce_isStoredOnce(Vendor vendor) throws Exception {
        Setup setup = setUp(vendor);
        List<Payment> payments = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Payment payment = aPayment(setup.workspaceId, setup.clientId, "wire-" + i).toCredit("10.00").build();
            payments.add(setup.first.transactions.inTransaction(() -> setup.first.payments.save(payment)));
        }

        List<Outcome> outcomes = race(setup, (instance, thread) -> instance.payments.save(payments.get(thread)
                .withRefund(new Refund(new RefundId(UUID.randomUUID()), "re-race", Money.of("1.00", USD),
                        Money.of("1.00", USD), List.of(), LocalDate.of(2026, 3, 20), "", Samples.CREATED))));

        assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded())
                .allSatisfy(outcome -> assertThat(outcome.code()).isEqualTo(ErrorCode.DUPLICATE_KEY));
        List<Payment> stored = setup.first.transactions.inTransaction(() ->
                setup.first.payments.forClient(setup.workspaceId, setup.clientId));
        assertThat(stored).flatMap(Payment::refunds).extracting(Refund::reference).containsExactly("re-race");
        assertThat(stored).filteredOn(payment -> payment.refunds().isEmpty()).hasSize(THREADS - 1)
                .allSatisfy(payment -> assertThat(payment.version()).isEqualTo(1));
    }

    /**
     * Each thread pays its own scheduled invoice installment by installment, so every save updates, deletes and
     * finally empties the invoice's open-amount rows while fifteen others do the same next to it.
     */
    @ParameterizedTest
    @EnumSource(value = Vendor.class, names = {"POSTGRESQL", "MARIADB"})
    void paymentsOnSixteenInvoicesAtOnce_allApply(Vendor vendor) throws Exception {
        Setup setup = setUp(vendor);
        List<Invoice> invoices = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Invoice invoice = anInvoice(setup.workspaceId, setup.clientId)
                    .content(Samples.richContent(LocalDate.of(2026, 3, 16)))
                    .issued(String.format("INV-2026-%05d", i + 1), LocalDate.of(2026, 3, 2)).build();
            invoices.add(setup.first.transactions.inTransaction(() -> setup.first.invoices.save(invoice)));
        }

        List<Outcome> outcomes = race(setup, (instance, thread) -> {
            InvoiceId id = invoices.get(thread).id();
            for (Installment installment : invoices.get(thread).content().schedule().installments()) {
                instance.transactions.inTransaction(() -> instance.invoices.save(
                        instance.invoices.find(setup.workspaceId, id).orElseThrow()
                                .withPayment(installment.amount())));
            }
            return null;
        });

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failure()).isNull());
        for (Invoice invoice : invoices) {
            Invoice paid = setup.first.transactions.inTransaction(() ->
                    setup.first.invoices.find(setup.workspaceId, invoice.id())).orElseThrow();
            assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(paid.openAmounts()).isEmpty();
            assertThat(paid.version()).isEqualTo(1 + invoice.content().schedule().installments().size());
        }
    }

    /** Each thread issues its own draft, so sixteen invoices get their first open-amount rows at once. */
    @ParameterizedTest
    @EnumSource(value = Vendor.class, names = {"POSTGRESQL", "MARIADB"})
    void sixteenDraftsIssuedAtOnce_allIssue(Vendor vendor) throws Exception {
        Setup setup = setUp(vendor);
        List<Invoice> drafts = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Invoice draft = anInvoice(setup.workspaceId, setup.clientId)
                    .content(Samples.richContent(LocalDate.of(2026, 3, 16))).build();
            drafts.add(setup.first.transactions.inTransaction(() -> setup.first.invoices.save(draft)));
        }

        List<Outcome> outcomes = race(setup, (instance, thread) -> instance.invoices.save(drafts.get(thread)
                .issue(String.format("INV-2026-%05d", thread + 1), LocalDate.of(2026, 3, 2))));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failure()).isNull());
        for (Invoice draft : drafts) {
            assertThat(setup.first.transactions.inTransaction(() ->
                    setup.first.invoices.find(setup.workspaceId, draft.id())).orElseThrow().openAmounts())
                    .hasSize(draft.content().schedule().installments().size());
        }
    }

    private Setup setUp(Vendor vendor) {
        JpaPortalStores stores = JpaTestStores.fresh(vendor);
        WorkspaceId workspaceId = stores.transactions().inTransaction(() ->
                stores.workspaces().save(Samples.workspace("Acme Design"))).id();
        ClientId clientId = stores.transactions().inTransaction(() ->
                stores.clients().save(Samples.client(workspaceId, "Globex", USD))).id();
        TestDatabase database = TestDatabase.of(vendor);
        EntityManagerFactory second = database.newEntityManagerFactory();
        opened.add(second);
        return new Setup(workspaceId, clientId, new Instance(database.entityManagerFactory()), new Instance(second));
    }

    /** Runs one task per thread, half of them on each instance, released at once; each in its own transaction. */
    private List<Outcome> race(Setup setup, Task task) throws InterruptedException {
        threads = Executors.newFixedThreadPool(THREADS);
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            Instance instance = thread % 2 == 0 ? setup.first : setup.second;
            int number = thread;
            Callable<Object> work = () -> {
                ready.countDown();
                go.await();
                return instance.transactions.inTransaction(() -> task.run(instance, number));
            };
            futures.add(threads.submit(work));
        }
        ready.await();
        go.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Object> future : futures) {
            try {
                future.get(60, TimeUnit.SECONDS);
                outcomes.add(new Outcome(null));
            } catch (ExecutionException e) {
                outcomes.add(new Outcome(e.getCause()));
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("a thread did not finish within a minute", e);
            }
        }
        return outcomes;
    }

    /** One instance of the host: its entity manager factory and the billing ports over it. */
    private static final class Instance {
        final ResourceLocalTransactions transactions;
        final JpaInvoices invoices;
        final JpaPayments payments;

        Instance(EntityManagerFactory factory) {
            this.transactions = new ResourceLocalTransactions(factory);
            this.invoices = new JpaInvoices(transactions);
            this.payments = new JpaPayments(transactions);
        }
    }

    private record Setup(WorkspaceId workspaceId, ClientId clientId, Instance first, Instance second) {
    }

    /** What a thread does, given its instance and its number. */
    @FunctionalInterface
    private interface Task {
        Object run(Instance instance, int thread);
    }

    /** How a thread ended: {@code failure} is null when it succeeded. */
    private record Outcome(Throwable failure) {
        boolean succeeded() {
            return failure == null;
        }

        ErrorCode code() {
            return failure instanceof PortalException portal ? portal.errorCode() : null;
        }
    }
}
