package dev.clientportal.core.approval;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.access.Evidence;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.files.ContentHash;
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** The deliverable aggregate on its own: content hashes, request rules, rounds, conflicts, and an append-only past. */
class DeliverableTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final String STAFF = "staff:owner@acme.example";

    private final ContactId ana = new ContactId(UUID.randomUUID());
    private final ContactId ben = new ContactId(UUID.randomUUID());
    private final VersionFile logo = file("logo.png", "a");
    private final VersionFile guide = file("guide.pdf", "b");

    // ---- versions and their hashes ----

    @Test
    void aVersionsContentHash_isTheSha256OfItsNoteLengthNoteAndFileHashesInOrder() throws Exception {
        DeliverableVersion version = version(1, "Darker blue — as asked", logo, guide);

        String canonical = "Darker blue — as asked".getBytes(StandardCharsets.UTF_8).length
                + ":Darker blue — as asked\n" + logo.contentHash().hex() + "\n" + guide.contentHash().hex();
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        assertThat(version.contentHash().hex()).isEqualTo(expected);
    }

    @Test
    void theContentHashChangesWithTheNoteTheFilesAndTheirOrder() {
        ContentHash base = version(1, "v1", logo, guide).contentHash();

        assertThat(version(1, "v1", guide, logo).contentHash()).isNotEqualTo(base);
        assertThat(version(1, "v1 ", logo, guide).contentHash()).as("the note is stripped").isEqualTo(base);
        assertThat(version(1, "v2", logo, guide).contentHash()).isNotEqualTo(base);
        assertThat(version(1, "v1", logo, file("guide.pdf", "c")).contentHash()).isNotEqualTo(base);
        assertThat(version(1, "v1", logo).contentHash()).isNotEqualTo(base);
    }

    @Test
    void aVersionWhoseStoredHashDoesNotMatchItsContent_isRefused() {
        DeliverableVersion version = version(1, "v1", logo);

        assertThatThrownBy(() -> new DeliverableVersion(version.id(), 1, version.files(), "v1 edited",
                version.contentHash(), STAFF, T0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hash");
    }

    @Test
    void aVersionNeedsAFileOrANote_andNamesEachFileOnce() {
        assertRejected(() -> version(1, " "), ErrorCode.REQUIRED).hasMessageContaining("at least one file or a note");
        assertRejected(() -> version(1, "", logo, logo), ErrorCode.INVALID_VALUE)
                .hasMessageContaining("only once");
        assertThat(version(1, "A link: https://staging.example").files()).isEmpty();
    }

    @Test
    void aPinByContentHash_namesTheLatestVersionWithThatContent() {
        Deliverable deliverable = delivered(created(2), version(1, "same", logo), version(2, "other", guide),
                version(3, "same", logo));

        assertThat(deliverable.version(VersionPin.contentHash(version(9, "same", logo).contentHash())))
                .map(DeliverableVersion::number).contains(3);
        assertThat(deliverable.version(VersionPin.number(2))).map(DeliverableVersion::note).contains("other");
        assertThat(deliverable.version(VersionPin.number(4))).isEmpty();
    }

    // ---- requests and rules ----

    @Test
    void underTheAllRule_theRequestWaitsForEveryApprover() {
        Deliverable deliverable = requested(delivered(created(2), version(1, "v1", logo)), ApprovalRule.ALL, ana, ben);

        Deliverable afterAna = deliverable.decided(approval(ana, 1), "contact:" + ana);

        ApprovalRequest request = afterAna.pendingRequest().orElseThrow();
        assertThat(request.awaiting()).containsExactly(ben);
        assertThat(afterAna.status()).isEqualTo(DeliverableStatus.IN_REVIEW);

        Deliverable afterBen = afterAna.decided(approval(ben, 1), "contact:" + ben);

        ApprovalRequest closed = afterBen.latestRequest(1).orElseThrow();
        assertThat(closed.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(closed.closedBy()).isEqualTo("contact:" + ben);
        assertThat(closed.decisions()).extracting(Decision::contactId).containsExactly(ana, ben);
        assertThat(afterBen.status()).isEqualTo(DeliverableStatus.APPROVED);
    }

    @Test
    void underTheAnyRule_theFirstApprovalDecides() {
        Deliverable deliverable = requested(delivered(created(2), version(1, "v1", logo)), ApprovalRule.ANY, ana, ben);

        Deliverable approved = deliverable.decided(approval(ben, 1), "contact:" + ben);

        assertThat(approved.status()).isEqualTo(DeliverableStatus.APPROVED);
        assertRejected(() -> approved.decided(approval(ana, 1), "contact:" + ana), ErrorCode.APPROVAL_REQUEST_CLOSED);
    }

    @Test
    void oneRequestForChangesClosesTheRequestEvenUnderTheAllRule_andOpensARound() {
        Deliverable deliverable = requested(delivered(created(2), version(1, "v1", logo)), ApprovalRule.ALL, ana, ben)
                .decided(approval(ana, 1), "contact:" + ana);

        Deliverable changed = deliverable.decided(changes(ben, 1, "Bigger logo", Optional.of(logo.fileId())),
                "contact:" + ben);

        assertThat(changed.status()).isEqualTo(DeliverableStatus.CHANGES_REQUESTED);
        assertThat(changed.rounds()).singleElement().satisfies(round -> {
            assertThat(round.number()).isEqualTo(1);
            assertThat(round.requestedBy()).isEqualTo(ben);
            assertThat(round.beyondIncluded()).isFalse();
        });
        assertRejected(() -> changed.decided(approval(ana, 1), "contact:" + ana), ErrorCode.APPROVAL_REQUEST_CLOSED);
    }

    @Test
    void roundsBeyondTheIncludedOnes_areMarked() {
        Deliverable deliverable = delivered(created(1), version(1, "v1", logo));
        for (int round = 1; round <= 3; round++) {
            deliverable = requested(deliverable, ApprovalRule.ANY, ana)
                    .decided(changes(ana, round, "again", Optional.empty()), "contact:" + ana);
            deliverable = deliverable.withNewVersion(version(round + 1, "v" + (round + 1), logo), STAFF,
                    addedAt(round + 1));
        }

        assertThat(deliverable.rounds()).extracting(RevisionRound::number, RevisionRound::beyondIncluded)
                .containsExactly(tuple(1, false),
                        tuple(2, true), tuple(3, true));
    }

    @Test
    void aRequestForChangesPinnedToAFileOutsideTheVersion_isRefused() {
        Deliverable deliverable = requested(delivered(created(2), version(1, "v1", logo)), ApprovalRule.ANY, ana);

        assertRejected(() -> deliverable.decided(changes(ana, 1, "This one?", Optional.of(guide.fileId())),
                "contact:" + ana), ErrorCode.INVALID_VALUE).hasMessageContaining("is not a file of version 1");
    }

    // ---- conflicts and illegal states ----

    @Test
    void aNewVersionSupersedesThePendingRequest_andADecisionOnTheOldVersionIsAConflict() {
        Deliverable deliverable = requested(delivered(created(2), version(1, "v1", logo)), ApprovalRule.ALL, ana, ben)
                .decided(approval(ana, 1), "contact:" + ana);

        Deliverable replaced = deliverable.withNewVersion(version(2, "v2", guide), STAFF, addedAt(2));

        ApprovalRequest superseded = replaced.latestRequest(1).orElseThrow();
        assertThat(superseded.status()).isEqualTo(ApprovalStatus.SUPERSEDED);
        assertThat(superseded.decisions()).as("the decision made before stays").hasSize(1);
        assertThat(replaced.status()).isEqualTo(DeliverableStatus.NOT_REQUESTED);
        assertRejected(() -> replaced.decided(approval(ben, 1), "contact:" + ben), ErrorCode.VERSION_SUPERSEDED);
        assertRejected(() -> replaced.decided(approval(ben, 2), "contact:" + ben), ErrorCode.APPROVAL_NOT_REQUESTED);
    }

    @Test
    void aContactDecidesOnceAndOnlyWhenAsked() {
        Deliverable deliverable = requested(delivered(created(2), version(1, "v1", logo)), ApprovalRule.ALL, ana, ben)
                .decided(approval(ana, 1), "contact:" + ana);
        ContactId stranger = new ContactId(UUID.randomUUID());

        assertRejected(() -> deliverable.decided(approval(ana, 1), "contact:" + ana), ErrorCode.ALREADY_DECIDED);
        assertRejected(() -> deliverable.decided(approval(stranger, 1), "contact:" + stranger),
                ErrorCode.APPROVER_NOT_ADDRESSED);
        assertThat(deliverable.awaits(ben, 1)).isTrue();
        assertThat(deliverable.awaits(ana, 1)).isFalse();
        assertThat(deliverable.awaits(stranger, 1)).isFalse();
    }

    @Test
    void approvalIsRequestedOnAVersionThatExists_onePendingAtATime_andNeverAgainOnceApproved() {
        assertRejected(() -> requested(created(2), ApprovalRule.ANY, ana), ErrorCode.DELIVERABLE_WITHOUT_VERSION);
        Deliverable pending = requested(delivered(created(2), version(1, "v1", logo)), ApprovalRule.ANY, ana);
        assertRejected(() -> requested(pending, ApprovalRule.ANY, ben), ErrorCode.APPROVAL_ALREADY_REQUESTED);

        Deliverable approved = pending.decided(approval(ana, 1), "contact:" + ana);

        assertRejected(() -> requested(approved, ApprovalRule.ANY, ben), ErrorCode.VERSION_ALREADY_APPROVED);
        Deliverable next = requested(approved.withNewVersion(version(2, "v2", guide), STAFF, T0), ApprovalRule.ANY,
                ben);
        assertThat(next.status()).isEqualTo(DeliverableStatus.IN_REVIEW);
        assertThat(next.latestRequest(1).map(ApprovalRequest::status)).contains(ApprovalStatus.APPROVED);
    }

    @Test
    void withdrawingClosesThePendingRequest_butNotOneAlreadyDecided() {
        Deliverable fresh = delivered(created(2), version(1, "v1", logo));
        assertRejected(() -> fresh.withdrawn(STAFF, "typo", T0), ErrorCode.APPROVAL_NOT_REQUESTED);
        Deliverable pending = requested(fresh, ApprovalRule.ANY, ana);

        Deliverable withdrawn = pending.withdrawn(STAFF, "wrong file attached", T0.plusSeconds(5));

        assertThat(withdrawn.latestRequest(1)).get().satisfies(request -> {
            assertThat(request.status()).isEqualTo(ApprovalStatus.WITHDRAWN);
            assertThat(request.closingNote()).isEqualTo("wrong file attached");
        });
        assertThat(withdrawn.status()).isEqualTo(DeliverableStatus.NOT_REQUESTED);
        assertRejected(() -> withdrawn.withdrawn(STAFF, "again", T0), ErrorCode.APPROVAL_REQUEST_CLOSED);
        assertRejected(() -> pending.decided(approval(ana, 1), "contact:" + ana).withdrawn(STAFF, "late", T0),
                ErrorCode.APPROVAL_REQUEST_CLOSED);
    }

    @ParameterizedTest
    @EnumSource(value = ApprovalStatus.class, names = "PENDING", mode = EnumSource.Mode.EXCLUDE)
    void aClosedRequestNeverChangesState(ApprovalStatus closed) {
        assertThat(closed.allowedNext()).isEmpty();
        assertThat(ApprovalStatus.PENDING.canMoveTo(closed)).isTrue();
        assertThat(closed.isOpen()).isFalse();
    }

    @Test
    void aHistoryWithTwoPendingRequests_cannotBeBuilt() {
        Deliverable pending = requested(delivered(created(2), version(1, "v1", logo)), ApprovalRule.ANY, ana);
        List<ApprovalRequest> twice = List.of(pending.requests().get(0),
                ApprovalRequest.open(new ApprovalRequestId(UUID.randomUUID()), 1, List.of(ben), ApprovalRule.ANY,
                        STAFF, T0));

        assertThatThrownBy(() -> new Deliverable(pending.id(), pending.workspaceId(), pending.clientId(),
                pending.title(), pending.project(), 2, ExtraRoundPolicy.none(), false, Optional.empty(),
                Optional.empty(), pending.versions(), twice, List.of(), STAFF, T0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most one pending request");
    }

    // ---- history ----

    @Test
    void theHistoryListsEveryStepInOrder_andNothingEarlierIsLostOrRewritten() {
        Deliverable v1 = requested(delivered(created(2), version(1, "v1", logo)), ApprovalRule.ANY, ana);
        Deliverable changed = v1.decided(changes(ana, 1, "Bigger", Optional.empty()), "contact:" + ana);
        Deliverable v2 = requested(changed.withNewVersion(version(2, "v2", guide), STAFF, addedAt(2)),
                ApprovalRule.ANY, ana);
        Deliverable approved = v2.decided(new Decision(ana, DecisionKind.APPROVE, 2, "", Optional.empty(),
                evidence(ana, 2, "Ana Ruiz")), "contact:" + ana);

        assertThat(approved.versions().get(0)).isEqualTo(v1.versions().get(0));
        assertThat(approved.requests().get(0)).isEqualTo(changed.requests().get(0));
        assertThat(approved.history()).extracting(HistoryEntry::kind, HistoryEntry::versionNumber).containsExactly(
                tuple(HistoryEntry.Kind.VERSION_ADDED, 1),
                tuple(HistoryEntry.Kind.APPROVAL_REQUESTED, 1),
                tuple(HistoryEntry.Kind.CHANGES_REQUESTED, 1),
                tuple(HistoryEntry.Kind.VERSION_ADDED, 2),
                tuple(HistoryEntry.Kind.APPROVAL_REQUESTED, 2),
                tuple(HistoryEntry.Kind.APPROVED, 2),
                tuple(HistoryEntry.Kind.REQUEST_APPROVED, 2));
        assertThat(approved.history().get(2).detail()).isEqualTo("round 1: Bigger");
        assertThat(approved.history().get(5).detail()).isEqualTo("approved, signed \"Ana Ruiz\"");
    }

    // ---- building blocks ----

    private static VersionFile file(String name, String content) {
        return new VersionFile(new FileId(UUID.randomUUID()), name, "application/octet-stream",
                ContentHash.ofText(content), content.length());
    }

    private static DeliverableVersion version(int number, String note, VersionFile... files) {
        return DeliverableVersion.of(new DeliverableVersionId(UUID.randomUUID()), number, List.of(files), note, STAFF,
                addedAt(number));
    }

    private static Deliverable created(int includedRounds) {
        return Deliverable.create(new DeliverableId(UUID.randomUUID()), new WorkspaceId(UUID.randomUUID()),
                CreateDeliverable.forClient(new ClientId(UUID.randomUUID()), "Logo").includedRounds(includedRounds),
                STAFF, T0);
    }

    private static Deliverable delivered(Deliverable deliverable, DeliverableVersion... versions) {
        Deliverable result = deliverable;
        for (DeliverableVersion version : versions) {
            result = result.withNewVersion(version, STAFF, version.addedAt());
        }
        return result;
    }

    private static Deliverable requested(Deliverable deliverable, ApprovalRule rule, ContactId... approvers) {
        Instant at = deliverable.latestVersion().map(DeliverableVersion::addedAt).orElse(T0)
                .plus(Duration.ofMinutes(1));
        return deliverable.withRequest(new ApprovalRequestId(UUID.randomUUID()), List.of(approvers), rule, STAFF, at);
    }

    /** Version n is added on day n; requests follow a minute later, decisions an hour later. */
    private static Instant addedAt(int versionNumber) {
        return T0.plus(Duration.ofDays(versionNumber));
    }

    private static Decision approval(ContactId contact, int versionNumber) {
        return new Decision(contact, DecisionKind.APPROVE, versionNumber, "", Optional.empty(),
                evidence(contact, versionNumber, ""));
    }

    private static Decision changes(ContactId contact, int versionNumber, String comment, Optional<FileId> pinned) {
        return new Decision(contact, DecisionKind.REQUEST_CHANGES, versionNumber, comment, pinned,
                evidence(contact, versionNumber, ""));
    }

    private static Evidence evidence(ContactId contact, int versionNumber, String typedName) {
        return new Evidence("contact:" + contact, addedAt(versionNumber).plus(Duration.ofHours(1)), "203.0.113.7",
                "Firefox", ContentHash.ofText("v" + versionNumber).hex(), typedName);
    }
}
