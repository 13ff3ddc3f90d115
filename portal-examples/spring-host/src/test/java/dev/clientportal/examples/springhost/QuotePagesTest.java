package dev.clientportal.examples.springhost;

import dev.clientportal.core.client.AddContact;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.quote.DraftQuote;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.core.quote.QuoteDecision;
import dev.clientportal.core.quote.QuoteStatus;
import dev.clientportal.examples.demo.DemoWorkspace;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's quote pages: the approver sees the quote and accepts it with a typed name, declines it with feedback
 * or asks for changes; a viewer's decision, another client's quote and a form without its CSRF token change nothing.
 * An acceptance issues an invoice, so it happens for a client of its own: the demo clients' balances stay as the
 * other tests expect them.
 */
class QuotePagesTest extends RunningHost {

    @Test
    void theApprover_seesTheQuote_andAcceptsItWithTypedName() {
        Client client = portal.clients().create(owner(), new CreateClient("Quote client "
                + UUID.randomUUID().toString().substring(0, 8), "ap@quote-client.example"));
        Contact approver = portal.clients().addContact(owner(), new AddContact(client.id(), "Ada Approver",
                "ada-" + client.id() + "@quote-client.example", Set.of(Role.APPROVER)));
        Quote quote = sentQuote(client);
        TestBrowser ada = browser();
        assertThat(ada.signIn(portal.access().invite(owner(), approver.id()).token()).status()).isEqualTo(302);
        String page = "/portal/quotes/" + quote.id();

        assertThat(ada.get("/portal/quotes").body()).contains(quote.number());
        TestBrowser.Page shown = ada.get(page);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("Logo refresh", "Accept and sign", "USD 2,400.00");

        TestBrowser.Page accepted = ada.submit(page + "/accept", Map.of("typedName", "Ada Approver"));

        assertThat(accepted.status()).isEqualTo(302);
        Quote after = portal.quotes().get(owner(), quote.id());
        assertThat(after.status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(after.conversion()).isNotNull();
        assertThat(after.decisions()).extracting(QuoteDecision::kind).containsExactly(QuoteDecision.Kind.ACCEPTED);
        assertThat(ada.get(page).body()).contains("quote is accepted").doesNotContain("Accept and sign");
    }

    @Test
    void theApprover_declinesWithFeedback_orAsksForChanges() {
        Quote declined = sentQuote("Globex Corporation");
        Quote changed = sentQuote("Globex Corporation");
        TestBrowser ana = signedInAs(DemoWorkspace.ANA);
        ana.get("/portal/quotes/" + declined.id());

        assertThat(ana.submit("/portal/quotes/" + declined.id() + "/reject",
                Map.of("reason", "Over our budget this quarter")).status()).isEqualTo(302);
        assertThat(ana.submit("/portal/quotes/" + changed.id() + "/changes",
                Map.of("comment", "Please split the logo work into two phases")).status()).isEqualTo(302);

        Quote rejected = portal.quotes().get(owner(), declined.id());
        assertThat(rejected.status()).isEqualTo(QuoteStatus.REJECTED);
        assertThat(rejected.decisions()).extracting(QuoteDecision::text).containsExactly("Over our budget this quarter");
        Quote asked = portal.quotes().get(owner(), changed.id());
        assertThat(asked.status()).isEqualTo(QuoteStatus.CHANGES_REQUESTED);
        assertThat(asked.decisions()).extracting(QuoteDecision::text)
                .containsExactly("Please split the logo work into two phases");
        assertThat(ana.get("/portal/quotes/" + changed.id()).body())
                .contains("Please split the logo work into two phases", "Accept and sign");
    }

    @Test
    void aViewersDecision_isRefusedOnAFriendlyPage_andChangesNothing() {
        Quote quote = sentQuote("Globex Corporation");
        TestBrowser ben = signedInAs("ben@globex.example");
        assertThat(ben.get("/portal/quotes/" + quote.id()).status()).isEqualTo(200);

        TestBrowser.Page refused = ben.submit("/portal/quotes/" + quote.id() + "/accept",
                Map.of("typedName", "Ben Viewer"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.errorCode()).contains("access.role_required");
        assertThat(refused.body()).contains("Not allowed");
        assertThat(portal.quotes().get(owner(), quote.id()).status()).isEqualTo(QuoteStatus.SENT);
    }

    @Test
    void anotherClientsQuote_isNotFound_andCannotBeAccepted() {
        Quote initechs = sentQuote("Initech GmbH");
        TestBrowser ana = signedInAs(DemoWorkspace.ANA);

        TestBrowser.Page page = ana.get("/portal/quotes/" + initechs.id());
        TestBrowser.Page accepted = ana.submit("/portal/quotes/" + initechs.id() + "/accept",
                Map.of("typedName", "Ana Ruiz"));

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.errorCode()).contains("quote.not_found");
        assertThat(page.body()).doesNotContain(initechs.number());
        assertThat(accepted.status()).isEqualTo(404);
        assertThat(ana.get("/portal/quotes").body()).doesNotContain(initechs.number());
        assertThat(ana.get("/portal/quotes/not-a-quote").errorCode()).contains("quote.not_found");
        assertThat(portal.quotes().get(owner(), initechs.id()).status()).isEqualTo(QuoteStatus.SENT);
    }

    @Test
    void aDecisionWithoutCsrfToken_isRefused() {
        Quote quote = sentQuote("Globex Corporation");
        TestBrowser ana = signedInAs(DemoWorkspace.ANA);
        ana.get("/portal/quotes/" + quote.id());

        TestBrowser.Page refused = ana.post("/portal/quotes/" + quote.id() + "/accept",
                Map.of("typedName", "Ana Ruiz"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(portal.quotes().get(owner(), quote.id()).status()).isEqualTo(QuoteStatus.SENT);
    }

    /** A quote of its own for each test, so that the demo's quote stays as the other tests expect it. */
    private Quote sentQuote(String clientName) {
        return sentQuote(client(clientName));
    }

    private Quote sentQuote(Client client) {
        return portal.quotes().send(owner(), portal.quotes().createDraft(owner(), DraftQuote.forClient(client.id())
                        .line("Logo refresh", "1", "project", Money.of("2400.00", client.currency()))
                        .expiresOn(LocalDate.now(ZoneOffset.UTC).plusDays(30))).id());
    }
}
