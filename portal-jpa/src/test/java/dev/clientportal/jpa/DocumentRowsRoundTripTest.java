package dev.clientportal.jpa;

import dev.clientportal.core.access.Evidence;
import dev.clientportal.core.agreement.Agreement;
import dev.clientportal.core.agreement.AgreementDocument;
import dev.clientportal.core.agreement.AgreementId;
import dev.clientportal.core.agreement.AgreementStatus;
import dev.clientportal.core.agreement.AgreementVersion;
import dev.clientportal.core.agreement.Countersignature;
import dev.clientportal.core.agreement.Signature;
import dev.clientportal.core.agreement.Signer;
import dev.clientportal.core.approval.ApprovalRule;
import dev.clientportal.core.approval.Deliverable;
import dev.clientportal.core.approval.ExtraRoundPolicy;
import dev.clientportal.core.approval.Milestone;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.contract.DeliverableSamples;
import dev.clientportal.core.contract.Samples;
import dev.clientportal.core.files.ContentHash;
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.invoice.InvoiceContent;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.quote.Deposit;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.core.quote.QuoteContent;
import dev.clientportal.core.quote.QuoteConversion;
import dev.clientportal.core.quote.QuoteDecision;
import dev.clientportal.core.quote.QuoteId;
import dev.clientportal.core.quote.QuoteStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.clientportal.core.money.CurrencyUnit.BHD;
import static dev.clientportal.core.money.CurrencyUnit.JPY;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotes, agreements and deliverables survive the trip to their rows and back unchanged, over samples that use
 * every shape their JSON codecs write: each deposit kind, conversions with and without a deposit invoice, decisions
 * with full evidence, text and file documents, countersignatures, void times, milestones billed either way, each
 * extra-round policy, requests in every state with pinned files, and currencies with 0, 2 and 3 decimals.
 */
class DocumentRowsRoundTripTest {

    private static final WorkspaceId WORKSPACE = new WorkspaceId(UUID.randomUUID());
    private static final ClientId CLIENT = new ClientId(UUID.randomUUID());
    private static final ContactId ANA = new ContactId(UUID.randomUUID());
    private static final ContactId BEN = new ContactId(UUID.randomUUID());
    private static final Instant AT = Instant.parse("2026-03-05T14:20:00.123456789Z");
    private static final Evidence EVIDENCE = new Evidence("contact:" + ANA, AT, "2001:db8::7",
            "Mozilla/5.0 \"quoted\" ✓", "ab".repeat(32), "Ana Ruiz");

    @Test
    void quotesMapToRowsAndBackUnchanged() {
        InvoiceContent rich = Samples.richContent(LocalDate.of(2026, 3, 2));
        InvoiceContent bahrain = Samples.bahrainContent();
        QuoteContent percent = new QuoteContent(USD, rich.lines(), rich.discount(), "Notes\r\n“x”", "Terms",
                LocalDate.of(2026, 4, 1), Deposit.percent("33.333"), new AgreementId(UUID.randomUUID()),
                rich.taxRounding(), false);
        QuoteContent amount = new QuoteContent(BHD, bahrain.lines(), bahrain.discount(), "", "",
                LocalDate.of(2026, 4, 2), Deposit.amount(Money.of("10.500", BHD)), null, bahrain.taxRounding(),
                bahrain.taxExempt());
        QuoteContent yen = new QuoteContent(JPY, List.of(LineItem.of("Session", "3", "h", Money.of("12000", JPY))),
                null, "", "", null, Deposit.none(), null, rich.taxRounding(), false);
        QuoteId first = new QuoteId(UUID.randomUUID());
        List<Quote> quotes = List.of(
                quote(first, QuoteStatus.DRAFT, null, 1, null, yen, List.of(), null),
                quote(new QuoteId(UUID.randomUUID()), QuoteStatus.ACCEPTED, "Q-2026-00001", 2, first, percent,
                        List.of(decision(QuoteDecision.Kind.CHANGES_REQUESTED, "Split it"),
                                decision(QuoteDecision.Kind.ACCEPTED, "")),
                        new QuoteConversion(new InvoiceId(UUID.randomUUID()), new InvoiceId(UUID.randomUUID()))),
                quote(new QuoteId(UUID.randomUUID()), QuoteStatus.REVERSED, "Q-2026-00002", 1, null, amount,
                        List.of(decision(QuoteDecision.Kind.ACCEPTED, ""),
                                decision(QuoteDecision.Kind.ACCEPTANCE_REVERSED, "Mistake")),
                        new QuoteConversion(new InvoiceId(UUID.randomUUID()), null)));

        for (Quote quote : quotes) {
            assertThat(QuoteEntity.of(quote).toQuote()).isEqualTo(quote.withVersion(1));
        }
    }

