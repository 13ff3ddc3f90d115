package dev.clientportal.core.contract;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.PortalStores;
import dev.clientportal.core.approval.AddVersion;
import dev.clientportal.core.approval.ApprovalRequest;
import dev.clientportal.core.approval.ApprovalRule;
import dev.clientportal.core.approval.ApprovalStatus;
import dev.clientportal.core.approval.Approvals;
import dev.clientportal.core.approval.Approve;
import dev.clientportal.core.approval.CreateDeliverable;
import dev.clientportal.core.approval.Deliverable;
import dev.clientportal.core.approval.DeliverableApproved;
import dev.clientportal.core.approval.DeliverableStatus;
import dev.clientportal.core.approval.Milestone;
import dev.clientportal.core.approval.RequestApproval;
import dev.clientportal.core.approval.RequestChanges;
import dev.clientportal.core.approval.VersionPin;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.testing.ReadGate;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decisions racing each other and the business, on real threads released together: exactly one outcome wins, every
 * other caller gets a typed conflict, and money is billed once; under the ALL rule every approval counts. Each race
 * runs several times on fresh deliverables. A scenario over any {@link PortalStores}: what must hold on a database,
 * where the racers all read the deliverable before any of them saves.
 *
 * <p>An adapter runs it by extending it and implementing {@link #newStores()}.
 */
public abstract class ApprovalConcurrencyScenario {

    private static final int RACES = 10;
    private static final long WAIT_SECONDS = 10;

    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final ReadGate gate = ReadGate.on(newStores(), "deliverables", "find");
    private final PortalFixture fixture = PortalFixture.over(gate.stores());
    private final Approvals approvals = fixture.portal.approvals();
    private final StaffPrincipal owner = fixture.workspace("Acme Design", USD);
    private final Client globex = fixture.client(owner, "Globex");
    private final List<Contact> approvers = List.of(
            fixture.contact(owner, globex, "Ana Ruiz", Role.APPROVER),
            fixture.contact(owner, globex, "Ben Ode", Role.APPROVER),
            fixture.contact(owner, globex, "Cleo Park", Role.APPROVER),
            fixture.contact(owner, globex, "Dan Wu", Role.APPROVER));
    private final List<ContactPrincipal> signedIn = approvers.stream().map(contact -> fixture.signedInAs(owner, contact))
            .toList();
    private final SharedFile logo = fixture.sharedFile(owner, globex, "logo.txt", "the logo");

    /**
     * Fresh, empty stores; called once per test, while the scenario is constructed (so it must not depend on the
     * subclass's own fields).
     */
    protected abstract PortalStores newStores();

    /**
     * Whether two transactions of these stores can be open at once, as on every database. Then every race first
     * lets each racer read the deliverable before any decides (a {@link ReadGate}); stores that serialize
     * transactions answer {@code false} and race unforced.
     */
    protected boolean interleavesTransactions() {
        return true;
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void twoContactsDecidingAtOnceUnderTheAnyRule_yieldOneOutcomeAndTheOtherATypedConflict() throws Exception {
        for (int race = 0; race < RACES; race++) {
            Deliverable deliverable = inReview(CreateDeliverable.forClient(globex.id(), "Logo " + race),
                    ApprovalRule.ANY, 2);

            List<Outcome> outcomes = race(
                    () -> approvals.approve(signedIn.get(0), Approve.of(deliverable.id(), VersionPin.number(1)),
                            PortalFixture.browserAt("203.0.113.7")),
                    () -> approvals.requestChanges(signedIn.get(1), RequestChanges.of(deliverable.id(),
                            VersionPin.number(1), "Not yet"), PortalFixture.browserAt("203.0.113.7")));

            assertThat(outcomes).as("race %d", race).filteredOn(Outcome::succeeded).hasSize(1);
            assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded()).singleElement()
                    .satisfies(lost -> assertThat(lost.code()).isEqualTo(ErrorCode.APPROVAL_REQUEST_CLOSED));
            Deliverable after = approvals.get(owner, deliverable.id());
            ApprovalRequest request = after.requests().get(0);
            assertThat(request.decisions()).hasSize(1);
            boolean approvalWon = outcomes.get(0).succeeded();
            assertThat(request.status())
                    .isEqualTo(approvalWon ? ApprovalStatus.APPROVED : ApprovalStatus.CHANGES_REQUESTED);
            assertThat(after.rounds()).hasSize(approvalWon ? 0 : 1);
        }
    }

    @Test
    void anApprovalRacingANewVersion_oneWinsAndTheOtherIsATypedConflict() throws Exception {
        SharedFile fixed = fixture.sharedFile(owner, globex, "logo-v2.txt", "the logo, fixed");
        for (int race = 0; race < RACES; race++) {
            Deliverable deliverable = inReview(CreateDeliverable.forClient(globex.id(), "Logo " + race),
                    ApprovalRule.ANY, 1);

            List<Outcome> outcomes = race(
                    () -> approvals.approve(signedIn.get(0), Approve.of(deliverable.id(), VersionPin.number(1)),
                            PortalFixture.browserAt("203.0.113.7")),
                    () -> approvals.addVersion(owner, AddVersion.of(deliverable.id(), "Fixed", fixed.id())
                            .expectingRevision(deliverable.version())));

            assertThat(outcomes).as("race %d", race).filteredOn(Outcome::succeeded).hasSize(1);
            Deliverable after = approvals.get(owner, deliverable.id());
            if (outcomes.get(0).succeeded()) {
                assertThat(outcomes.get(1).code()).isEqualTo(ErrorCode.CONCURRENT_MODIFICATION);
                assertThat(after.versions()).hasSize(1);
                assertThat(after.status()).isEqualTo(DeliverableStatus.APPROVED);
            } else {
                assertThat(outcomes.get(0).code()).isEqualTo(ErrorCode.VERSION_SUPERSEDED);
                assertThat(after.versions()).hasSize(2);
                assertThat(after.requests().get(0).status()).isEqualTo(ApprovalStatus.SUPERSEDED);
                assertThat(after.requests().get(0).decisions()).isEmpty();
            }
            assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded())
                    .allSatisfy(lost -> assertThat(lost.code().kind()).isEqualTo(ErrorCode.Kind.CONFLICT));
        }
    }

    @Test
    void aMilestoneIsBilledExactlyOnce_whenEveryApproverApprovesAtOnceUnderTheAnyRule() throws Exception {
        for (int race = 0; race < RACES; race++) {
            Deliverable deliverable = inReview(withMilestone("Phase " + race), ApprovalRule.ANY, 4);
            int invoicesBefore = invoices().size();

            List<Outcome> outcomes = race(approvals(deliverable, signedIn));

            assertThat(outcomes).as("race %d", race).filteredOn(Outcome::succeeded).hasSize(1);
            assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded()).hasSize(3)
                    .allSatisfy(lost -> assertThat(lost.code()).isEqualTo(ErrorCode.APPROVAL_REQUEST_CLOSED));
            assertBilledOnce(deliverable, invoicesBefore);
        }
    }

    @Test
    void aMilestoneIsBilledExactlyOnce_whenEveryApproverApprovesAtOnceUnderTheAllRule() throws Exception {
        for (int race = 0; race < RACES; race++) {
            Deliverable deliverable = inReview(withMilestone("Phase " + race), ApprovalRule.ALL, 4);
            int invoicesBefore = invoices().size();

            List<Outcome> outcomes = race(approvals(deliverable, signedIn));

            assertThat(outcomes).as("race %d: each approval counts once", race)
                    .allSatisfy(outcome -> assertThat(outcome.succeeded()).isTrue());
            assertThat(approvals.get(owner, deliverable.id()).requests().get(0).decisions()).hasSize(4);
            assertBilledOnce(deliverable, invoicesBefore);
        }
    }

    @Test
    void theSameApprovalSentTwiceAtOnce_countsAndBillsOnce() throws Exception {
        for (int race = 0; race < RACES; race++) {
            Deliverable deliverable = inReview(withMilestone("Phase " + race), ApprovalRule.ANY, 1);
            int invoicesBefore = invoices().size();

            List<Outcome> outcomes = race(approvals(deliverable, List.of(signedIn.get(0), signedIn.get(0))));

            assertThat(outcomes).as("race %d", race).filteredOn(Outcome::succeeded).hasSize(1);
            assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded()).singleElement()
                    .satisfies(lost -> assertThat(lost.code().kind()).isEqualTo(ErrorCode.Kind.CONFLICT));
            assertBilledOnce(deliverable, invoicesBefore);
        }
    }

    // ---- helpers ----

    private CreateDeliverable withMilestone(String name) {
        return CreateDeliverable.forClient(globex.id(), "Brand identity, " + name)
                .milestone(Milestone.issuedOnApproval(name, LineItem.of("Brand identity", "1", "",
                        Money.of("2400.00", USD))));
    }

    /** A deliverable with version 1 in review by the first {@code approverCount} approvers. */
    private Deliverable inReview(CreateDeliverable command, ApprovalRule rule, int approverCount) {
        Deliverable created = approvals.create(owner, command);
        approvals.addVersion(owner, AddVersion.of(created.id(), "Version 1", logo.id()));
        return approvals.requestApproval(owner, new RequestApproval(created.id(),
                approvers.subList(0, approverCount).stream().map(Contact::id).toList(), rule));
    }

    private List<Callable<Object>> approvals(Deliverable deliverable, List<ContactPrincipal> deciders) {
        List<Callable<Object>> calls = new ArrayList<>();
        for (ContactPrincipal decider : deciders) {
            calls.add(() -> approvals.approve(decider, Approve.of(deliverable.id(), VersionPin.number(1)),
                    PortalFixture.browserAt("203.0.113.7")));
        }
        return calls;
    }

    private void assertBilledOnce(Deliverable deliverable, int invoicesBefore) {
        Deliverable after = approvals.get(owner, deliverable.id());
        assertThat(after.status()).isEqualTo(DeliverableStatus.APPROVED);
        List<Invoice> invoices = invoices();
        assertThat(invoices).hasSize(invoicesBefore + 1);
        Invoice billed = fixture.portal.invoicing().get(owner, after.milestoneInvoiceId().orElseThrow());
        assertThat(billed.status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(fixture.eventsOf(DeliverableApproved.class))
                .filteredOn(event -> event.deliverableId().equals(deliverable.id())).singleElement()
                .satisfies(event -> assertThat(event.milestoneInvoice()).contains(billed.id()));
    }

    private List<Invoice> invoices() {
        return fixture.portal.invoicing().list(owner, InvoiceFilter.forClient(globex.id()), 0, 500);
    }

    @SafeVarargs
    private List<Outcome> race(Callable<Object>... calls) throws Exception {
        return race(List.of(calls));
    }

    /** Starts every call on its own thread, releases them together, and waits (bounded) for all outcomes. */
    private List<Outcome> race(List<Callable<Object>> calls) throws Exception {
        if (interleavesTransactions()) {
            gate.arm(calls.size());
        }
        CountDownLatch ready = new CountDownLatch(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<Object> call : calls) {
            futures.add(threads.submit(() -> {
                ready.countDown();
                if (!start.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the race was never started");
                }
                return call.call();
            }));
        }
        assertThat(ready.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("every racer is ready").isTrue();
        start.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Object> future : futures) {
            try {
                future.get(WAIT_SECONDS, TimeUnit.SECONDS);
                outcomes.add(new Outcome(null));
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof PortalException rejected)) {
                    throw e;
                }
                outcomes.add(new Outcome(rejected));
            }
        }
        return outcomes;
    }

    /** How one racer ended: with a result, or rejected with a typed exception. */
    private record Outcome(PortalException rejected) {
        boolean succeeded() {
            return rejected == null;
        }

        ErrorCode code() {
            return rejected == null ? null : rejected.errorCode();
        }
    }
}
