package dev.clientportal.core.contract;

import dev.clientportal.core.approval.ApprovalRule;
import dev.clientportal.core.approval.Deliverable;
import dev.clientportal.core.approval.DeliverableVersion;
import dev.clientportal.core.approval.DeliverableVersionId;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.clientportal.core.contract.InvoiceBuilder.anInvoice;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of {@link dev.clientportal.core.approval.DeliverableRepository}: a deliverable round-trips with its
 * whole history (versions, files, requests, decisions with evidence, rounds, milestone and billing), is found by
 * any of its versions, and the queries for clients and approvers answer only their own workspace's rows.
 */
public abstract class DeliverableRepositoryContract extends WorkspaceScopedRepositoryContract<Deliverable> {

    private ClientId clientId;
    private ContactId ana;
    private ContactId ben;
    private List<SharedFile> files;
    private Invoice roundInvoice;
    private Invoice milestoneInvoice;

    @BeforeEach
    void storeTheClientItsContactsFilesAndInvoices() {
        clientId = storedClient(workspaceId, "Globex", USD).id();
        ana = inTransaction(() -> stores.contacts().save(Samples.contact(workspaceId, clientId, "Ana Ruiz"))).id();
        ben = inTransaction(() -> stores.contacts().save(Samples.contact(workspaceId, clientId, "Ben Ode"))).id();
        files = inTransaction(() -> List.of(
                stores.files().save(DeliverableSamples.sharedFile(workspaceId, clientId, "logo.pdf", "logo")),
                stores.files().save(DeliverableSamples.sharedFile(workspaceId, clientId, "guide.pdf", "guide"))));
        roundInvoice = stored(anInvoice(workspaceId, clientId).build());
        milestoneInvoice = stored(anInvoice(workspaceId, clientId).issued("INV-2026-00001", LocalDate.of(2026, 3, 5))
                .build());
    }

    @Override
    protected Deliverable newAggregate() {
        return DeliverableSamples.rich(workspaceId, clientId, ana, ben, files, roundInvoice.id(),
                milestoneInvoice.id());
    }

    @Override
    protected Deliverable save(Deliverable deliverable) {
        return stores.deliverables().save(deliverable);
    }

    @Override
    protected Optional<Deliverable> findIn(WorkspaceId workspace, Deliverable deliverable) {
        return stores.deliverables().find(workspace, deliverable.id());
    }

    @Override
    protected Deliverable withVersion(Deliverable deliverable, long version) {
        return deliverable.withVersion(version);
    }

    @Override
    protected long versionOf(Deliverable deliverable) {
        return deliverable.version();
    }

    /** Adds a version, which supersedes the pending request: a new nested row and a changed one. */
    @Override
    protected Deliverable changed(Deliverable deliverable) {
        return DeliverableSamples.withAnotherVersion(deliverable);
    }

    @Test
    void aDeliverableIsFoundByEachOfItsVersions_includingVersionsAddedLater_onlyInItsWorkspace() {
        Deliverable first = saved(newAggregate());
        Deliverable updated = saved(changed(first));
        WorkspaceId other = storedWorkspace("Initech").id();

        for (DeliverableVersion version : updated.versions()) {
            assertThat(findByVersion(workspaceId, version.id())).contains(updated);
            assertThat(findByVersion(other, version.id())).isEmpty();
        }
        assertThat(findByVersion(workspaceId, new DeliverableVersionId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void forClient_listsOnlyThatClientsDeliverables_newestFirst() {
        Instant t = Samples.CREATED;
        Deliverable older = saved(requested("Older", t, ApprovalRule.ANY, List.of(ana), List.of()));
        Deliverable newer = saved(requested("Newer", t.plus(Duration.ofDays(1)), ApprovalRule.ANY, List.of(ana),
                List.of(ana)));
        ClientId otherClient = storedClient(workspaceId, "Initrode", USD).id();
        saved(DeliverableSamples.requested(workspaceId, otherClient, "Theirs", t.plus(Duration.ofDays(2)),
                ApprovalRule.ANY, List.of(ana), List.of()));

        assertThat(inTransaction(() -> stores.deliverables().forClient(workspaceId, clientId)))
                .containsExactly(newer, older);
        assertThat(inTransaction(() -> stores.deliverables().forClient(storedWorkspace("Initech").id(), clientId)))
                .isEmpty();
    }

    @Test
    void awaitingDecision_listsPendingRequestsAddressedToTheContactThatItHasNotDecided_oldestRequestFirst() {
        Instant t = Samples.CREATED;
        Deliverable anyRule = saved(requested("Any", t.plus(Duration.ofHours(2)), ApprovalRule.ANY, List.of(ana, ben),
                List.of()));
        Deliverable anaDecided = saved(requested("All", t.plus(Duration.ofHours(3)), ApprovalRule.ALL,
                List.of(ana, ben), List.of(ana)));
        saved(requested("Approved", t, ApprovalRule.ANY, List.of(ana), List.of(ana)));
        Deliverable oldest = saved(requested("Oldest", t.plus(Duration.ofHours(1)), ApprovalRule.ANY, List.of(ana),
                List.of()));
        WorkspaceId other = storedWorkspace("Initech").id();
        ClientId theirs = storedClient(other, "Hooli", USD).id();
        saved(DeliverableSamples.requested(other, theirs, "Elsewhere", t, ApprovalRule.ANY, List.of(ana), List.of()));

        assertThat(awaiting(ana)).containsExactly(oldest, anyRule);
        assertThat(awaiting(ben)).containsExactly(anyRule, anaDecided);
        assertThat(inTransaction(() -> stores.deliverables().countAwaitingDecision(workspaceId, ana))).isEqualTo(2);
        assertThat(inTransaction(() -> stores.deliverables().countAwaitingDecision(workspaceId, ben))).isEqualTo(2);
        assertThat(inTransaction(() -> stores.deliverables().countAwaitingDecision(other, ben))).isZero();
        assertThat(inTransaction(() -> stores.deliverables().awaitingDecision(other, ana)))
                .extracting(Deliverable::title).containsExactly("Elsewhere");
    }

    @Test
    void aSupersededRequestNoLongerAwaitsAnyone() {
        Deliverable pending = saved(requested("Logo", Samples.CREATED, ApprovalRule.ANY, List.of(ana), List.of()));

        saved(changed(pending));

        assertThat(awaiting(ana)).isEmpty();
        assertThat(inTransaction(() -> stores.deliverables().countAwaitingDecision(workspaceId, ana))).isZero();
    }

    private Deliverable requested(String title, Instant requestedAt, ApprovalRule rule, List<ContactId> approvers,
                                  List<ContactId> approvedBy) {
        return DeliverableSamples.requested(workspaceId, clientId, title, requestedAt, rule, approvers, approvedBy);
    }

    private Deliverable saved(Deliverable deliverable) {
        return inTransaction(() -> stores.deliverables().save(deliverable));
    }

    private Optional<Deliverable> findByVersion(WorkspaceId workspace, DeliverableVersionId versionId) {
        return inTransaction(() -> stores.deliverables().findByVersion(workspace, versionId));
    }

    private List<Deliverable> awaiting(ContactId contact) {
        return inTransaction(() -> stores.deliverables().awaitingDecision(workspaceId, contact));
    }
}
