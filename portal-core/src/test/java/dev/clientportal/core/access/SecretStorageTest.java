package dev.clientportal.core.access;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Raw secrets — sign-in links, session tokens, document link tokens — leave the SDK once and are stored nowhere:
 * every store and the audit trail hold only their SHA-256 hashes.
 */
class SecretStorageTest {

    private final PortalFixture fixture = PortalFixture.inMemory();
    private final Access access = fixture.portal.access();
    private final StaffPrincipal acme = fixture.workspace("Acme", USD);
    private final Client globex = fixture.client(acme, "Globex");
    private final Contact ana = fixture.contact(acme, globex, "Ana Ruiz", Role.BILLING);
    private final Contact bob = fixture.contact(acme, globex, "Bob Stone", Role.VIEWER);
    private final Invoice invoice = fixture.issuedInvoice(acme, globex, "100.00");

    @Test
    void noStoreAndNoAuditEntry_holdsARawSecret_onlyItsHash() {
        List<String> secrets = everyKindOfSecret();

        List<String> dump = ((InMemoryStores) fixture.stores).dumpForInspection();
        String audit = fixture.portal.audit().entries(acme, 1, 1000).toString();

        assertThat(secrets).hasSize(8).doesNotHaveDuplicates();
        for (String secret : secrets) {
            assertThat(dump).as("stores").noneMatch(value -> value.contains(secret));
            assertThat(audit).as("audit trail").doesNotContain(secret);
            assertThat(String.join("\n", dump)).as("stores hold the hash of a secret")
                    .contains(sha256(secret));
        }
        assertThat(audit).as("audit entries of every access decision").contains("access.invited",
                "access.signed_in", "access.signed_out", "access.document_shared", "access.document_link_revoked",
                "access.revoked");
    }

    @Test
    void whatHoldsASecret_leavesItOutOfItsTextForm() {
        SignInLink link = access.invite(acme, ana.id());
        SignedIn signedIn = access.signIn(link.token(), fixture.browser());
        SharedLink shared = access.shareDocument(acme, PortalFixture.ref(invoice), Optional.empty());

        assertThat(link.toString()).doesNotContain(link.token());
        assertThat(signedIn.toString()).doesNotContain(signedIn.sessionToken());
        assertThat(shared.toString()).doesNotContain(shared.token());
    }

    /**
     * One secret of every kind in every state: invitations used, replaced and revoked, a requested link outstanding,
     * sessions live and signed out, document links live and revoked.
     */
    private List<String> everyKindOfSecret() {
        List<String> secrets = new ArrayList<>();
        String replaced = access.invite(acme, ana.id()).token();
        String used = access.invite(acme, ana.id()).token();
        SignedIn session = access.signIn(used, fixture.browser());
        String requested = access.requestSignIn(acme.workspaceId(), ana.email(), fixture.browser()).get(0).token();
        SignedIn signedOut = fixture.signIn(acme, bob);
        access.signOut(signedOut.sessionToken());
        SharedLink live = access.shareDocument(acme, PortalFixture.ref(invoice), Optional.empty());
        SharedLink revoked = access.shareDocument(acme, PortalFixture.ref(invoice), Optional.empty());
        access.revokeDocumentLink(acme, revoked.link().id());
        String revokedWithContact = access.invite(acme, bob.id()).token();
        access.revokeContact(acme, bob.id(), "left");
        fixture.portal.clientViews().invoice(access.openDocumentLink(live.token(), fixture.browser()),
                invoice.id(), fixture.browser());
        secrets.addAll(List.of(replaced, used, session.sessionToken(), requested, signedOut.sessionToken(),
                live.token(), revoked.token(), revokedWithContact));
        return secrets;
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
