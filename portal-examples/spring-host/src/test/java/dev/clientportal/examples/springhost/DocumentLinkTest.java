package dev.clientportal.examples.springhost;

import dev.clientportal.core.access.SharedLink;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A per-document link opens exactly its document, without signing in, and nothing else. */
class DocumentLinkTest extends RunningHost {

    @Test
    void aLinkOpensItsInvoice_andItsPdf_withoutASession() {
        Invoice shared = issuedInvoicesOf("Globex Corporation").get(0);
        SharedLink link = share(shared);
        TestBrowser stranger = browser();

        TestBrowser.Page page = stranger.get("/d/" + link.token());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Invoice " + shared.number()).doesNotContain("Sign out");
        assertThat(stranger.download("/d/" + link.token() + "/invoices/" + shared.id() + "/pdf").statusCode())
                .isEqualTo(200);
        assertThat(stranger.cookie(PortalSessions.COOKIE)).isEmpty();
        assertThat(stranger.get("/portal").status()).isEqualTo(302);
    }

    @Test
    void aLinkOpensNoOtherDocument_evenOfTheSameClient() {
        List<Invoice> globex = issuedInvoicesOf("Globex Corporation");
        Invoice shared = globex.get(0);
        Invoice other = globex.get(1);
        SharedLink link = share(shared);
        TestBrowser stranger = browser();

        TestBrowser.Page page = stranger.get("/d/" + link.token() + "/invoices/" + other.id());

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.errorCode()).contains("invoice.not_found");
        assertThat(page.body()).doesNotContain(other.number());
        assertThat(stranger.download("/d/" + link.token() + "/invoices/" + other.id() + "/pdf").statusCode())
                .isEqualTo(404);
        assertThat(stranger.get("/d/" + link.token() + "/invoices/" + shared.id()).status()).isEqualTo(200);
    }

    @Test
    void aRevokedOrUnknownLink_opensNothing() {
        Invoice shared = issuedInvoicesOf("Globex Corporation").get(0);
        SharedLink link = share(shared);
        portal.access().revokeDocumentLink(owner(), link.link().id());

        TestBrowser.Page revoked = browser().get("/d/" + link.token());
        TestBrowser.Page unknown = browser().get("/d/not-a-link-anyone-made");

        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.errorCode()).contains("access.token_revoked");
        assertThat(revoked.body()).doesNotContain(shared.number());
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.errorCode()).contains("access.token_invalid");
    }

    private SharedLink share(Invoice invoice) {
        return portal.access().shareDocument(owner(), DocumentRef.of(DocumentType.INVOICE, invoice.id()),
                Optional.empty());
    }
}
