package dev.clientportal.core.contract;

import dev.clientportal.core.analytics.PendingApprovalFacts;
import dev.clientportal.core.approval.ApprovalRule;
import dev.clientportal.core.approval.Deliverable;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of {@link dev.clientportal.core.analytics.FollowUpQueries#pendingApprovals}: one fact per pending
 * request of the workspace, naming the approvers it still waits for; decided requests and other workspaces' are left
 * out.
 */
public abstract class PendingApprovalQueriesContract extends StoreContract {

    private WorkspaceId workspaceId;
    private ClientId clientId;
    private Contact ana;
    private Contact ben;

    @BeforeEach
    void storeAClientWithTwoApprovers() {
        workspaceId = storedWorkspace("Acme Design").id();
        clientId = storedClient(workspaceId, "Globex", USD).id();
        ana = inTransaction(() -> stores.contacts().save(Samples.contact(workspaceId, clientId, "Ana Ruiz")));
        ben = inTransaction(() -> stores.contacts().save(Samples.contact(workspaceId, clientId, "Ben Ode")));
    }

    @Test
    void aPendingRequestIsOneFactNamingTheApproversItStillWaitsFor() {
        Deliverable pending = saved(DeliverableSamples.requested(workspaceId, clientId, "Logo", Samples.CREATED,
                ApprovalRule.ALL, List.of(ben.id(), ana.id()), List.of(ana.id())));

        assertThat(inTransaction(() -> stores.followUpQueries().pendingApprovals(workspaceId))).containsExactly(
                new PendingApprovalFacts(pending.versions().get(0).document(), pending.id().value(), "Logo", 1,
                        clientId, "Globex", Samples.CREATED,
                        List.of(new PendingApprovalFacts.Approver(ben.id(), "Ben Ode"))));
    }

    /**
     * The approvers come in the order the request named them — not by name, not by id — and the facts of several
     * requests in no particular order (core ranks them).
     */
    @Test
    void approversComeInTheOrderNamed_andRequestsInAnyOrder() {
        Contact zoe = inTransaction(() -> stores.contacts().save(Samples.contact(workspaceId, clientId, "Zoe Ash")));
        Deliverable logo = saved(DeliverableSamples.requested(workspaceId, clientId, "Logo", Samples.CREATED,
                ApprovalRule.ALL, List.of(zoe.id(), ben.id(), ana.id()), List.of()));
        saved(DeliverableSamples.requested(workspaceId, clientId, "Site",
                Samples.CREATED.plus(Duration.ofHours(2)), ApprovalRule.ANY, List.of(ana.id()), List.of()));

        List<PendingApprovalFacts> facts = inTransaction(() -> stores.followUpQueries().pendingApprovals(workspaceId));

        assertThat(facts).extracting(PendingApprovalFacts::title).containsExactlyInAnyOrder("Logo", "Site");
        assertThat(facts).filteredOn(fact -> fact.deliverableId().equals(logo.id().value())).singleElement()
                .satisfies(fact -> assertThat(fact.waitingOn()).extracting(PendingApprovalFacts.Approver::name)
                        .containsExactly("Zoe Ash", "Ben Ode", "Ana Ruiz"));
    }

    @Test
    void decidedRequestsAndOtherWorkspacesRequests_areLeftOut() {
        saved(DeliverableSamples.requested(workspaceId, clientId, "Approved", Samples.CREATED, ApprovalRule.ANY,
                List.of(ana.id(), ben.id()), List.of(ben.id())));
        WorkspaceId other = storedWorkspace("Initech").id();
        ClientId hooli = storedClient(other, "Hooli", USD).id();
        saved(DeliverableSamples.requested(other, hooli, "Theirs", Samples.CREATED.plus(Duration.ofHours(1)),
                ApprovalRule.ANY, List.of(ana.id()), List.of()));

        assertThat(inTransaction(() -> stores.followUpQueries().pendingApprovals(workspaceId))).isEmpty();
        assertThat(inTransaction(() -> stores.followUpQueries().pendingApprovals(other))).singleElement()
                .satisfies(facts -> assertThat(facts.clientName()).isEqualTo("Hooli"));
    }

    private Deliverable saved(Deliverable deliverable) {
        return inTransaction(() -> stores.deliverables().save(deliverable));
    }
}
