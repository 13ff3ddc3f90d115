package dev.clientportal.core.approval;

import dev.clientportal.core.testing.InMemoryMode;
import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.access.Evidence;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.analytics.FollowUp;
import dev.clientportal.core.analytics.FollowUpKind;
import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.files.FileUpload;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Installment;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.invoice.PaymentSchedule;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.testing.FaultInjectingStores;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static dev.clientportal.core.money.CurrencyUnit.EUR;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.groups.Tuple.tuple;

/** Deliverable approvals through the portal, as the business and its client's approvers use them. */
class ApprovalsTest {

    private static final ClientRequest ANAS_LAPTOP = ClientRequest.get("198.51.100.23",
            "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0");
    private static final LineItem EXTRA_ROUND = LineItem.of("Extra revision round", "1", "round",
            Money.of("150.00", USD));

    private final FaultInjectingStores stores = FaultInjectingStores.over(InMemoryMode.stores());
    private final PortalFixture fixture = PortalFixture.over(stores);
    private final ClientPortal portal = fixture.portal;
    private final Approvals approvals = portal.approvals();
    private final StaffPrincipal owner = fixture.workspace("Acme Design", USD);
    private final Client globex = fixture.client(owner, "Globex");
    private final Contact ana = fixture.contact(owner, globex, "Ana Ruiz", Role.APPROVER, Role.BILLING);
    private final Contact ben = fixture.contact(owner, globex, "Ben Ode", Role.APPROVER);
    private final ContactPrincipal asAna = fixture.signedInAs(owner, ana);
    private final ContactPrincipal asBen = fixture.signedInAs(owner, ben);
    private final SharedFile logo = fixture.sharedFile(owner, globex, "logo.txt", "the logo, in blue");
    private final SharedFile guide = fixture.sharedFile(owner, globex, "guide.txt", "the brand guide");

    // ---- the whole cycle ----

