package dev.clientportal.pdf;

import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.quote.Deposit;
import dev.clientportal.core.quote.DraftQuote;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.pdf.testing.DocumentScenes;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dev.clientportal.pdf.Texts.usd;
import static org.assertj.core.api.Assertions.assertThat;

class QuotePdfTest {

    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";

    private final DocumentScenes scenes = DocumentScenes.usd(OpenPdfRenderer.create());

    @Test
    void aSentQuoteShowsPartiesDatesValidityLinesTaxesTotalsAndDepositInReadingOrder() {
        Quote quote = scenes.sendQuote(scenes.twentyLines(), Deposit.percent("30"));
        DocumentScenes.Rendered rendered = scenes.quote(quote);

        List<String> expected = new ArrayList<>(List.of("QUOTE", "Q-2026-00001",
                "FROM", "PREPARED FOR", "Quote date", "Mar 2, 2026",
                "Acme Design Studio", DocumentScenes.CLIENT_NAME, "Valid until", "Apr 15, 2026",
                "350 Fifth Avenue, Suite 4100", "ul. Floriańska 12", "Revision", "1",
                "Total", usd(quote.total()), "Description", "Qty", "Unit price", "Tax", "Amount"));
        expected.addAll(Texts.pricedInOrder(quote.content().lines(), quote.totals(), "Discount 5%"));
        expected.addAll(List.of("Total " + usd(quote.total()),
                "Deposit due on acceptance (30%) " + usd(quote.depositAmount()), "NOTES", "TERMS", "Page 1 of"));
        try (PdfPages pdf = PdfPages.of(rendered.pdf())) {
            assertThat(pdf.text()).containsSubsequence(expected);
            assertThat(pdf.textBesideTotals(1)).contains("To accept, open this quote in your client portal "
                    + "by Apr 15, 2026 and sign with your typed name. Deposit due on acceptance: "
                    + usd(quote.depositAmount()) + "; the remaining " + usd(quote.total().minus(quote.depositAmount()))
                    + " is invoiced later.");
            assertThat(pdf.text()).doesNotContain("ACCEPTED", "EXPIRED", "ACCEPTED BY");
            assertThat(pdf.glyphsOutsideMargins()).isEmpty();
        }
        assertThat(rendered.rendered().fileName()).isEqualTo("Q-2026-00001.pdf");
    }

    @Test
    void anAcceptedQuoteIsStampedAcceptedAndShowsWhoAcceptedWhenFromWhereUnderWhichNameAndOnWhichHash() {
        Contact dimitris = scenes.approver("Δημήτρης Παπαδόπουλος", "dimitris@lukasiewicz.example");
        Quote sent = scenes.sendQuote(scenes.twentyLines().subList(0, 6), Deposit.none());
        scenes.fixture.clock.advance(Duration.ofHours(5).plusMinutes(15).plusSeconds(30));
        Quote accepted = scenes.fixture.portal.quotes().accept(scenes.signedIn(dimitris), sent.id(),
                "Δημήτρης Π.", ClientRequest.get("198.51.100.23", FIREFOX));

        try (PdfPages pdf = PdfPages.of(scenes.quote(accepted).pdf())) {
            String text = pdf.text();
            assertThat(text).containsSubsequence("ACCEPTED QUOTE", "Q-2026-00001",
                    "Total " + usd(accepted.total()),
                    "ACCEPTANCE",
                    "ACCEPTED BY", "Δημήτρης Παπαδόπουλος · for " + DocumentScenes.CLIENT_NAME,
                    "Email dimitris@lukasiewicz.example",
                    "Accepted at Mar 2, 2026, 9:15:30 AM UTC-05:00 (America/New_York)",
                    "IP address 198.51.100.23", "User agent " + FIREFOX, "Typed name Δημήτρης Π.",
                    "Signed in as Δημήτρης Παπαδόπουλος, in the client portal",
                    "Accepted SHA-256 " + sent.contentHash(), "Hash check matches the SHA-256 of this document",
                    "NOTES", "TERMS");
            assertThat(pdf.textBesideTotals(1)).contains("Accepted on Mar 2, 2026, 9:15:30 AM UTC-05:00 "
                    + "(America/New_York). Acceptance is invoiced in full: "
                    + usd(accepted.total()) + ". Thank you!");
        }
    }

    @Test
    void aQuotePastItsLastDayIsStampedExpiredAndSaysSo() {
        Quote sent = scenes.sendQuote(scenes.twentyLines().subList(0, 3), Deposit.none());
        scenes.fixture.moveTo(LocalDate.of(2026, 4, 16));

        try (PdfPages pdf = PdfPages.of(scenes.quote(sent).pdf())) {
            assertThat(pdf.text()).contains("EXPIRED QUOTE");
            assertThat(pdf.textBesideTotals(1)).contains(
                    "This quote expired on Apr 15, 2026. Ask Acme Design Studio for a new revision.");
        }
    }

