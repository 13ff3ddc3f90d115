package dev.clientportal.core.contract;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.access.AccessChannel;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.access.PortalAction;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.agreement.AgreementId;
import dev.clientportal.core.agreement.AgreementStatus;
import dev.clientportal.core.agreement.Agreements;
import dev.clientportal.core.approval.Approvals;
import dev.clientportal.core.approval.Approve;
import dev.clientportal.core.approval.DecisionKind;
import dev.clientportal.core.approval.DecisionReceipt;
import dev.clientportal.core.approval.RequestChanges;
import dev.clientportal.core.approval.VersionPin;
import dev.clientportal.core.files.FileLibrary;
import dev.clientportal.core.files.FileUpload;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.core.messaging.MessageContent;
import dev.clientportal.core.messaging.Messaging;
import dev.clientportal.core.quote.QuoteId;
import dev.clientportal.core.quote.QuoteStatus;
import dev.clientportal.core.quote.Quotes;
import dev.clientportal.core.contract.CrossTenantWorld.Collaboration;
import dev.clientportal.core.contract.CrossTenantWorld.Viewer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static dev.clientportal.core.contract.CrossTenantWorld.REQUEST;
import static dev.clientportal.core.contract.CrossTenantWorld.mayOpen;
import static dev.clientportal.core.contract.CrossTenantWorld.mayRead;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may decide what, in the {@link CrossTenantWorld}: every principal tries every client-facing decision — approve
 * or ask for changes on a deliverable version, accept, reject or ask for changes on a quote, sign an agreement, post
 * to a thread, upload a file — on the documents of every client. A decision on what the principal cannot see answers
 * the document's NOT_FOUND code; on what it can see, links and staff previews get READ_ONLY_ACCESS, contacts without
 * the role ROLE_REQUIRED, and the right role decides. Every attempt runs in a transaction that is rolled back
 * afterwards, so a decision taken here changes nothing any other attempt or test relies on. A contact whose access
 * ended (revoked, removed, its client archived or revoked) in the decision's own transaction decides nothing, though
 * its principal was obtained before.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CrossTenantDecisionMatrixScenario {

    private static final VersionPin FIRST = VersionPin.number(1);

    /** The client-facing decisions: the action each needs, and what a principal that cannot see its target gets. */
    enum Decision {
        APPROVE_VERSION(PortalAction.DECIDE, ErrorCode.DELIVERABLE_NOT_FOUND),
        REQUEST_CHANGES_ON_VERSION(PortalAction.DECIDE, ErrorCode.DELIVERABLE_NOT_FOUND),
        ACCEPT_QUOTE(PortalAction.DECIDE, ErrorCode.QUOTE_NOT_FOUND),
        REJECT_QUOTE(PortalAction.DECIDE, ErrorCode.QUOTE_NOT_FOUND),
        ASK_FOR_QUOTE_CHANGES(PortalAction.DECIDE, ErrorCode.QUOTE_NOT_FOUND),
        SIGN_AGREEMENT(PortalAction.DECIDE, ErrorCode.AGREEMENT_NOT_FOUND),
        POST_MESSAGE(PortalAction.CONTRIBUTE, ErrorCode.THREAD_NOT_FOUND),
        /** To the principal's own library, a page of its client's portal that a document link does not open. */
        UPLOAD_FILE(PortalAction.CONTRIBUTE, ErrorCode.DOCUMENT_NOT_FOUND);

        final PortalAction action;
        final ErrorCode notFound;

        Decision(PortalAction action, ErrorCode notFound) {
            this.action = action;
            this.notFound = notFound;
        }
    }

    /** Thrown to roll back the transaction a decision was taken in. */
    private static final class Undo extends RuntimeException {
        Undo() {
            super("undo", null, false, false);
        }
    }

    private final CrossTenantWorld world = new CrossTenantWorld(newStores());
    private final Approvals approvals = world.portal.approvals();
    private final Quotes quotes = world.portal.quotes();
    private final Agreements agreements = world.portal.agreements();
    private final Messaging messaging = world.portal.messaging();
    private final FileLibrary files = world.portal.files();

    /**
     * Fresh, empty stores; called once, while the scenario is constructed (so it must not depend on the subclass's
     * own fields). An adapter runs the scenario by extending it and implementing this.
     */
    protected abstract PortalStores newStores();

    List<Viewer> viewers() {
        return world.viewers;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("viewers")
    void roles_gateActions_andLinksAndPreviewsOnlyRead(Viewer viewer) {
        Map<PortalAction, ErrorCode> refused = CrossTenantWorld.refusals(viewer.kind());

        for (PortalAction action : PortalAction.values()) {
            ErrorCode expected = refused.get(action);
            assertThat(viewer.principal().allows(action)).as("%s may %s", viewer, action).isEqualTo(expected == null);
            if (expected == null) {
                viewer.principal().requireAllowed(action);
            } else {
                assertRejected(() -> viewer.principal().requireAllowed(action), expected);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("viewers")
    void decisions_areTakenExactlyByTheRightRole_onDocumentsThePrincipalMaySee(Viewer viewer) {
        SoftAssertions softly = new SoftAssertions();
        for (Collaboration work : world.collaborations) {
            for (Decision decision : Decision.values()) {
                if (decision == Decision.UPLOAD_FILE && !work.client().equals(viewer.client())) {
                    continue; // an upload names no client: it goes to the principal's own library
                }
                softly.assertThat(attempt(viewer, decision, work)).as("%s: %s of %s", viewer, decision, work)
                        .isEqualTo(expected(viewer, decision, work));
            }
        }
        softly.assertAll();
        assertTheWorldIsAsBuilt();
    }

    /** The oracle: NOT_FOUND for what the principal cannot see, else its kind's refusal, else allowed (empty). */
    private static Optional<ErrorCode> expected(Viewer viewer, Decision decision, Collaboration work) {
        boolean visible = switch (decision) {
            case APPROVE_VERSION, REQUEST_CHANGES_ON_VERSION -> mayOpen(viewer, work.version());
            case ACCEPT_QUOTE, REJECT_QUOTE, ASK_FOR_QUOTE_CHANGES -> mayOpen(viewer, work.quote());
            case SIGN_AGREEMENT -> mayOpen(viewer, work.agreement());
            case POST_MESSAGE -> mayRead(viewer, work.thread());
            case UPLOAD_FILE -> viewer.kind().channel != AccessChannel.DOCUMENT_LINK;
        };
        if (!visible) {
            return Optional.of(decision.notFound);
        }
        return Optional.ofNullable(CrossTenantWorld.refusals(viewer.kind()).get(decision.action));
    }

    /** How a contact's access ends while a principal obtained before is still held. */
    enum Ending {
        REVOKE_CONTACT, REMOVE_CONTACT, ARCHIVE_CLIENT, REVOKE_CLIENT
    }

    List<Viewer> contacts() {
        return world.viewers.stream().filter(viewer -> viewer.principal() instanceof ContactPrincipal).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contacts")
    void aPrincipalObtainedBeforeAccessEnded_decidesNothing_theDecisionRechecksAccessInItsTransaction(Viewer viewer) {
        ContactPrincipal contact = (ContactPrincipal) viewer.principal();
        SoftAssertions softly = new SoftAssertions();
        for (Collaboration work : world.collaborations) {
            if (!work.client().equals(viewer.client())) {
                continue; // other clients' documents answer NOT_FOUND, ended access or not (the matrix above)
            }
            for (Decision decision : Decision.values()) {
                if (expected(viewer, decision, work).isPresent()) {
                    continue; // refused anyway; the point is what the right role could do before
                }
                for (Ending ending : Ending.values()) {
                    // the access ends in the decision's own transaction, which is rolled back afterwards
                    Runnable end = () -> {
                        switch (ending) {
                            case REVOKE_CONTACT -> world.portal.access().revokeContact(work.business(),
                                    contact.contactId(), "left");
                            case REMOVE_CONTACT -> world.portal.clients().removeContact(work.business(),
                                    contact.contactId());
                            case ARCHIVE_CLIENT -> world.portal.clients().archive(work.business(), work.client());
                            case REVOKE_CLIENT -> world.portal.access().revokeClient(work.business(), work.client(),
                                    "contract ended");
                        }
                    };
                    softly.assertThat(attempt(viewer, decision, work, end)).as("%s: %s of %s after %s", viewer,
                            decision, work, ending).contains(ErrorCode.ACCESS_REVOKED);
                }
            }
        }
        softly.assertAll();
        assertTheWorldIsAsBuilt();
    }

    /**
     * Takes a decision in a transaction that is then rolled back; answers the code it was refused with, or empty
     * when it was taken (and took effect for the principal, on its own client).
     */
    private Optional<ErrorCode> attempt(Viewer viewer, Decision decision, Collaboration work) {
        return attempt(viewer, decision, work, () -> { });
    }

    /** As {@link #attempt(Viewer, Decision, Collaboration)}, after something else done first in the transaction. */
    private Optional<ErrorCode> attempt(Viewer viewer, Decision decision, Collaboration work, Runnable first) {
        try {
            world.fixture.stores.transactions().inTransaction(() -> {
                first.run();
                assertThat(decide(viewer, decision, work)).as("%s: %s of %s took effect", viewer, decision, work)
                        .isTrue();
                throw new Undo();
            });
        } catch (Undo taken) {
            return Optional.empty();
        } catch (PortalException refused) {
            return Optional.of(refused.errorCode());
        }
        throw new IllegalStateException("the transaction of " + decision + " was neither rolled back nor refused");
    }

    /** Takes a decision and answers whether it is recorded as the principal's, on the principal's own client. */
    private boolean decide(Viewer viewer, Decision decision, Collaboration work) {
        PortalPrincipal principal = viewer.principal();
        QuoteId quote = new QuoteId(work.quote().ref().id());
        AgreementId agreement = new AgreementId(work.agreement().ref().id());
        return switch (decision) {
            case APPROVE_VERSION -> decidedBy(viewer, DecisionKind.APPROVE,
                    approvals.approve(principal, Approve.of(work.deliverable(), FIRST), REQUEST));
            case REQUEST_CHANGES_ON_VERSION -> decidedBy(viewer, DecisionKind.REQUEST_CHANGES,
                    approvals.requestChanges(principal, RequestChanges.of(work.deliverable(), FIRST, "Bolder"),
                            REQUEST));
            case ACCEPT_QUOTE -> quotes.accept(principal, quote, viewer.label(), REQUEST).status()
                    == QuoteStatus.ACCEPTED;
            case REJECT_QUOTE -> quotes.reject(principal, quote, "Too dear", REQUEST).status() == QuoteStatus.REJECTED;
            case ASK_FOR_QUOTE_CHANGES -> quotes.requestChanges(principal, quote, "Fewer pages", REQUEST).status()
                    == QuoteStatus.CHANGES_REQUESTED;
            case SIGN_AGREEMENT -> agreements.sign(principal, agreement, 1, viewer.label(), REQUEST).current()
                    .signatureOf(((ContactPrincipal) principal).contactId()).isPresent();
            case POST_MESSAGE -> messaging.post(principal, work.thread().id(), MessageContent.text("Noted, thanks"))
                    .author().equals(principal.actor());
            case UPLOAD_FILE -> {
                SharedFile uploaded = files.upload(principal, new FileUpload("notes.txt", "text/plain",
                        new ByteArrayInputStream("our notes".getBytes(StandardCharsets.UTF_8))));
                yield uploaded.clientId().equals(viewer.client()) && uploaded.source() == SharedFile.Source.CLIENT;
            }
        };
    }

    private static boolean decidedBy(Viewer viewer, DecisionKind kind, DecisionReceipt receipt) {
        return receipt.decision().kind() == kind
                && receipt.decision().contactId().equals(((ContactPrincipal) viewer.principal()).contactId());
    }

    /** Every document decided on is as the world built it: the rollbacks left nothing behind. */
    private void assertTheWorldIsAsBuilt() {
        for (Collaboration work : world.collaborations) {
            assertThat(approvals.get(work.business(), work.deliverable()).pendingRequest())
                    .hasValueSatisfying(request -> assertThat(request.decisions()).isEmpty());
            assertThat(quotes.get(work.business(), new QuoteId(work.quote().ref().id())).status())
                    .isEqualTo(QuoteStatus.SENT);
            assertThat(agreements.get(work.business(), new AgreementId(work.agreement().ref().id())).status())
                    .isEqualTo(AgreementStatus.SENT);
            assertThat(messaging.messages(work.business(), work.thread().id(), 0, 100)).hasSize(1);
            assertThat(files.library(work.business(), work.client())).extracting(file -> file.id().value())
                    .containsExactly(work.file().ref().id());
        }
    }
}