    @Test
    void aDeliverableApprovedAfterOneRoundOfChanges_keepsEveryVersionDecisionAndRound() {
        Deliverable logoWork = approvals.create(owner, CreateDeliverable.forClient(globex.id(), "Logo")
                .project("Rebrand 2026"));
        approvals.addVersion(owner, AddVersion.of(logoWork.id(), "First draft", logo.id(), guide.id()));
        approvals.requestApproval(owner, RequestApproval.fromAny(logoWork.id(), ana.id()));

        approvals.requestChanges(asAna, RequestChanges.of(logoWork.id(), VersionPin.number(1), "Darker blue, please")
                .onFile(logo.id()), ANAS_LAPTOP);
        SharedFile darker = fixture.sharedFile(owner, globex, "logo-v2.txt", "the logo, in darker blue");
        approvals.addVersion(owner, AddVersion.of(logoWork.id(), "Darker blue", darker.id(), guide.id()));
        approvals.requestApproval(owner, RequestApproval.fromAny(logoWork.id(), ana.id()));
        DecisionReceipt approved = approvals.approve(asAna, Approve.of(logoWork.id(), VersionPin.number(2))
                .signedAs("Ana Ruiz"), ANAS_LAPTOP);

        Deliverable done = approvals.get(owner, logoWork.id());
        assertThat(approved.requestStatus()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(done.status()).isEqualTo(DeliverableStatus.APPROVED);
        assertThat(done.project()).isEqualTo("Rebrand 2026");
        assertThat(done.versions()).extracting(DeliverableVersion::note).containsExactly("First draft", "Darker blue");
        assertThat(done.versions().get(0).files()).extracting(VersionFile::fileId)
                .containsExactly(logo.id(), guide.id());
        assertThat(done.requests()).extracting(ApprovalRequest::versionNumber, ApprovalRequest::status).containsExactly(
                tuple(1, ApprovalStatus.CHANGES_REQUESTED), tuple(2, ApprovalStatus.APPROVED));
        assertThat(done.requests().get(0).decisions()).singleElement().satisfies(decision -> {
            assertThat(decision.comment()).isEqualTo("Darker blue, please");
            assertThat(decision.pinnedFile()).contains(logo.id());
        });
        assertThat(done.rounds()).singleElement().satisfies(round -> {
            assertThat(round.number()).isEqualTo(1);
            assertThat(round.versionNumber()).isEqualTo(1);
            assertThat(round.beyondIncluded()).isFalse();
        });
        assertThat(approvals.history(owner, logoWork.id())).extracting(HistoryEntry::kind).containsExactly(
                HistoryEntry.Kind.VERSION_ADDED, HistoryEntry.Kind.APPROVAL_REQUESTED,
                HistoryEntry.Kind.CHANGES_REQUESTED, HistoryEntry.Kind.VERSION_ADDED,
                HistoryEntry.Kind.APPROVAL_REQUESTED, HistoryEntry.Kind.APPROVED, HistoryEntry.Kind.REQUEST_APPROVED);
        assertThat(approvalEvents()).extracting(event -> event.getClass().getSimpleName()).containsExactly(
                "DeliverableVersionAdded", "ApprovalRequested", "ChangesRequested", "DeliverableVersionAdded",
                "ApprovalRequested", "DeliverableApproved");
        assertThat(fixture.eventsOf(DeliverableApproved.class)).singleElement().satisfies(event -> {
            assertThat(event.contentHash()).isEqualTo(done.versions().get(1).contentHash());
            assertThat(event.approvedBy()).containsExactly(ana.id());
            assertThat(event.milestoneInvoice()).isEmpty();
        });
        assertThat(portal.audit().verify(owner).intact()).isTrue();
    }

    @Test
    void theClientDashboard_countsTheApprovalsAwaitingTheSignedInContact() {
        Deliverable logoWork = approvals.create(owner, CreateDeliverable.forClient(globex.id(), "Logo"));
        approvals.addVersion(owner, AddVersion.of(logoWork.id(), "First draft", logo.id()));
        approvals.requestApproval(owner, RequestApproval.fromAny(logoWork.id(), ana.id()));

        assertThat(portal.clientViews().dashboard(asAna).pendingApprovals()).isEqualTo(1);
        assertThat(portal.clientViews().dashboard(asBen).pendingApprovals()).as("not addressed to Ben").isZero();
        assertThat(portal.clientViews().dashboard(PortalPrincipal.staffPreview(owner, globex.id()))
                .pendingApprovals()).as("a preview shows what waits on anyone of the client").isEqualTo(1);

        approvals.approve(asAna, Approve.of(logoWork.id(), VersionPin.number(1)), ANAS_LAPTOP);
        assertThat(portal.clientViews().dashboard(asAna).pendingApprovals()).isZero();
    }

    @Test
    void aDecisionStoresEvidenceOfWhoWhenWhereAndExactlyWhichVersion_andItsAuditEntryCarriesIt() {
        Deliverable deliverable = inReview(CreateDeliverable.forClient(globex.id(), "Logo"), ApprovalRule.ANY, ana);
        DeliverableVersion version = deliverable.latestVersion().orElseThrow();
        fixture.clock.advance(Duration.ofHours(5));

        DecisionReceipt receipt = approvals.approve(asAna, Approve.of(deliverable.id(),
                VersionPin.contentHash(version.contentHash())).signedAs("Ana Ruiz").comment("Lovely"), ANAS_LAPTOP);

        Evidence expected = new Evidence("contact:" + ana.id(), fixture.clock.instant(), "198.51.100.23",
                ANAS_LAPTOP.userAgent(), version.contentHash().hex(), "Ana Ruiz");
        assertThat(receipt.decision().evidence()).isEqualTo(expected);
        assertThat(receipt.decision().versionNumber()).isEqualTo(1);
        assertThat(approvals.get(owner, deliverable.id()).requests().get(0).decisions())
                .containsExactly(receipt.decision());
        AuditEntry audited = lastAuditEntry(deliverable);
        assertThat(audited.action()).isEqualTo("approval.approved");
        assertThat(audited.actor()).isEqualTo("contact:" + ana.id());
        assertThat(audited.details()).contains(entry("contact", ana.id().toString()),
                entry("sha256", version.contentHash().hex()),
                entry("at", fixture.clock.instant().toString()), entry("version", "1"),
                entry("requestStatus", "APPROVED")).doesNotContainKeys("address", "userAgent", "typedName", "comment");
        assertThat(fixture.personalDataOf(owner, audited)).containsOnly(entry("address", "198.51.100.23"),
                entry("userAgent", ANAS_LAPTOP.userAgent()), entry("typedName", "Ana Ruiz"),
                entry("comment", "Lovely"));
    }

    @Test
    void aRequestForChangesIsAuditedWithItsCommentPinnedFileAndEvidence() {
        Deliverable deliverable = inReview(CreateDeliverable.forClient(globex.id(), "Logo"), ApprovalRule.ANY, ana);

        approvals.requestChanges(asAna, RequestChanges.of(deliverable.id(), VersionPin.number(1), "Too light")
                .onFile(logo.id()), ANAS_LAPTOP);

        AuditEntry audited = lastAuditEntry(deliverable);
        assertThat(fixture.personalDataOf(owner, audited)).contains(entry("comment", "Too light"),
                entry("address", "198.51.100.23"));
        assertThat(audited.details()).contains(entry("pinnedFile", logo.id().toString()),
                entry("sha256", deliverable.latestVersion().orElseThrow().contentHash().hex()), entry("round", "1"),
                entry("beyondIncluded", "false"), entry("requestStatus", "CHANGES_REQUESTED"));
        assertThat(fixture.eventsOf(ChangesRequested.class)).singleElement().satisfies(event -> {
            assertThat(event.comment()).isEqualTo("Too light");
            assertThat(event.pinnedFile()).contains(logo.id());
            assertThat(event.round()).isEqualTo(1);
        });
    }

    @Test
    void aRequestForChangesPinnedToAFileOutsideTheVersion_isRefusedAndRecordsNothing() {
        Deliverable deliverable = inReview(CreateDeliverable.forClient(globex.id(), "Logo"), ApprovalRule.ANY, ana);

        assertRejected(() -> approvals.requestChanges(asAna, RequestChanges.of(deliverable.id(), VersionPin.number(1),
                "This one?").onFile(guide.id()), ANAS_LAPTOP), ErrorCode.INVALID_VALUE);

        assertThat(approvals.get(owner, deliverable.id())).isEqualTo(deliverable);
    }

    @Test
    void underTheAllRule_eachApprovalIsRecordedAndTheLastOneApproves() {
        Deliverable deliverable = inReview(CreateDeliverable.forClient(globex.id(), "Logo"), ApprovalRule.ALL, ana,
                ben);

        DecisionReceipt first = approvals.approve(asBen, Approve.of(deliverable.id(), VersionPin.number(1)),
                PortalFixture.browserAt("203.0.113.7"));
        assertThat(first.requestStatus()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(approvals.get(owner, deliverable.id()).status()).isEqualTo(DeliverableStatus.IN_REVIEW);
        assertThat(fixture.eventsOf(ApprovalGiven.class)).singleElement()
                .satisfies(event -> assertThat(event.awaiting()).containsExactly(ana.id()));

        DecisionReceipt last = approvals.approve(asAna, Approve.of(deliverable.id(), VersionPin.number(1)),
                ANAS_LAPTOP);

        assertThat(last.requestStatus()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(fixture.eventsOf(DeliverableApproved.class)).singleElement()
                .satisfies(event -> assertThat(event.approvedBy()).containsExactly(ben.id(), ana.id()));
        assertThat(fixture.eventsOf(ApprovalGiven.class)).hasSize(1);
    }

    @Test
    void aDeliverableThatRequiresASignature_refusesAnApprovalWithoutATypedName() {
        Deliverable deliverable = inReview(CreateDeliverable.forClient(globex.id(), "Contract artwork")
                .requireSignature(), ApprovalRule.ANY, ana);

        assertRejected(() -> approvals.approve(asAna, Approve.of(deliverable.id(), VersionPin.number(1)),
                ANAS_LAPTOP), ErrorCode.REQUIRED).hasMessageContaining("typedName");

        assertThat(approvals.get(owner, deliverable.id())).isEqualTo(deliverable);
        assertThat(approvals.approve(asAna, Approve.of(deliverable.id(), VersionPin.number(1)).signedAs("Ana Ruiz"),
                ANAS_LAPTOP).requestStatus()).isEqualTo(ApprovalStatus.APPROVED);
    }

    // ---- versions, supersession and conflicts ----

    @Test
    void aNewVersionSupersedesThePendingRequest_andADecisionOnTheOldVersionIsATypedConflict() {
        Deliverable deliverable = inReview(CreateDeliverable.forClient(globex.id(), "Logo"), ApprovalRule.ANY, ana);

        Deliverable replaced = approvals.addVersion(owner, AddVersion.of(deliverable.id(), "Fixed typo", guide.id()));

        assertThat(replaced.requests()).singleElement()
                .satisfies(request -> assertThat(request.status()).isEqualTo(ApprovalStatus.SUPERSEDED));
        assertThat(fixture.eventsOf(DeliverableVersionAdded.class)).last()
                .satisfies(event -> assertThat(event.supersededRequest()).contains(deliverable.requests().get(0).id()));
        assertRejected(() -> approvals.approve(asAna, Approve.of(deliverable.id(), VersionPin.number(1)),
                ANAS_LAPTOP), ErrorCode.VERSION_SUPERSEDED);
        assertRejected(() -> approvals.approve(asAna, Approve.of(deliverable.id(),
                VersionPin.contentHash(deliverable.latestVersion().orElseThrow().contentHash())), ANAS_LAPTOP),
                ErrorCode.VERSION_SUPERSEDED);
        assertRejected(() -> approvals.approve(asAna, Approve.of(deliverable.id(), VersionPin.number(2)),
                ANAS_LAPTOP), ErrorCode.APPROVAL_NOT_REQUESTED);
        assertThat(ErrorCode.VERSION_SUPERSEDED.kind()).isEqualTo(ErrorCode.Kind.CONFLICT);
    }

    @Test
    void aNewVersionAfterApproval_startsANewRequestAndKeepsTheApprovedOneInTheHistory() {
        Deliverable deliverable = inReview(CreateDeliverable.forClient(globex.id(), "Logo"), ApprovalRule.ANY, ana);
        approvals.approve(asAna, Approve.of(deliverable.id(), VersionPin.number(1)), ANAS_LAPTOP);
        assertRejected(() -> approvals.requestApproval(owner, RequestApproval.fromAny(deliverable.id(), ana.id())),
                ErrorCode.VERSION_ALREADY_APPROVED);

        approvals.addVersion(owner, AddVersion.of(deliverable.id(), "With the tagline", logo.id()));
        Deliverable again = approvals.requestApproval(owner, RequestApproval.fromAll(deliverable.id(), ana.id(),
                ben.id()));

        assertThat(again.status()).isEqualTo(DeliverableStatus.IN_REVIEW);
        assertThat(again.requests()).extracting(ApprovalRequest::versionNumber, ApprovalRequest::status,
                ApprovalRequest::rule).containsExactly(tuple(1, ApprovalStatus.APPROVED, ApprovalRule.ANY),
                tuple(2, ApprovalStatus.PENDING, ApprovalRule.ALL));
        assertThat(again.requests().get(0)).isEqualTo(approvals.get(owner, deliverable.id()).requests().get(0));
    }

    @Test
    void aVersionBasedOnAStaleRevision_isAConflictAndNotAdded() {
        Deliverable deliverable = inReview(CreateDeliverable.forClient(globex.id(), "Logo"), ApprovalRule.ANY, ana);
        approvals.approve(asAna, Approve.of(deliverable.id(), VersionPin.number(1)), ANAS_LAPTOP);

        assertRejected(() -> approvals.addVersion(owner, AddVersion.of(deliverable.id(), "v2", guide.id())
                .expectingRevision(deliverable.version())), ErrorCode.CONCURRENT_MODIFICATION)
                .hasMessageContaining("changed since revision " + deliverable.version());

        Deliverable current = approvals.get(owner, deliverable.id());
        assertThat(current.versions()).hasSize(1);
        assertThat(approvals.addVersion(owner, AddVersion.of(deliverable.id(), "v2", guide.id())
                .expectingRevision(current.version())).versions()).hasSize(2);
    }

    @Test
    void withdrawingARequest_closesItAndLaterDecisionsAreConflicts() {
        Deliverable deliverable = inReview(CreateDeliverable.forClient(globex.id(), "Logo"), ApprovalRule.ALL, ana,
                ben);
        approvals.approve(asAna, Approve.of(deliverable.id(), VersionPin.number(1)), ANAS_LAPTOP);

        Deliverable withdrawn = approvals.withdraw(owner, deliverable.id(), "Wrong colour profile");

        assertThat(withdrawn.requests()).singleElement().satisfies(request -> {
            assertThat(request.status()).isEqualTo(ApprovalStatus.WITHDRAWN);
            assertThat(request.decisions()).hasSize(1);
            assertThat(request.closingNote()).isEqualTo("Wrong colour profile");
        });
        assertThat(fixture.eventsOf(ApprovalWithdrawn.class)).singleElement()
                .satisfies(event -> assertThat(event.reason()).isEqualTo("Wrong colour profile"));
        assertRejected(() -> approvals.approve(asBen, Approve.of(deliverable.id(), VersionPin.number(1)),
                PortalFixture.browserAt("203.0.113.7")), ErrorCode.APPROVAL_REQUEST_CLOSED);
        assertRejected(() -> approvals.withdraw(owner, deliverable.id(), "twice"), ErrorCode.APPROVAL_REQUEST_CLOSED);
        assertThat(lastAuditEntry(deliverable).action()).isEqualTo("approval.withdrawn");
    }

    // ---- what the business may put in a version and a request ----

    @Test
    void aVersionTakesOnlyFilesTheBusinessSharedWithThatClient() {
        Deliverable deliverable = approvals.create(owner, CreateDeliverable.forClient(globex.id(), "Logo"));
        SharedFile upload = portal.files().upload(asAna, new FileUpload("brief.txt", "text/plain",
                new ByteArrayInputStream("our brief".getBytes(StandardCharsets.UTF_8))));
        Client initrode = fixture.client(owner, "Initrode");
        SharedFile theirs = fixture.sharedFile(owner, initrode, "theirs.txt", "not Globex's");
        SharedFile removed = portal.files().remove(owner, fixture.sharedFile(owner, globex, "old.txt", "old").id());

        assertRejected(() -> approvals.addVersion(owner, AddVersion.of(deliverable.id(), "", upload.id())),
                ErrorCode.INVALID_VALUE).hasMessageContaining("uploaded by the client");
        assertRejected(() -> approvals.addVersion(owner, AddVersion.of(deliverable.id(), "", theirs.id())),
                ErrorCode.FILE_NOT_FOUND);
        assertRejected(() -> approvals.addVersion(owner, AddVersion.of(deliverable.id(), "", removed.id())),
                ErrorCode.FILE_NOT_FOUND);
        assertRejected(() -> approvals.requestApproval(owner, RequestApproval.fromAny(deliverable.id(), ana.id())),
                ErrorCode.DELIVERABLE_WITHOUT_VERSION);
        assertThat(approvals.get(owner, deliverable.id()).versions()).isEmpty();
    }

    @Test
    void aVersionPinsEachFilesNameAndHash_soItsEvidenceSurvivesChangesToTheLibrary() {
        Deliverable deliverable = approvals.create(owner, CreateDeliverable.forClient(globex.id(), "Logo"));

        Deliverable delivered = approvals.addVersion(owner, AddVersion.of(deliverable.id(), "v1", logo.id()));
        portal.files().remove(owner, logo.id());

        VersionFile pinned = approvals.get(owner, deliverable.id()).versions().get(0).files().get(0);
        assertThat(pinned).isEqualTo(new VersionFile(logo.id(), "logo.txt", "text/plain", logo.content().hash(),
                logo.content().size()));
        assertThat(delivered.versions().get(0).contentHash())
                .isEqualTo(DeliverableVersion.hashOf("v1", List.of(pinned)));
    }

    @Test
    void approvalIsRequestedOnlyFromActiveApproversOfTheClient() {
        Deliverable deliverable = approvals.create(owner, CreateDeliverable.forClient(globex.id(), "Logo"));
        approvals.addVersion(owner, AddVersion.of(deliverable.id(), "v1", logo.id()));
        Contact viewer = fixture.contact(owner, globex, "Cleo Viewer", Role.VIEWER);
        Contact elsewhere = fixture.contact(owner, fixture.client(owner, "Initrode"), "Ian Approver", Role.APPROVER);

        assertRejected(() -> approvals.requestApproval(owner, RequestApproval.fromAny(deliverable.id(), viewer.id())),
                ErrorCode.NOT_AN_APPROVER);
        assertRejected(() -> approvals.requestApproval(owner, RequestApproval.fromAny(deliverable.id(),
                elsewhere.id())), ErrorCode.CONTACT_NOT_FOUND);
        assertRejected(() -> approvals.requestApproval(owner, RequestApproval.fromAll(deliverable.id(), ana.id(),
                ana.id())), ErrorCode.INVALID_VALUE);
        assertRejected(() -> approvals.requestApproval(owner, new RequestApproval(deliverable.id(), List.of(),
                ApprovalRule.ANY)), ErrorCode.REQUIRED);
        assertThat(approvals.get(owner, deliverable.id()).requests()).isEmpty();
    }

    @Test
    void billingLinesInAnotherCurrencyThanTheClients_areRefusedWhenTheDeliverableIsCreated() {
        LineItem inEuro = LineItem.of("Extra round", "1", "round", Money.of("100.00", EUR));

        assertRejected(() -> approvals.create(owner, CreateDeliverable.forClient(globex.id(), "Logo")
                .extraRounds(ExtraRoundPolicy.bill(inEuro))), ErrorCode.CURRENCY_MISMATCH);
        assertRejected(() -> approvals.create(owner, CreateDeliverable.forClient(globex.id(), "Logo")
                .milestone(Milestone.issuedOnApproval("Phase 1", inEuro))), ErrorCode.CURRENCY_MISMATCH);
        assertThat(approvals.list(owner, globex.id())).isEmpty();
    }

    // ---- revision rounds beyond the included ones ----

    @Test
    void roundsBeyondTheIncludedOnes_areFlaggedAndBilledOnTheClientsMostRecentDraft() {
        Invoice olderDraft = portal.invoicing().createDraft(owner, DraftInvoice.forClient(globex.id())
                .line("Hosting", "1", "month", usd("20.00")));
        fixture.clock.advance(Duration.ofMinutes(1));
        Invoice newerDraft = portal.invoicing().createDraft(owner, DraftInvoice.forClient(globex.id())
                .line("Consulting", "2", "h", usd("90.00")).notes("Thanks!"));
        fixture.clock.advance(Duration.ofMinutes(1));
        portal.invoicing().createDraft(owner, DraftInvoice.forClient(fixture.client(owner, "Initrode").id())
                .line("Other client", "1", "", usd("1.00")));
        Deliverable deliverable = inReview(CreateDeliverable.forClient(globex.id(), "Logo").includedRounds(1)
                .extraRounds(ExtraRoundPolicy.bill(EXTRA_ROUND)), ApprovalRule.ANY, ana);

        DecisionReceipt included = changesThenNewVersion(deliverable, 1);
        DecisionReceipt extra = changesThenNewVersion(deliverable, 2);

        assertThat(included.round()).get().satisfies(round -> {
            assertThat(round.beyondIncluded()).isFalse();
            assertThat(round.billedOn()).isEmpty();
        });
        assertThat(extra.round()).get().satisfies(round -> {
            assertThat(round.number()).isEqualTo(2);
            assertThat(round.beyondIncluded()).isTrue();
            assertThat(round.billedOn()).contains(newerDraft.id());
        });
        Invoice billed = portal.invoicing().get(owner, newerDraft.id());
        assertThat(billed.status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(billed.content().notes()).isEqualTo("Thanks!");
        assertThat(billed.content().lines()).extracting(LineItem::description).containsExactly("Consulting",
                "Extra revision round (Logo, revision round 2)");
        assertThat(billed.total()).isEqualTo(usd("330.00"));
        assertThat(portal.invoicing().get(owner, olderDraft.id())).isEqualTo(olderDraft);
        assertThat(fixture.eventsOf(ExtraRoundFlagged.class)).singleElement().satisfies(event -> {
            assertThat(event.round()).isEqualTo(2);
            assertThat(event.includedRounds()).isEqualTo(1);
            assertThat(event.billedOn()).contains(newerDraft.id());
        });
        assertThat(approvals.get(owner, deliverable.id()).rounds().get(1).billedOn()).contains(newerDraft.id());
    }

    @Test
    void anExtraRoundOfAClientWithoutADraft_isBilledOnANewDraft() {
        Invoice issued = fixture.issuedInvoice(owner, globex, "50.00");
        Deliverable deliverable = inReview(CreateDeliverable.forClient(globex.id(), "Logo").includedRounds(0)
                .extraRounds(ExtraRoundPolicy.bill(EXTRA_ROUND)), ApprovalRule.ANY, ana);

        DecisionReceipt extra = changesThenNewVersion(deliverable, 1);

        Invoice draft = portal.invoicing().get(owner, extra.round().orElseThrow().billedOn().orElseThrow());
        assertThat(draft.id()).isNotEqualTo(issued.id());
        assertThat(draft.status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(draft.clientId()).isEqualTo(globex.id());
        assertThat(draft.content().lines()).extracting(LineItem::description, LineItem::unitPrice)
                .containsExactly(tuple("Extra revision round (Logo, revision round 1)", usd("150.00")));
    }

    @Test
    void aDraftWithAPaymentSchedule_isLeftAlone_andTheExtraRoundGoesOnANewDraft() {
        LocalDate today = LocalDate.of(2026, 3, 2);
        Invoice scheduled = portal.invoicing().createDraft(owner, DraftInvoice.forClient(globex.id())
                .line("Website", "1", "", usd("100.00"))
                .schedule(PaymentSchedule.of(new Installment("Deposit", today, usd("50.00")),
                        new Installment("Rest", today.plusDays(30), usd("50.00")))));
        Deliverable deliverable = inReview(CreateDeliverable.forClient(globex.id(), "Logo").includedRounds(0)
                .extraRounds(ExtraRoundPolicy.bill(EXTRA_ROUND)), ApprovalRule.ANY, ana);

        DecisionReceipt extra = changesThenNewVersion(deliverable, 1);

        assertThat(extra.round().orElseThrow().billedOn()).get().isNotEqualTo(scheduled.id());
        assertThat(portal.invoicing().get(owner, scheduled.id())).isEqualTo(scheduled);
    }

    @Test
    void underFlagOnly_anExtraRoundIsFlaggedButNotBilled_andUnderNone_itIsOnlyMarked() {
        Deliverable flagged = inReview(CreateDeliverable.forClient(globex.id(), "Logo").includedRounds(0)
                .extraRounds(ExtraRoundPolicy.flagOnly()), ApprovalRule.ANY, ana);
        Deliverable quiet = inReview(CreateDeliverable.forClient(globex.id(), "Icon").includedRounds(0)
                .extraRounds(ExtraRoundPolicy.none()), ApprovalRule.ANY, ana);

        DecisionReceipt flaggedRound = changesThenNewVersion(flagged, 1);
        DecisionReceipt quietRound = changesThenNewVersion(quiet, 1);

        assertThat(flaggedRound.round()).get().satisfies(round -> {
            assertThat(round.beyondIncluded()).isTrue();
            assertThat(round.billedOn()).isEmpty();
        });
        assertThat(quietRound.round()).get().satisfies(round -> assertThat(round.beyondIncluded()).isTrue());
        assertThat(fixture.eventsOf(ExtraRoundFlagged.class)).singleElement()
                .satisfies(event -> assertThat(event.deliverableId()).isEqualTo(flagged.id()));
        assertThat(portal.invoicing().list(owner, InvoiceFilter.forClient(globex.id()), 0, 10)).isEmpty();
    }

    @Test
    void whenBillingAnExtraRoundFails_theRequestForChangesIsNotRecordedEither() {
        Deliverable deliverable = inReview(CreateDeliverable.forClient(globex.id(), "Logo").includedRounds(0)
                .extraRounds(ExtraRoundPolicy.bill(EXTRA_ROUND)), ApprovalRule.ANY, ana);
        long auditEntries = portal.audit().verify(owner).entriesChecked();
        int events = fixture.events.size();
        stores.failNextSaveOf(Invoice.class);

        assertRejected(() -> approvals.requestChanges(asAna, RequestChanges.of(deliverable.id(), VersionPin.number(1),
                "Bigger"), ANAS_LAPTOP), ErrorCode.CONCURRENT_MODIFICATION);

        assertThat(approvals.get(owner, deliverable.id())).isEqualTo(deliverable);
        assertThat(portal.invoicing().list(owner, InvoiceFilter.forClient(globex.id()), 0, 10)).isEmpty();
        assertThat(portal.audit().verify(owner).entriesChecked()).isEqualTo(auditEntries);
        assertThat(fixture.events).hasSize(events);
    }

    // ---- milestones ----

    @Test
    void approvingADeliverableLinkedToAMilestone_issuesTheMilestoneInvoiceOnce() {
        Deliverable deliverable = inReview(CreateDeliverable.forClient(globex.id(), "Brand identity")
                .milestone(Milestone.issuedOnApproval("Phase 1", LineItem.of("Brand identity", "1", "",
                        usd("2400.00")))), ApprovalRule.ANY, ana);

        DecisionReceipt approved = approvals.approve(asAna, Approve.of(deliverable.id(), VersionPin.number(1)),
                ANAS_LAPTOP);

        Deliverable billed = approvals.get(owner, deliverable.id());
        Invoice invoice = portal.invoicing().get(owner, billed.milestoneInvoiceId().orElseThrow());
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(invoice.number()).isNotBlank();
        assertThat(invoice.total()).isEqualTo(usd("2400.00"));
        assertThat(invoice.content().notes()).isEqualTo("Phase 1: Brand identity, version 1 approved");
        assertThat(fixture.eventsOf(DeliverableApproved.class)).singleElement()
                .satisfies(event -> assertThat(event.milestoneInvoice()).contains(invoice.id()));
        assertThat(lastAuditEntry(deliverable).details()).containsEntry("milestoneInvoice", invoice.id().toString());
        assertThat(approved.requestStatus()).isEqualTo(ApprovalStatus.APPROVED);

        approvals.addVersion(owner, AddVersion.of(deliverable.id(), "Small fix", guide.id()));
        approvals.requestApproval(owner, RequestApproval.fromAny(deliverable.id(), ana.id()));
        approvals.approve(asAna, Approve.of(deliverable.id(), VersionPin.number(2)), ANAS_LAPTOP);

        assertThat(portal.invoicing().list(owner, InvoiceFilter.forClient(globex.id()), 0, 10))
                .containsExactly(invoice);
        assertThat(approvals.get(owner, deliverable.id()).milestoneInvoiceId()).contains(invoice.id());
        assertThat(fixture.eventsOf(DeliverableApproved.class)).last()
                .satisfies(event -> assertThat(event.milestoneInvoice()).isEmpty());
    }

    @Test
    void aMilestoneSetToDraft_leavesItsInvoiceAsADraft() {
        Deliverable deliverable = inReview(CreateDeliverable.forClient(globex.id(), "Brand identity")
                .milestone(Milestone.draftedOnApproval("Phase 1", LineItem.of("Brand identity", "1", "",
                        usd("2400.00")))), ApprovalRule.ANY, ana);

        approvals.approve(asAna, Approve.of(deliverable.id(), VersionPin.number(1)), ANAS_LAPTOP);

        Invoice invoice = portal.invoicing().get(owner, approvals.get(owner, deliverable.id()).milestoneInvoiceId()
                .orElseThrow());
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(invoice.content().lines()).extracting(LineItem::description).containsExactly("Brand identity");
    }

    @Test
    void whenSavingTheApprovalFails_theMilestoneInvoiceIsNotCreatedEither() {
        Deliverable deliverable = inReview(CreateDeliverable.forClient(globex.id(), "Brand identity")
                .milestone(Milestone.issuedOnApproval("Phase 1", LineItem.of("Brand identity", "1", "",
                        usd("2400.00")))), ApprovalRule.ANY, ana);
        stores.failNextSaveOf(Deliverable.class);

        assertRejected(() -> approvals.approve(asAna, Approve.of(deliverable.id(), VersionPin.number(1)),
                ANAS_LAPTOP), ErrorCode.CONCURRENT_MODIFICATION);

        assertThat(portal.invoicing().list(owner, InvoiceFilter.ALL, 0, 10)).isEmpty();
        assertThat(fixture.eventsOf(DeliverableApproved.class)).isEmpty();
        approvals.approve(asAna, Approve.of(deliverable.id(), VersionPin.number(1)), ANAS_LAPTOP);
        Invoice invoice = portal.invoicing().get(owner, approvals.get(owner, deliverable.id()).milestoneInvoiceId()
                .orElseThrow());
        assertThat(invoice.number()).as("the rolled-back attempt used no number").isEqualTo("INV-2026-00001");
    }

    // ---- the client's side ----

    @Test
    void approversSeeThePendingRequestsThatWaitForThem_untilTheyDecide() {
        Deliverable logoWork = inReview(CreateDeliverable.forClient(globex.id(), "Logo"), ApprovalRule.ALL, ana, ben);
        fixture.clock.advance(Duration.ofMinutes(1));
        Deliverable iconWork = inReview(CreateDeliverable.forClient(globex.id(), "Icon"), ApprovalRule.ANY, ana);
        DeliverableRepository store = stores.deliverables();

        assertThat(approvals.pending(asAna)).extracting(PendingApproval::deliverableId)
                .containsExactly(logoWork.id(), iconWork.id());
        assertThat(store.countAwaitingDecision(owner.workspaceId(), ana.id())).isEqualTo(2);

        approvals.approve(asAna, Approve.of(logoWork.id(), VersionPin.number(1)), ANAS_LAPTOP);

        assertThat(approvals.pending(asAna)).extracting(PendingApproval::deliverableId).containsExactly(iconWork.id());
        assertThat(store.countAwaitingDecision(owner.workspaceId(), ana.id())).isEqualTo(1);
        assertThat(approvals.pending(asBen)).singleElement().satisfies(pending -> {
            assertThat(pending.title()).isEqualTo("Logo");
            assertThat(pending.versionNumber()).isEqualTo(1);
            assertThat(pending.contentHash()).isEqualTo(logoWork.latestVersion().orElseThrow().contentHash());
            assertThat(pending.awaiting()).containsExactly(ben.id());
            assertThat(pending.document()).isEqualTo(logoWork.latestVersion().orElseThrow().document());
        });
        assertThat(approvals.pending(PortalPrincipal.staffPreview(owner, globex.id())))
                .extracting(PendingApproval::deliverableId).containsExactlyInAnyOrder(logoWork.id(), iconWork.id());
    }

    @Test
    void openingAVersionRecordsAView_andTellsTheViewerWhetherItIsAskedToDecide() {
        Deliverable deliverable = inReview(CreateDeliverable.forClient(globex.id(), "Logo"), ApprovalRule.ALL, ana,
                ben);
        approvals.approve(asBen, Approve.of(deliverable.id(), VersionPin.number(1)), PortalFixture.browserAt("203.0.113.7"));
        DeliverableVersion version = deliverable.latestVersion().orElseThrow();

        DeliverableVersionView seenByAna = approvals.open(asAna, version.id(), ANAS_LAPTOP);
        DeliverableVersionView seenByBen = approvals.open(asBen, version.id(), PortalFixture.browserAt("203.0.113.7"));

        assertThat(seenByAna.canDecide()).isTrue();
        assertThat(seenByBen.canDecide()).as("Ben has decided").isFalse();
        assertThat(seenByAna.version()).isEqualTo(version);
        assertThat(seenByAna.status()).isEqualTo(DeliverableStatus.IN_REVIEW);
        assertThat(seenByAna.request().orElseThrow().decisions()).singleElement().satisfies(decision -> {
            assertThat(decision.contactId()).isEqualTo(ben.id());
            assertThat(decision.evidence().address()).as("another person's address is not shown").isEmpty();
            assertThat(decision.evidence().contentHash()).isEqualTo(version.contentHash().hex());
        });
        DocumentRef document = version.document();
        assertThat(portal.analytics().engagement(owner, document)).get().satisfies(engagement -> {
            assertThat(engagement.humanViews()).isEqualTo(2);
            assertThat(engagement.uniqueViewers()).isEqualTo(2);
        });
    }

    @Test
    void aVersionCanBeSharedByDocumentLink_whichOpensItReadOnly() {
        Deliverable deliverable = inReview(CreateDeliverable.forClient(globex.id(), "Logo"), ApprovalRule.ANY, ana);
        DeliverableVersion version = deliverable.latestVersion().orElseThrow();

        PortalPrincipal link = portal.access().openDocumentLink(portal.access().shareDocument(owner,
                version.document(), Optional.empty()).token(), PortalFixture.browserAt("203.0.113.7"));

        DeliverableVersionView seen = approvals.open(link, version.id(), PortalFixture.browserAt("203.0.113.7"));
        assertThat(seen.title()).isEqualTo("Logo");
        assertThat(seen.canDecide()).isFalse();
        assertThat(approvals.pending(link)).isEmpty();
        assertRejected(() -> approvals.approve(link, Approve.of(deliverable.id(), VersionPin.number(1)),
                PortalFixture.browserAt("203.0.113.7")), ErrorCode.READ_ONLY_ACCESS);
    }

    // ---- reminders ----

    @Test
    void anApprovalPendingForDays_becomesAFollowUpNamingWhoItWaitsFor() {
        Deliverable deliverable = inReview(CreateDeliverable.forClient(globex.id(), "Logo"), ApprovalRule.ALL, ana,
                ben);
        approvals.approve(asAna, Approve.of(deliverable.id(), VersionPin.number(1)), ANAS_LAPTOP);
        fixture.clock.advance(Duration.ofDays(2));
        assertThat(portal.analytics().followUps(owner)).as("not yet: the default threshold is 3 days").isEmpty();

        fixture.clock.advance(Duration.ofDays(2));

        assertThat(portal.analytics().followUps(owner)).singleElement().satisfies(followUp -> {
            assertThat(followUp.kind()).isEqualTo(FollowUpKind.APPROVAL_PENDING);
            assertThat(followUp.document()).isEqualTo(deliverable.latestVersion().orElseThrow().document());
            assertThat(followUp.clientName()).isEqualTo("Globex");
            assertThat(followUp.title()).isEqualTo("Logo (version 1)");
            assertThat(followUp.reason()).isEqualTo("Approval pending 4 days; waiting on Ben Ode");
            assertThat(followUp.urgency()).isEqualTo(1504);
        });

        approvals.approve(asBen, Approve.of(deliverable.id(), VersionPin.number(1)), PortalFixture.browserAt("203.0.113.7"));
        assertThat(portal.analytics().followUps(owner)).extracting(FollowUp::kind)
                .doesNotContain(FollowUpKind.APPROVAL_PENDING);
    }

    // ---- helpers ----

    /** Creates a deliverable, adds version 1 (the logo) and asks the approvers. */
    private Deliverable inReview(CreateDeliverable command, ApprovalRule rule, Contact... approvers) {
        Deliverable created = approvals.create(owner, command);
        approvals.addVersion(owner, AddVersion.of(created.id(), "Version 1", logo.id()));
        return approvals.requestApproval(owner, new RequestApproval(created.id(),
                Arrays.stream(approvers).map(Contact::id).toList(), rule));
    }

    /** Ana asks for changes on the given (latest) version; the business delivers the next and asks her again. */
    private DecisionReceipt changesThenNewVersion(Deliverable deliverable, int versionNumber) {
        DecisionReceipt receipt = approvals.requestChanges(asAna, RequestChanges.of(deliverable.id(),
                VersionPin.number(versionNumber), "Change " + versionNumber), ANAS_LAPTOP);
        approvals.addVersion(owner, AddVersion.of(deliverable.id(), "Version " + (versionNumber + 1), guide.id()));
        approvals.requestApproval(owner, RequestApproval.fromAny(deliverable.id(), ana.id()));
        return receipt;
    }

    private AuditEntry lastAuditEntry(Deliverable deliverable) {
        List<AuditEntry> entries = portal.audit().forSubject(owner, "deliverable", deliverable.id().toString());
        return entries.get(entries.size() - 1);
    }

    private List<DomainEvent> approvalEvents() {
        return fixture.events.stream().filter(event -> event.getClass().getPackage()
                .equals(Deliverable.class.getPackage())).toList();
    }

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }
}
