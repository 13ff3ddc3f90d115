package dev.clientportal.core.access;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.files.FileUpload;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.messaging.MessageContent;
import dev.clientportal.core.messaging.NewThread;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/** Access ends when it should: links stop with their client, and a principal held on to decides nothing after. */
class AccessEndsTest {

    private final PortalFixture fixture = PortalFixture.inMemory();
    private final Access access = fixture.portal.access();
    private final StaffPrincipal acme = fixture.workspace("Acme", USD);
    private final Client globex = fixture.client(acme, "Globex");
    private final Contact ana = fixture.contact(acme, globex, "Ana Ruiz", Role.BILLING, Role.APPROVER);

    @Test
    void anArchivedClientsDocumentLinks_stopOpeningItsDocuments() {
        Invoice invoice = fixture.issuedInvoice(acme, globex, "100.00");
        String link = access.shareDocument(acme, PortalFixture.ref(invoice), Optional.empty()).token();
        assertThat(access.openDocumentLink(link, fixture.browser()).document()).isEqualTo(PortalFixture.ref(invoice));

        fixture.portal.clients().archive(acme, globex.id());

        assertRejected(() -> access.openDocumentLink(link, fixture.browser()), ErrorCode.ACCESS_REVOKED);
    }

    @Test
    void aPrincipalOfASessionSignedOutSince_startsNoThreadAndUploadsNothing() {
        SignedIn signedIn = fixture.signIn(acme, ana);
        ContactPrincipal held = signedIn.principal();

        access.signOut(signedIn.sessionToken());

        assertRejected(() -> fixture.portal.messaging().startThread(held, NewThread.titled("Hello",
                MessageContent.text("Still there?"))), ErrorCode.SESSION_REVOKED);
        assertRejected(() -> fixture.portal.files().upload(held, new FileUpload("notes.txt", "text/plain",
                new ByteArrayInputStream("notes".getBytes(StandardCharsets.UTF_8)))), ErrorCode.SESSION_REVOKED);
        assertThat(fixture.portal.files().library(acme, globex.id())).isEmpty();
    }

    @Test
    void aRoleTakenAwayAfterSignIn_isMissingForTheNextDecision() {
        ContactPrincipal held = fixture.signedInAs(acme, ana);

        fixture.portal.clients().changeRoles(acme, ana.id(), Set.of(Role.VIEWER));

        assertRejected(() -> held.requireAllowed(PortalAction.CONTRIBUTE), ErrorCode.ROLE_REQUIRED);
    }
}
