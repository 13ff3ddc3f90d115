package dev.clientportal.core.access;

import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/** Revoking one contact or a whole client: every credential stops working at once, and the decision is audited. */
class RevocationTest {

    private static final Instant START = Instant.parse(PortalFixture.START);

    private final PortalFixture fixture = PortalFixture.inMemory();
    private final Access access = fixture.portal.access();
    private final StaffPrincipal acme = fixture.workspace("Acme", USD);
    private final Client globex = fixture.client(acme, "Globex");
    private final Client hooli = fixture.client(acme, "Hooli");
    private final Contact ana = fixture.contact(acme, globex, "Ana Ruiz", Role.BILLING);
    private final Contact bob = fixture.contact(acme, globex, "Bob Stone", Role.VIEWER);
    private final Contact cyd = fixture.contact(acme, hooli, "Cyd Park", Role.APPROVER);

    @Test
    void revokingAContact_endsItsSessionsAndItsUnusedLinks_andLeavesOtherContactsAlone() {
        SignedIn anasSession = fixture.signIn(acme, ana);
        SignedIn bobsSession = fixture.signIn(acme, bob);
        String invitation = access.invite(acme, ana.id()).token();
        String requested = access.requestSignIn(acme.workspaceId(), ana.email(), fixture.browser()).get(0).token();

        PortalAccess revoked = access.revokeContact(acme, ana.id(), "left the company");

        assertThat(revoked.status()).isEqualTo(PortalAccess.Status.REVOKED);
        assertThat(revoked.revokedAt()).isEqualTo(START);
        assertThat(access.accessOf(acme, ana.id())).contains(revoked);
        assertRejected(() -> access.authenticate(anasSession.sessionToken(), fixture.browser()),
                ErrorCode.SESSION_REVOKED);
        assertRejected(() -> access.signIn(invitation, fixture.browser()), ErrorCode.TOKEN_REVOKED);
        assertRejected(() -> access.signIn(requested, fixture.browser()), ErrorCode.TOKEN_REVOKED);
        assertThat(access.authenticate(bobsSession.sessionToken(), fixture.browser()).contactId())
                .isEqualTo(bob.id());
        assertThat(fixture.eventsOf(PortalAccessRevoked.class)).singleElement().satisfies(event -> {
            assertThat(event.contactId()).isEqualTo(ana.id());
            assertThat(event.reason()).isEqualTo("left the company");
        });
    }

    @Test
    void revokingAContact_isAuditedWithItsReason() {
        fixture.signIn(acme, ana);

        access.revokeContact(acme, ana.id(), "left the company");

        AuditEntry entry = lastEntry("contact", ana.id().toString());
        assertThat(entry.action()).isEqualTo("access.revoked");
        assertThat(entry.actor()).isEqualTo(acme.actor());
        assertThat(entry.details()).containsEntry("client", globex.id().toString()).doesNotContainKey("reason");
        assertThat(fixture.personalDataOf(acme, entry)).containsEntry("reason", "left the company");
    }

    @Test
    void revokingAContact_needsAReason() {
        assertRejected(() -> access.revokeContact(acme, ana.id(), " "), ErrorCode.REQUIRED);
    }

    @Test
    void revokingAClient_revokesEveryContactAndEveryDocumentLink_ofThatClientOnly() {
        SignedIn anasSession = fixture.signIn(acme, ana);
        SignedIn bobsSession = fixture.signIn(acme, bob);
        SignedIn cydsSession = fixture.signIn(acme, cyd);
        Invoice globexInvoice = fixture.issuedInvoice(acme, globex, "100.00");
        Invoice hooliInvoice = fixture.issuedInvoice(acme, hooli, "100.00");
        String globexLink = share(globexInvoice);
        String statementLink = access.shareDocument(acme, DocumentRef.of(DocumentType.STATEMENT, globex.id()),
                Optional.empty()).token();
        String hooliLink = share(hooliInvoice);

        List<PortalAccess> revoked = access.revokeClient(acme, globex.id(), "contract ended");

        assertThat(revoked).extracting(PortalAccess::contactId).containsExactlyInAnyOrder(ana.id(), bob.id());
        assertThat(revoked).allSatisfy(record -> assertThat(record.status()).isEqualTo(PortalAccess.Status.REVOKED));
        assertRejected(() -> access.authenticate(anasSession.sessionToken(), fixture.browser()),
                ErrorCode.SESSION_REVOKED);
        assertRejected(() -> access.authenticate(bobsSession.sessionToken(), fixture.browser()),
                ErrorCode.SESSION_REVOKED);
        assertRejected(() -> access.openDocumentLink(globexLink, fixture.browser()), ErrorCode.TOKEN_REVOKED);
        assertRejected(() -> access.openDocumentLink(statementLink, fixture.browser()), ErrorCode.TOKEN_REVOKED);
        assertThat(access.authenticate(cydsSession.sessionToken(), fixture.browser()).contactId())
                .isEqualTo(cyd.id());
        assertThat(access.openDocumentLink(hooliLink, fixture.browser()).document())
                .isEqualTo(PortalFixture.ref(hooliInvoice));
        assertThat(fixture.eventsOf(PortalAccessRevoked.class)).extracting(PortalAccessRevoked::contactId)
                .containsExactlyInAnyOrder(ana.id(), bob.id());
    }

    @Test
    void revokingAClient_isAuditedWithWhatItRevoked() {
        fixture.signIn(acme, ana);
        share(fixture.issuedInvoice(acme, globex, "100.00"));

        access.revokeClient(acme, globex.id(), "contract ended");

        AuditEntry entry = lastEntry("client", globex.id().toString());
        assertThat(entry.action()).isEqualTo("access.client_revoked");
        // Bob was never invited: there is no access of his to revoke, and no record is invented for him.
        assertThat(entry.details()).containsEntry("contacts", "1").containsEntry("documentLinks", "1");
        assertThat(fixture.personalDataOf(acme, entry)).containsEntry("reason", "contract ended");
        assertThat(access.accessOf(acme, bob.id())).isEmpty();
    }

    @Test
    void revokingAClientOfAnotherWorkspace_isClientNotFound_andRevokesNothing() {
        SignedIn anasSession = fixture.signIn(acme, ana);
        StaffPrincipal initech = fixture.workspace("Initech", USD);

        assertRejected(() -> access.revokeClient(initech, globex.id(), "x"), ErrorCode.CLIENT_NOT_FOUND);

        assertThat(access.authenticate(anasSession.sessionToken(), fixture.browser()).contactId())
                .isEqualTo(ana.id());
    }

    @Test
    void aRevokedContact_getsNoSignInLinkWhenAskingForOne() {
        fixture.signIn(acme, ana);

        access.revokeContact(acme, ana.id(), "left");

        assertThat(access.requestSignIn(acme.workspaceId(), ana.email(), fixture.browser())).isEmpty();
    }

    private String share(Invoice invoice) {
        return access.shareDocument(acme, PortalFixture.ref(invoice), Optional.empty()).token();
    }

    private AuditEntry lastEntry(String subjectType, String subjectId) {
        List<AuditEntry> entries = fixture.portal.audit().forSubject(acme, subjectType, subjectId);
        return entries.get(entries.size() - 1);
    }
}
