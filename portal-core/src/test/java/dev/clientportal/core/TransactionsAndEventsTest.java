package dev.clientportal.core;

import dev.clientportal.core.testing.StoresWith;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.invoice.InvoiceIssued;
import dev.clientportal.core.invoice.InvoicePaid;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.outbox.RelayResult;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.PaymentRecorded;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.spi.EventPublisher;
import dev.clientportal.core.spi.TransactionRunner;
import dev.clientportal.core.testing.FaultInjectingStores;
import dev.clientportal.core.testing.MutableClock;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.workspace.CreateWorkspace;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Events leave only after the outermost commit (the host's, when it owns the transaction) through the outbox, at
 * least once and in order per aggregate; a unit of work that loses a race is run again only when the portal owns
 * the transaction.
 */
class TransactionsAndEventsTest {

    private final MutableClock clock = MutableClock.at(PortalFixture.START);
    private final FaultInjectingStores stores = FaultInjectingStores.over(InMemoryStores.create());
    private final HostTransactions host = new HostTransactions(stores.transactions());
    private final List<DomainEvent> published = new CopyOnWriteArrayList<>();
    private final List<Boolean> publishedInsideATransaction = new CopyOnWriteArrayList<>();
    private EventPublisher publisher = event -> {
        publishedInsideATransaction.add(stores.transactions().isTransactionOpen());
        published.add(event);
    };
    private final ClientPortal portal = ClientPortal.builder().clock(clock).stores(StoresWith.of(stores).transactions(host)).fileStore(InMemoryStores.create().fileStore())
            .events(event -> publisher.publish(event)).build();
    private final StaffPrincipal owner = StaffPrincipal.of(portal.workspaces().create(new CreateWorkspace("Acme", USD,
            PaymentTerms.net(30))).id(), "owner@acme.example");
    private final Client globex = portal.clients().create(owner, new CreateClient("Globex", "ap@globex.example"));

    // ---- the host owns the transaction ----

    @Test
    void whenTheHostRollsBackItsTransaction_noEventIsPublished_andNoneIsLeftToRelay() {
        Invoice draft = draft("100.00");
        published.clear();

        assertThatThrownBy(() -> host.inTransaction(() -> {
            portal.invoicing().issue(owner, draft.id());
            throw new IllegalStateException("the host's own write failed");
        })).hasMessage("the host's own write failed");

        assertThat(published).isEmpty();
        assertThat(portal.invoicing().get(owner, draft.id()).status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(portal.eventRelay().deliverDue(100)).isEqualTo(new RelayResult(0, 0, 0));
        assertThat(published).isEmpty();
    }

    @Test
    void whenTheHostCommits_theEventsArePublishedAfterItsCommit_notBefore() {
        Invoice draft = draft("100.00");
        published.clear();
        List<DomainEvent> seenBeforeTheHostCommitted = new ArrayList<>();

        host.inTransaction(() -> {
            Invoice issued = portal.invoicing().issue(owner, draft.id());
            portal.payments().record(owner, received("100.00", "wire-1").allocateTo(issued.id()));
            seenBeforeTheHostCommitted.addAll(published);
            return null;
        });

        assertThat(seenBeforeTheHostCommitted).isEmpty();
        assertThat(published).extracting(DomainEvent::type)
                .containsExactly(InvoiceIssued.TYPE, InvoicePaid.TYPE, PaymentRecorded.TYPE);
        assertThat(publishedInsideATransaction).containsOnly(false);
    }

    @Test
    void whenThePortalOwnsTheTransaction_theEventsArePublishedOnceItCommitted() {
        Invoice issued = portal.invoicing().issue(owner, draft("100.00").id());

        assertThat(published).filteredOn(event -> event instanceof InvoiceIssued).singleElement()
                .satisfies(event -> assertThat(((InvoiceIssued) event).invoiceId()).isEqualTo(issued.id()));
        assertThat(publishedInsideATransaction).containsOnly(false);
    }

    // ---- the outbox and its relay ----

    @Test
    void aPublisherThatFails_leavesTheEventToTheScheduledRelay_whichDeliversItAfterTheBackoff() {
        Invoice draft = draft("100.00");
        AtomicInteger failures = failingFor(InvoiceIssued.TYPE, 1);

        Invoice issued = portal.invoicing().issue(owner, draft.id());

        assertThat(failures).hasValue(0);
        assertThat(ofType(InvoiceIssued.TYPE)).isEmpty();
        assertThat(portal.invoicing().get(owner, issued.id()).status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(portal.eventRelay().deliverDue(100)).isEqualTo(new RelayResult(0, 0, 1));

        clock.advance(Duration.ofSeconds(1));
        assertThat(portal.eventRelay().deliverDue(100)).isEqualTo(new RelayResult(1, 0, 0));
        assertThat(ofType(InvoiceIssued.TYPE)).hasSize(1);
    }

    @Test
    void aScheduledRunThatFailsAgain_countsTheAttempt_andWaitsTwiceAsLong() {
        Invoice draft = draft("100.00");
        failingFor(InvoiceIssued.TYPE, 2);
        portal.invoicing().issue(owner, draft.id());

        clock.advance(Duration.ofSeconds(1));
        assertThat(portal.eventRelay().deliverDue(100)).isEqualTo(new RelayResult(0, 1, 1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(portal.eventRelay().deliverDue(100)).isEqualTo(new RelayResult(0, 0, 1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(portal.eventRelay().deliverDue(100)).isEqualTo(new RelayResult(1, 0, 0));
        assertThat(ofType(InvoiceIssued.TYPE)).hasSize(1);
    }

    @Test
    void eventsOfOneAggregate_keepTheirOrder_whenAnEarlierOneFailed_whileOtherAggregatesGoOn() {
        Invoice draft = draft("100.00");
        failingFor(InvoiceIssued.TYPE, 1);
        Invoice issued = portal.invoicing().issue(owner, draft.id());

        portal.payments().record(owner, received("100.00", "wire-1").allocateTo(issued.id()));

        assertThat(published).extracting(DomainEvent::type).containsExactly(PaymentRecorded.TYPE);
        clock.advance(Duration.ofSeconds(1));
        portal.eventRelay().deliverDue(100);
        assertThat(published).extracting(DomainEvent::type)
                .containsExactly(PaymentRecorded.TYPE, InvoiceIssued.TYPE, InvoicePaid.TYPE);
    }

    @Test
    void aScheduledRun_takesABatchOfOneToTenThousand() {
        assertRejected(() -> portal.eventRelay().deliverDue(0), ErrorCode.INVALID_VALUE);
        assertRejected(() -> portal.eventRelay().deliverDue(10_001), ErrorCode.INVALID_VALUE);
        assertThat(portal.eventRelay().deliverDue(10_000)).isEqualTo(new RelayResult(0, 0, 0));
    }

    @Test
    void deliveredEvents_doNotStayInTheOutbox() {
        for (int i = 0; i < 50; i++) {
            portal.invoicing().issue(owner, draft("10.00").id());
        }

        assertThat(stores.transactions().inTransaction(() -> stores.eventOutbox().undelivered())).isZero();
        assertThat(ofType(InvoiceIssued.TYPE)).hasSize(50);
    }

    @Test
    void everyEvent_carriesATimeOrderedId_itsStableType_itsAggregateAndItsWorkspace() {
        Invoice issued = portal.invoicing().issue(owner, draft("100.00").id());
        portal.payments().record(owner, received("100.00", "wire-1").allocateTo(issued.id()));

        Set<Object> ids = new HashSet<>();
        for (DomainEvent event : published) {
            assertThat(event.eventId().version()).as(event.type()).isEqualTo(7);
            assertThat(ids.add(event.eventId())).as("unique id of %s", event.type()).isTrue();
            assertThat(event.workspaceId()).isEqualTo(owner.workspaceId());
            assertThat(event.occurredAt()).isEqualTo(clock.instant());
            assertThat(event.aggregateKey()).matches("[a-z-]+:[0-9a-f-]{36}");
        }
        assertThat(ofType(InvoicePaid.TYPE)).singleElement()
                .satisfies(event -> assertThat(event.aggregateKey()).isEqualTo("invoice:" + issued.id().value()));
    }

    @Test
    void aHandlerThatCallsThePortalAgain_startsAUnitOfWorkOfItsOwn() {
        Invoice draft = draft("100.00");
        publisher = event -> {
            published.add(event);
            if (event instanceof InvoiceIssued issued) {
                portal.payments().record(owner, received("100.00", "auto-" + issued.number())
                        .allocateTo(issued.invoiceId()));
            }
        };

        Invoice issued = portal.invoicing().issue(owner, draft.id());

        assertThat(portal.invoicing().get(owner, issued.id()).status()).isEqualTo(InvoiceStatus.PAID);
        // the payment's events were written while InvoiceIssued was still being delivered: the payment's own goes
        // at once, InvoicePaid waits behind InvoiceIssued (same invoice) and follows it as soon as that is done
        assertThat(published).extracting(DomainEvent::type)
                .containsExactly(InvoiceIssued.TYPE, PaymentRecorded.TYPE, InvoicePaid.TYPE);
        assertThat(stores.transactions().inTransaction(() -> stores.eventOutbox().undelivered())).isZero();
    }

    // ---- losing a race ----

    @Test
    void aUnitOfWorkThatLosesARace_runsAgain_whenThePortalOwnsTheTransaction() {
        Invoice draft = draft("100.00");
        stores.failSavesOf(Invoice.class, PortalRuntime.MAX_ATTEMPTS - 1);

        Invoice issued = portal.invoicing().issue(owner, draft.id());

        assertThat(issued.status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(ofType(InvoiceIssued.TYPE)).hasSize(1);
        assertThat(portal.audit().verify(owner).intact()).isTrue();
    }

    @Test
    void aUnitOfWorkThatKeepsLosing_failsAfterTheLastAttempt_andChangesNothing() {
        Invoice draft = draft("100.00");
        stores.failSavesOf(Invoice.class, PortalRuntime.MAX_ATTEMPTS);

        assertRejected(() -> portal.invoicing().issue(owner, draft.id()), ErrorCode.CONCURRENT_MODIFICATION);

        assertThat(portal.invoicing().get(owner, draft.id()).status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(ofType(InvoiceIssued.TYPE)).isEmpty();
        assertThat(portal.invoicing().issue(owner, draft.id()).status()).isEqualTo(InvoiceStatus.OPEN);
    }

    @Test
    void insideTheHostsTransaction_aLostRaceIsNotRetried_butReachesTheHost() {
        Invoice draft = draft("100.00");
        stores.failSavesOf(Invoice.class, 1);

        assertRejected(() -> host.inTransaction(() -> portal.invoicing().issue(owner, draft.id())),
                ErrorCode.CONCURRENT_MODIFICATION);

        assertThat(portal.invoicing().get(owner, draft.id()).status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(portal.invoicing().list(owner, InvoiceFilter.forClient(globex.id()), 0, 10)).hasSize(1);
        assertThat(ofType(InvoiceIssued.TYPE)).isEmpty();
    }

    // ---- helpers ----

    private Invoice draft(String amount) {
        return portal.invoicing().createDraft(owner, DraftInvoice.forClient(globex.id())
                .line("Work", "1", "", Money.of(amount, USD)));
    }

    private RecordPayment received(String amount, String reference) {
        return RecordPayment.manual(globex.id(), Money.of(amount, USD), PaymentMethod.BANK_TRANSFER, reference);
    }

    private List<DomainEvent> ofType(String type) {
        return published.stream().filter(event -> event.type().equals(type)).toList();
    }

    /** Makes the publisher throw for the next {@code times} events of a type; the counter says how many are left. */
    private AtomicInteger failingFor(String type, int times) {
        AtomicInteger left = new AtomicInteger(times);
        EventPublisher delivering = publisher;
        publisher = event -> {
            if (event.type().equals(type) && left.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new IllegalStateException("broker down");
            }
            delivering.publish(event);
        };
        return left;
    }

    /**
     * A host's runner, as one over Spring's {@code TransactionTemplate} would be: it joins the transaction open on
     * the thread, opens one otherwise, and maps after-commit callbacks to the transaction's own hook.
     */
    private static final class HostTransactions implements TransactionRunner {
        private final TransactionRunner resource;
        HostTransactions(TransactionRunner resource) {
            this.resource = resource;
        }

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return resource.inTransaction(work);
        }

        @Override
        public boolean isTransactionOpen() {
            return resource.isTransactionOpen();
        }

        @Override
        public void afterCommit(Runnable callback) {
            resource.afterCommit(callback);
        }
    }
}