    @Test
    void aRevisedQuoteCarriesItsRevision_andTheRevisionItReplacedIsStampedSuperseded() {
        Quote first = scenes.sendQuote(scenes.twentyLines().subList(0, 3), Deposit.none());
        Quote second = scenes.fixture.portal.quotes().revise(scenes.owner, first.id(),
                DraftQuote.forClient(scenes.client.id()).lines(scenes.twentyLines().subList(0, 2))
                        .deposit(Deposit.amount(Money.of("100.00", "USD"))));

        DocumentScenes.Rendered revised = scenes.quote(second);
        try (PdfPages pdf = PdfPages.of(revised.pdf())) {
            assertThat(pdf.text()).containsSubsequence("QUOTE", "Q-2026-00001 revision 2",
                    "Valid until Apr 1, 2026", "Revision 2", "Deposit due on acceptance $100.00");
        }
        assertThat(revised.rendered().fileName()).isEqualTo("Q-2026-00001-revision-2.pdf");
        try (PdfPages pdf = PdfPages.of(scenes.quote(first).pdf())) {
            assertThat(pdf.text()).contains("SUPERSEDED QUOTE");
            assertThat(pdf.textBesideTotals(1)).contains(
                    "A later revision of Q-2026-00001 replaced this one; it can no longer be accepted.");
        }
    }

    @Test
    void aVoidQuoteIsStampedVoidWithTheReason_andARejectedOneWithTheClientsReason() {
        Contact zoe = scenes.approver("Zoë Łukasiewicz", "zoe@lukasiewicz.example");
        Quote voided = scenes.fixture.portal.quotes().voidQuote(scenes.owner,
                scenes.sendQuote(scenes.twentyLines().subList(0, 2), Deposit.none()).id(), "Sent to the wrong client");
        Quote rejected = scenes.fixture.portal.quotes().reject(scenes.signedIn(zoe),
                scenes.sendQuote(scenes.twentyLines().subList(0, 2), Deposit.none()).id(), "Over our budget",
                ClientRequest.get("198.51.100.7", FIREFOX));

        try (PdfPages pdf = PdfPages.of(scenes.quote(voided).pdf())) {
            assertThat(pdf.text()).contains("VOID QUOTE");
            assertThat(pdf.textBesideTotals(1)).contains(
                    "Withdrawn by Acme Design Studio: Sent to the wrong client. It can no longer be accepted.");
        }
        try (PdfPages pdf = PdfPages.of(scenes.quote(rejected).pdf())) {
            assertThat(pdf.text()).contains("REJECTED QUOTE");
            assertThat(pdf.textBesideTotals(1)).contains("Declined: Over our budget.");
        }
    }

    @Test
    void aReversedAcceptanceIsStampedReversedWithTheReasonAndKeepsTheAcceptanceEvidence() {
        Contact zoe = scenes.approver("Zoë Łukasiewicz", "zoe@lukasiewicz.example");
        Quote sent = scenes.sendQuote(scenes.twentyLines().subList(0, 2), Deposit.none());
        scenes.fixture.portal.quotes().accept(scenes.signedIn(zoe), sent.id(), "Zoë Łukasiewicz",
                ClientRequest.get("198.51.100.7", FIREFOX));
        Quote reversed = scenes.fixture.portal.quotes().reverseAcceptance(scenes.owner, sent.id(),
                "Accepted on the wrong revision");

        try (PdfPages pdf = PdfPages.of(scenes.quote(reversed).pdf())) {
            assertThat(pdf.text()).containsSubsequence("REVERSED QUOTE", "ACCEPTED BY",
                    "Zoë Łukasiewicz · for " + DocumentScenes.CLIENT_NAME, "IP address 198.51.100.7",
                    "Typed name Zoë Łukasiewicz");
            assertThat(pdf.textBesideTotals(1)).contains("Accepted, then the acceptance was reversed by Acme Design "
                    + "Studio: Accepted on the wrong revision. Its invoices were withdrawn.");
        }
    }

    @Test
    void aQuoteThatRequiresAnAgreementSaysItMustBeSignedFirst() {
        Contact zoe = scenes.approver("Zoë Łukasiewicz", "zoe@lukasiewicz.example");
        Quote draft = scenes.fixture.portal.quotes().createDraft(scenes.owner, DraftQuote.forClient(scenes.client.id())
                .lines(scenes.twentyLines().subList(0, 2))
                .requiringAgreement(scenes.sendAgreement(zoe).id()));
        Quote sent = scenes.fixture.portal.quotes().send(scenes.owner, draft.id());

        try (PdfPages pdf = PdfPages.of(scenes.quote(sent).pdf())) {
            assertThat(pdf.textBesideTotals(1)).contains("by Apr 1, 2026 and sign with your typed name, once the "
                    + "agreement \u201C" + DocumentScenes.AGREEMENT_TITLE + "\u201D is signed. Acceptance is "
                    + "invoiced in full: " + usd(sent.total()) + ".");
        }
    }

    @Test
    void aDraftQuoteIsStampedDraftAndIsNotAnOffer() {
        Quote draft = scenes.fixture.portal.quotes().createDraft(scenes.owner,
                DraftQuote.forClient(scenes.client.id()).lines(scenes.twentyLines().subList(0, 2)));

        DocumentScenes.Rendered rendered = scenes.quote(draft);

        try (PdfPages pdf = PdfPages.of(rendered.pdf())) {
            assertThat(pdf.text()).containsSubsequence("DRAFT QUOTE", "DRAFT", "Valid until 30 days from sending",
                    "Revision 1", "Draft: not sent yet, and not an offer.");
            assertThat(pdf.text()).doesNotContain("Quote date");
        }
        assertThat(rendered.rendered().fileName()).isEqualTo("DRAFT.pdf");
    }
}
