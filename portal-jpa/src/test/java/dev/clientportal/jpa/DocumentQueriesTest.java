package dev.clientportal.jpa;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.access.Evidence;
import dev.clientportal.core.agreement.Agreement;
import dev.clientportal.core.agreement.AgreementDocument;
import dev.clientportal.core.agreement.AgreementId;
import dev.clientportal.core.agreement.AgreementStatus;
import dev.clientportal.core.agreement.AgreementVersion;
import dev.clientportal.core.agreement.Countersignature;
import dev.clientportal.core.agreement.Signature;
import dev.clientportal.core.agreement.Signer;
import dev.clientportal.core.approval.ApprovalRule;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.contract.DeliverableSamples;
import dev.clientportal.core.contract.Samples;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.pricing.TaxRounding;
import dev.clientportal.core.pricing.Discount;
import dev.clientportal.core.quote.Deposit;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.core.quote.QuoteContent;
import dev.clientportal.core.quote.QuoteDecision;
import dev.clientportal.core.quote.QuoteId;
import dev.clientportal.core.quote.QuoteStatus;
import dev.clientportal.core.workspace.Workspace;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query methods the portal-view and follow-up adapters delegate to (approvals, signatures and quotes awaiting a
 * client; the workspace's pending approvals) answer on every vendor what core's in-memory stores answer for the same
 * data, each in one statement (pending approvals in a fixed number, whatever the rows).
 */
class DocumentQueriesTest {

    private static final LocalDate SENT_ON = LocalDate.of(2026, 3, 2);
    private static final LocalDate EXPIRES = LocalDate.of(2026, 4, 1);
    private static final Instant AT = Samples.CREATED;

    private JpaPortalStores jpa;
    private final PortalStores memory = InMemoryStores.create();
    private WorkspaceId workspace;
    private WorkspaceId otherWorkspace;
    private ClientId globex;
    private ClientId initech;
    private ContactId ana;
    private ContactId ben;
    private ContactId cleo;

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void countsAwaitingAClient_matchTheInMemoryStores_inOneStatementEach(Vendor vendor) {
        storeTheSameDocumentsInBoth(vendor);

        for (WorkspaceId in : List.of(workspace, otherWorkspace)) {
            for (ClientId client : List.of(globex, initech)) {
                for (Optional<ContactId> contact : List.of(Optional.<ContactId>empty(), Optional.of(ana),
                        Optional.of(ben), Optional.of(cleo))) {
                    assertThat(oneStatement(() -> jpa.portalViewQueries().approvalsAwaiting(in, client, contact)))
                            .as("approvals awaiting %s of %s", contact, client)
                            .isEqualTo(inMemory(() -> memory.portalViewQueries().approvalsAwaiting(in, client,
                                    contact)));
                    assertThat(oneStatement(() -> jpa.portalViewQueries().signaturesAwaiting(in, client, contact)))
                            .as("signatures awaiting %s of %s", contact, client)
                            .isEqualTo(inMemory(() -> memory.portalViewQueries().signaturesAwaiting(in, client,
                                    contact)));
                }
                for (LocalDate today : List.of(SENT_ON, EXPIRES, EXPIRES.plusDays(1))) {
                    assertThat(oneStatement(() -> jpa.portalViewQueries().quotesAwaiting(in, client, today)))
                            .as("quotes awaiting %s on %s", client, today)
                            .isEqualTo(inMemory(() -> memory.portalViewQueries().quotesAwaiting(in, client, today)));
                }
            }
        }
        assertThat(inMemory(() -> memory.portalViewQueries().approvalsAwaiting(workspace, globex, Optional.of(ben))))
                .as("the data exercises the counts").isEqualTo(2);
        assertThat(inMemory(() -> memory.portalViewQueries().signaturesAwaiting(workspace, globex, Optional.empty())))
                .isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void pendingApprovals_matchTheInMemoryStores_inAFixedNumberOfStatements(Vendor vendor) {
        storeTheSameDocumentsInBoth(vendor);

        QueryCountHolder.clear();
        var facts = jpa.transactions().inTransaction(() -> jpa.followUpQueries().pendingApprovals(workspace));
        long statements = TestDatabase.statements().getTotal();

        assertThat(facts).hasSize(3)
                .containsExactlyInAnyOrderElementsOf(inMemory(() -> memory.followUpQueries()
                        .pendingApprovals(workspace)));
        assertThat(facts).extracting(fact -> fact.requestedAt()).isSorted();
        assertThat(statements).isLessThanOrEqualTo(4);
        assertThat(jpa.transactions().inTransaction(() -> jpa.followUpQueries().pendingApprovals(otherWorkspace)))
                .isEqualTo(inMemory(() -> memory.followUpQueries().pendingApprovals(otherWorkspace)));
    }

    private void storeTheSameDocumentsInBoth(Vendor vendor) {
        jpa = JpaTestStores.fresh(vendor);
        Workspace acme = Samples.workspace("Acme");
        Workspace other = Samples.workspace("Initech Holdings");
        workspace = acme.id();
        otherWorkspace = other.id();
        Client globexClient = Samples.client(workspace, "Globex", USD);
        Client initechClient = Samples.client(workspace, "Initech", USD);
        globex = globexClient.id();
        initech = initechClient.id();
        Contact anaContact = Samples.contact(workspace, globex, "Ana Ruiz");
        Contact benContact = Samples.contact(workspace, globex, "Ben Ode");
        Contact cleoContact = Samples.contact(workspace, initech, "Cleo Park");
        ana = anaContact.id();
        ben = benContact.id();
        cleo = cleoContact.id();
        inBoth(stores -> {
            stores.workspaces().save(acme);
            stores.workspaces().save(other);
            stores.clients().save(globexClient);
            stores.clients().save(initechClient);
            stores.contacts().save(anaContact);
            stores.contacts().save(benContact);
            stores.contacts().save(cleoContact);
        });
        List<Object> documents = new ArrayList<>();
        documents.addAll(deliverables());
        documents.addAll(agreements());
        documents.addAll(quotes());
        inBoth(stores -> documents.forEach(document -> {
            if (document instanceof dev.clientportal.core.approval.Deliverable deliverable) {
                stores.deliverables().save(deliverable);
            } else if (document instanceof Agreement agreement) {
                stores.agreements().save(agreement);
            } else {
                stores.quotes().save((Quote) document);
            }
        }));
    }

    /** Pending on Ben (Ana approved), pending on both, approved, pending on Cleo, superseded by a new version. */
    private List<dev.clientportal.core.approval.Deliverable> deliverables() {
        return List.of(
                DeliverableSamples.requested(workspace, globex, "Logo", AT.plusSeconds(30), ApprovalRule.ALL,
                        List.of(ana, ben), List.of(ana)),
                DeliverableSamples.requested(workspace, globex, "Guide", AT, ApprovalRule.ANY, List.of(ben, ana),
                        List.of()),
                DeliverableSamples.requested(workspace, globex, "Cards", AT, ApprovalRule.ANY, List.of(ana),
                        List.of(ana)),
                DeliverableSamples.requested(workspace, initech, "Site", AT.plusSeconds(60), ApprovalRule.ALL,
                        List.of(cleo), List.of()),
                DeliverableSamples.withAnotherVersion(DeliverableSamples.requested(workspace, globex, "Poster", AT,
                        ApprovalRule.ALL, List.of(ana), List.of())));
    }

    /**
     * Draft; sent to Ana and Ben; Ana signed; both signed without countersignature; signed; void; Cleo's sent one.
     */
    private List<Agreement> agreements() {
        List<Signer> both = List.of(new Signer(ana, "Ana Ruiz"), new Signer(ben, "Ben Ode"));
        Signature anaSigned = signature(ana, "Ana Ruiz");
        Signature benSigned = signature(ben, "Ben Ode");
        Countersignature countersigned = new Countersignature("owner@acme.example",
                new Evidence("staff:owner", AT, "", "", "ff", "Owner"));
        return List.of(
                agreement(globex, AgreementStatus.DRAFT, both, List.of(), null, false),
                agreement(globex, AgreementStatus.SENT, both, List.of(), null, true),
                agreement(globex, AgreementStatus.PARTIALLY_SIGNED, both, List.of(anaSigned), null, true),
                agreement(globex, AgreementStatus.PARTIALLY_SIGNED, both, List.of(anaSigned, benSigned), null, true),
                agreement(globex, AgreementStatus.SIGNED, both, List.of(anaSigned, benSigned), countersigned, true),
                agreement(globex, AgreementStatus.VOID, both, List.of(), null, true),
                agreement(initech, AgreementStatus.SENT, List.of(new Signer(cleo, "Cleo Park")), List.of(), null,
                        true));
    }

    private Agreement agreement(ClientId client, AgreementStatus status, List<Signer> signers,
                                List<Signature> signatures, Countersignature countersignature, boolean sent) {
        AgreementVersion version = new AgreementVersion(1, "Services", AgreementDocument.text("Terms"), signers,
                signatures, countersignature, AT, sent ? AT.plusSeconds(5) : null);
        return new Agreement(new AgreementId(UUID.randomUUID()), workspace, client, status, List.of(version), AT,
                status == AgreementStatus.VOID ? AT.plus(Duration.ofDays(1)) : null, 0);
    }

    private static Signature signature(ContactId contact, String name) {
        return new Signature(contact, name, new Evidence("contact:" + contact, AT, "203.0.113.9", "Safari", "ab",
                name));
    }

    /** Sent twice, changes requested, rejected, a draft, expiring early, and another client's sent one. */
    private List<Quote> quotes() {
        return List.of(
                quote(globex, QuoteStatus.SENT, "Q-1", EXPIRES),
                quote(globex, QuoteStatus.SENT, "Q-2", EXPIRES.minusDays(20)),
                quote(globex, QuoteStatus.CHANGES_REQUESTED, "Q-3", EXPIRES),
                quote(globex, QuoteStatus.REJECTED, "Q-4", EXPIRES),
                quote(globex, QuoteStatus.DRAFT, null, null),
                quote(initech, QuoteStatus.SENT, "Q-5", EXPIRES));
    }

    private Quote quote(ClientId client, QuoteStatus status, String number, LocalDate expiresOn) {
        QuoteContent content = new QuoteContent(USD, List.of(LineItem.of("Workshop", "1", "day",
                Money.of("800.00", USD))), Discount.none(), "", "", expiresOn, Deposit.none(), null,
                TaxRounding.PER_LINE, false);
        List<QuoteDecision> decisions = status == QuoteStatus.CHANGES_REQUESTED || status == QuoteStatus.REJECTED
                ? List.of(new QuoteDecision(status == QuoteStatus.REJECTED ? QuoteDecision.Kind.REJECTED
                : QuoteDecision.Kind.CHANGES_REQUESTED, new Evidence("contact:" + ana, AT, "", "", "cd", ""), "no"))
                : List.of();
        return new Quote(new QuoteId(UUID.randomUUID()), workspace, client, status, number, 1, null, content,
                content.totals(), number == null ? null : SENT_ON, decisions, null, AT, 0);
    }

    private void inBoth(Consumer<PortalStores> work) {
        for (PortalStores stores : List.of(jpa, memory)) {
            stores.transactions().inTransaction(() -> {
                work.accept(stores);
                return null;
            });
        }
    }

    private <T> T inMemory(Supplier<T> query) {
        return memory.transactions().inTransaction(query);
    }

    /** Runs a query in a transaction of the JPA stores, asserting it ran exactly one statement. */
    private int oneStatement(Supplier<Integer> query) {
        QueryCountHolder.clear();
        int answer = jpa.transactions().inTransaction(query);
        assertThat(TestDatabase.statements().getTotal()).as("statements").isEqualTo(1);
        return answer;
    }
}