    @Test
    void agreementsMapToRowsAndBackUnchanged() {
        List<Signer> signers = List.of(new Signer(ANA, "Ana Ruiz"), new Signer(BEN, "Ben Ode"));
        AgreementVersion first = new AgreementVersion(1, "Master “services”", AgreementDocument.text("Terms\n✓"),
                signers, List.of(new Signature(ANA, "Ana Ruiz", EVIDENCE)), null, AT, AT.plusSeconds(1));
        AgreementVersion second = new AgreementVersion(2, "Master services, v2",
                AgreementDocument.file(new FileId(UUID.randomUUID()), "msa.pdf", new ContentHash("cd".repeat(32))),
                signers, List.of(new Signature(ANA, "Ana Ruiz", EVIDENCE), new Signature(BEN, "Ben Ode", EVIDENCE)),
                new Countersignature("owner@acme.example", EVIDENCE), AT.plusSeconds(2), AT.plusSeconds(3));
        AgreementVersion draft = new AgreementVersion(1, "Draft", AgreementDocument.text("Draft"), signers,
                List.of(), null, AT, null);
        List<Agreement> agreements = List.of(
                new Agreement(new AgreementId(UUID.randomUUID()), WORKSPACE, CLIENT, AgreementStatus.DRAFT,
                        List.of(draft), AT, null, 0),
                new Agreement(new AgreementId(UUID.randomUUID()), WORKSPACE, CLIENT, AgreementStatus.SIGNED,
                        List.of(first, second), AT, null, 0),
                new Agreement(new AgreementId(UUID.randomUUID()), WORKSPACE, CLIENT, AgreementStatus.VOID,
                        List.of(first), AT, AT.plusSeconds(60), 0));

        for (Agreement agreement : agreements) {
            assertThat(AgreementEntity.of(agreement).toAgreement()).isEqualTo(agreement.withVersion(1));
        }
    }

    @Test
    void deliverablesMapToRowsAndBackUnchanged() {
        Deliverable rich = DeliverableSamples.rich(WORKSPACE, CLIENT, ANA, BEN, List.of(
                        DeliverableSamples.sharedFile(WORKSPACE, CLIENT, "logo.pdf", "logo"),
                        DeliverableSamples.sharedFile(WORKSPACE, CLIENT, "guide.pdf", "guide")),
                new InvoiceId(UUID.randomUUID()), new InvoiceId(UUID.randomUUID()));
        Deliverable requested = DeliverableSamples.requested(WORKSPACE, CLIENT, "Cards", AT, ApprovalRule.ANY,
                List.of(ANA, BEN), List.of(BEN));
        Deliverable drafted = new Deliverable(requested.id(), WORKSPACE, CLIENT, "Site", "Web", 1,
                ExtraRoundPolicy.none(), false,
                Optional.of(Milestone.draftedOnApproval("Launch", LineItem.of("Launch", "1", "", Money.of("5", JPY)))),
                Optional.empty(), requested.versions(), requested.requests(), List.of(), "staff:owner", AT, 0);
        Deliverable superseded = DeliverableSamples.withAnotherVersion(DeliverableSamples.requested(WORKSPACE, CLIENT,
                "Poster", AT, ApprovalRule.ALL, List.of(ANA), List.of()));

        for (Deliverable deliverable : List.of(rich, requested, drafted, superseded)) {
            assertThat(DeliverableEntity.of(deliverable).toDeliverable()).isEqualTo(deliverable.withVersion(1));
        }
        assertThat(List.of(rich, requested, drafted, superseded)).extracting(Deliverable::extraRounds)
                .hasAtLeastOneElementOfType(ExtraRoundPolicy.Bill.class)
                .contains(ExtraRoundPolicy.none(), ExtraRoundPolicy.flagOnly());
    }

    private static Quote quote(QuoteId id, QuoteStatus status, String number, int revision, QuoteId previous,
                               QuoteContent content, List<QuoteDecision> decisions, QuoteConversion conversion) {
        return new Quote(id, WORKSPACE, CLIENT, status, number, revision, previous, content, content.totals(),
                number == null ? null : LocalDate.of(2026, 3, 2), decisions, conversion, AT, 0);
    }

    private static QuoteDecision decision(QuoteDecision.Kind kind, String text) {
        return new QuoteDecision(kind, EVIDENCE, text);
    }
}
