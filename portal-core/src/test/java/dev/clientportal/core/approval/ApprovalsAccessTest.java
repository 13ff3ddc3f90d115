package dev.clientportal.core.approval;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Named.named;

/**
 * Who may see and decide on a deliverable: people of another client or workspace get "not found" for every call,
 * never "forbidden"; people of the client without the APPROVER role, document links and staff previews may look but
 * not decide; and nothing any of them tries changes the deliverable.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprovalsAccessTest {

    private final PortalFixture fixture = PortalFixture.inMemory();
    private final ClientPortal portal = fixture.portal;
    private final Approvals approvals = portal.approvals();
    private final StaffPrincipal acme = fixture.workspace("Acme", USD);
    private final StaffPrincipal initech = fixture.workspace("Initech", USD);
    private final Client globex = fixture.client(acme, "Globex");
    private final Client initrode = fixture.client(acme, "Initrode");
    private final Client hooli = fixture.client(initech, "Hooli");
    private final Contact ana = fixture.contact(acme, globex, "Ana Ruiz", Role.APPROVER);
    private final SharedFile logo = fixture.sharedFile(acme, globex, "logo.txt", "the logo");
    private final Deliverable deliverable = inReview();
    private final DeliverableVersion version = deliverable.latestVersion().orElseThrow();
    private final Deliverable another = inReview();

    private final PortalPrincipal approverOfAnotherClient = fixture.signedInAs(acme,
            fixture.contact(acme, initrode, "Ian Approver", Role.APPROVER));
    private final PortalPrincipal approverOfAnotherWorkspace = fixture.signedInAs(initech,
            fixture.contact(initech, hooli, "Hal Approver", Role.APPROVER));
    private final PortalPrincipal linkToAnotherVersion = link(another.latestVersion().orElseThrow());
    private final PortalPrincipal viewer = fixture.signedInAs(acme, fixture.contact(acme, globex, "Vic Viewer",
            Role.VIEWER));
    private final PortalPrincipal billingOnly = fixture.signedInAs(acme, fixture.contact(acme, globex, "Bea Billing",
            Role.BILLING));
    private final PortalPrincipal linkToThisVersion = link(version);
    private final PortalPrincipal staffPreview = PortalPrincipal.staffPreview(acme, globex.id());
    private final PortalPrincipal approverNotAsked = fixture.signedInAs(acme, fixture.contact(acme, globex, "Noa Approver",
            Role.APPROVER));

    Stream<Arguments> outsiders() {
        return Stream.of(
                Arguments.of(named("an approver of another client", approverOfAnotherClient)),
                Arguments.of(named("an approver of another workspace", approverOfAnotherWorkspace)),
                Arguments.of(named("a link to another version", linkToAnotherVersion)));
    }

    @ParameterizedTest(name = "{0} gets not found for every client call")
    @MethodSource("outsiders")
    void someoneWhoCannotSeeTheDeliverable_getsNotFoundForEveryCall(PortalPrincipal outsider) {
        assertUnchangedAfter(() -> approvals.open(outsider, version.id(), PortalFixture.browserAt("203.0.113.7")),
                ErrorCode.DELIVERABLE_NOT_FOUND);
        assertUnchangedAfter(() -> approvals.approve(outsider, approve(), PortalFixture.browserAt("203.0.113.7")),
                ErrorCode.DELIVERABLE_NOT_FOUND);
        assertUnchangedAfter(() -> approvals.requestChanges(outsider, requestChanges(), PortalFixture.browserAt("203.0.113.7")),
                ErrorCode.DELIVERABLE_NOT_FOUND);
        assertThat(approvals.pending(outsider)).extracting(PendingApproval::deliverableId)
                .doesNotContain(deliverable.id());
    }

    Stream<Arguments> lookersWhoMayNotDecide() {
        return Stream.of(
                Arguments.of(named("a viewer", viewer), ErrorCode.ROLE_REQUIRED),
                Arguments.of(named("a billing contact", billingOnly), ErrorCode.ROLE_REQUIRED),
                Arguments.of(named("a link to the version", linkToThisVersion), ErrorCode.READ_ONLY_ACCESS),
                Arguments.of(named("a staff preview", staffPreview), ErrorCode.READ_ONLY_ACCESS),
                Arguments.of(named("an approver not asked", approverNotAsked), ErrorCode.APPROVER_NOT_ADDRESSED));
    }

    @ParameterizedTest(name = "{0} may open the version but deciding is {1}")
    @MethodSource("lookersWhoMayNotDecide")
    void someoneOfTheClientWhoIsNotAskedToDecide_mayLookButNotDecide(PortalPrincipal looker, ErrorCode refusal) {
        DeliverableVersionView seen = approvals.open(looker, version.id(), PortalFixture.browserAt("203.0.113.7"));

        assertThat(seen.deliverableId()).isEqualTo(deliverable.id());
        assertThat(seen.canDecide()).isFalse();
        assertUnchangedAfter(() -> approvals.approve(looker, approve(), PortalFixture.browserAt("203.0.113.7")), refusal);
        assertUnchangedAfter(() -> approvals.requestChanges(looker, requestChanges(), PortalFixture.browserAt("203.0.113.7")), refusal);
    }

    Stream<Arguments> businessCallsFromInitech() {
        return Stream.of(
                call("get", () -> approvals.get(initech, deliverable.id()), ErrorCode.DELIVERABLE_NOT_FOUND),
                call("history", () -> approvals.history(initech, deliverable.id()), ErrorCode.DELIVERABLE_NOT_FOUND),
                call("add a version", () -> approvals.addVersion(initech, AddVersion.of(deliverable.id(), "v2",
                        logo.id())), ErrorCode.DELIVERABLE_NOT_FOUND),
                call("request approval", () -> approvals.requestApproval(initech, RequestApproval.fromAny(
                        deliverable.id(), ana.id())), ErrorCode.DELIVERABLE_NOT_FOUND),
                call("withdraw", () -> approvals.withdraw(initech, deliverable.id(), "mine now"),
                        ErrorCode.DELIVERABLE_NOT_FOUND),
                call("list", () -> approvals.list(initech, globex.id()), ErrorCode.CLIENT_NOT_FOUND),
                call("create", () -> approvals.create(initech, CreateDeliverable.forClient(globex.id(), "Theirs")),
                        ErrorCode.CLIENT_NOT_FOUND));
    }

    @ParameterizedTest(name = "Initech may not {0} Acme's deliverable")
    @MethodSource("businessCallsFromInitech")
    void anotherWorkspace_getsNotFoundForEveryBusinessCall(ThrowingCallable call, ErrorCode code) {
        assertUnchangedAfter(call, code);
    }

    @Test
    void aDeliverableOutOfSight_answersExactlyAsOneThatDoesNotExist() {
        DeliverableId unknown = new DeliverableId(UUID.randomUUID());

        PortalException hidden = catchThrowableOfType(PortalException.class, () -> approvals.approve(
                approverOfAnotherClient, approve(), PortalFixture.browserAt("203.0.113.7")));
        PortalException missing = catchThrowableOfType(PortalException.class, () -> approvals.approve(
                approverOfAnotherClient, Approve.of(unknown, VersionPin.number(1)), PortalFixture.browserAt("203.0.113.7")));
        PortalException noSuchVersion = catchThrowableOfType(PortalException.class, () -> approvals.approve(
                fixture.signedInAs(acme, ana), Approve.of(deliverable.id(), VersionPin.number(7)), PortalFixture.browserAt("203.0.113.7")));

        assertThat(hidden.errorCode()).isEqualTo(missing.errorCode()).isEqualTo(noSuchVersion.errorCode());
        assertThat(hidden.getMessage().replace(deliverable.id().toString(), "ID"))
                .isEqualTo(missing.getMessage().replace(unknown.toString(), "ID"))
                .isEqualTo(noSuchVersion.getMessage().replace(deliverable.id().toString(), "ID"));
    }

    // ---- helpers ----

    private Deliverable inReview() {
        Deliverable created = approvals.create(acme, CreateDeliverable.forClient(globex.id(), "Logo"));
        approvals.addVersion(acme, AddVersion.of(created.id(), "Version 1", logo.id()));
        return approvals.requestApproval(acme, RequestApproval.fromAny(created.id(), ana.id()));
    }

    private PortalPrincipal link(DeliverableVersion shared) {
        return portal.access().openDocumentLink(portal.access().shareDocument(acme, shared.document(),
                Optional.empty()).token(), PortalFixture.browserAt("203.0.113.7"));
    }

    private Approve approve() {
        return Approve.of(deliverable.id(), VersionPin.number(1)).signedAs("Someone");
    }

    private RequestChanges requestChanges() {
        return RequestChanges.of(deliverable.id(), VersionPin.number(1), "Change everything");
    }

    private void assertUnchangedAfter(ThrowingCallable call, ErrorCode code) {
        assertRejected(call, code);
        assertThat(approvals.get(acme, deliverable.id())).isEqualTo(deliverable);
    }

    private static Arguments call(String name, ThrowingCallable call, ErrorCode code) {
        return Arguments.of(named(name, call), code);
    }
}
