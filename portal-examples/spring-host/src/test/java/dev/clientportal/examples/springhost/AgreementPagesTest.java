package dev.clientportal.examples.springhost;

import dev.clientportal.core.agreement.Agreement;
import dev.clientportal.core.agreement.AgreementDocument;
import dev.clientportal.core.agreement.DraftAgreement;
import dev.clientportal.core.agreement.Signature;
import dev.clientportal.core.client.Contact;
import dev.clientportal.examples.demo.DemoWorkspace;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's agreement pages: a named signer reads the agreement and signs it with a typed name; a viewer's
 * signature, another client's agreement and a form without its CSRF token change nothing.
 */
class AgreementPagesTest extends RunningHost {

    private static final String BODY = "Globex may use the campaign artwork worldwide for three years.";

    @Test
    void aNamedSigner_readsTheAgreement_andSignsItWithTypedName() {
        Contact ana = contact(DemoWorkspace.ANA);
        Agreement agreement = sentAgreement("Globex Corporation", ana);
        TestBrowser browser = signedInAs(DemoWorkspace.ANA);
        String page = "/portal/agreements/" + agreement.id();

        assertThat(browser.get("/portal/agreements").body()).contains("Artwork licence");
        TestBrowser.Page shown = browser.get(page);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains(BODY, "not signed yet", "Sign the agreement");

        TestBrowser.Page signed = browser.submit(page + "/sign", Map.of("version", "1", "typedName", "Ana Ruiz"));

        assertThat(signed.status()).isEqualTo(302);
        Signature signature = portal.agreements().get(owner(), agreement.id()).current().signatureOf(ana.id())
                .orElseThrow();
        assertThat(signature.evidence().typedName()).isEqualTo("Ana Ruiz");
        assertThat(browser.get(page).body()).contains("signed as “Ana Ruiz”").doesNotContain("Sign the agreement");
    }

    @Test
    void aViewer_cannotSign_evenWhereAnApproverMay() {
        Agreement agreement = sentAgreement("Globex Corporation", contact(DemoWorkspace.ANA));
        TestBrowser browser = signedInAs("ben@globex.example");
        browser.get("/portal/agreements/" + agreement.id());

        TestBrowser.Page refused = browser.submit("/portal/agreements/" + agreement.id() + "/sign",
                Map.of("version", "1", "typedName", "Ben Okafor"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.errorCode()).contains("access.role_required");
        assertThat(portal.agreements().get(owner(), agreement.id()).current().signatures()).isEmpty();
    }

    @Test
    void anotherClientsAgreement_isNotFound_andCannotBeSigned() {
        Agreement initechs = sentAgreement("Initech GmbH", contact("ivo@initech.example"));
        TestBrowser browser = signedInAs(DemoWorkspace.ANA);
        String page = "/portal/agreements/" + initechs.id();

        TestBrowser.Page shown = browser.get(page);
        TestBrowser.Page signed = browser.submit(page + "/sign", Map.of("version", "1", "typedName", "Ana Ruiz"));

        assertThat(shown.status()).isEqualTo(404);
        assertThat(shown.errorCode()).contains("agreement.not_found");
        assertThat(shown.body()).doesNotContain(BODY);
        assertThat(signed.status()).isEqualTo(404);
        assertThat(browser.get("/portal/agreements/12345").errorCode()).contains("agreement.not_found");
        assertThat(portal.agreements().get(owner(), initechs.id()).current().signatures()).isEmpty();
    }

    @Test
    void signingWithoutCsrfToken_isRefused() {
        Agreement agreement = sentAgreement("Globex Corporation", contact(DemoWorkspace.ANA));
        TestBrowser browser = signedInAs(DemoWorkspace.ANA);
        browser.get("/portal/agreements/" + agreement.id());

        TestBrowser.Page refused = browser.post("/portal/agreements/" + agreement.id() + "/sign",
                Map.of("version", "1", "typedName", "Ana Ruiz"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(portal.agreements().get(owner(), agreement.id()).current().signatures()).isEmpty();
    }

    /** An agreement of its own for each test, so that the demo's agreement stays as the other tests expect it. */
    private Agreement sentAgreement(String clientName, Contact... signers) {
        return portal.agreements().send(owner(), portal.agreements().createDraft(owner(), new DraftAgreement(
                client(clientName).id(), "Artwork licence", AgreementDocument.text(BODY),
                List.of(signers).stream().map(Contact::id).toList())).id());
    }
}
