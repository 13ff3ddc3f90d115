package dev.clientportal.core.contract;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.access.Evidence;
import dev.clientportal.core.agreement.Agreement;
import dev.clientportal.core.agreement.AgreementDocument;
import dev.clientportal.core.agreement.AgreementId;
import dev.clientportal.core.agreement.AgreementStatus;
import dev.clientportal.core.agreement.AgreementVersion;
import dev.clientportal.core.agreement.Signer;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceContent;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.pricing.TaxRounding;
import dev.clientportal.core.quote.Deposit;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.core.quote.QuoteContent;
import dev.clientportal.core.quote.QuoteConversion;
import dev.clientportal.core.quote.QuoteDecision;
import dev.clientportal.core.quote.QuoteId;
import dev.clientportal.core.quote.QuoteStatus;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.clientportal.core.contract.InvoiceBuilder.anInvoice;
import static dev.clientportal.core.money.CurrencyUnit.BHD;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/** The contract of {@link dev.clientportal.core.quote.QuoteRepository}. */
public abstract class QuoteRepositoryContract extends WorkspaceScopedRepositoryContract<Quote> {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final LocalDate EXPIRES = LocalDate.of(2026, 4, 1);
    private static final Instant DECIDED = Instant.parse("2026-03-05T14:20:00.123456Z");

    private ClientId clientId;
    private AgreementId agreementId;
    private int numbersIssued;

    @BeforeEach
    void storeTheClientAndAnAgreement() {
        clientId = storedClient(workspaceId, "Globex", USD).id();
        Contact ana = inTransaction(() -> stores.contacts().save(Samples.contact(workspaceId, clientId, "Ana Ruiz")));
        Agreement agreement = new Agreement(new AgreementId(UUID.randomUUID()), workspaceId, clientId,
                AgreementStatus.DRAFT, List.of(new AgreementVersion(1, "Master services agreement",
                AgreementDocument.text("Terms"), List.of(new Signer(ana.id(), ana.name())), List.of(), null,
                Samples.CREATED, null)), Samples.CREATED, null, 0);
        agreementId = inTransaction(() -> stores.agreements().save(agreement)).id();
    }

    @Override
    protected Quote newAggregate() {
        return draft(clientId, richContent(), Samples.CREATED);
    }

    @Override
    protected Quote save(Quote quote) {
        return stores.quotes().save(quote);
    }

    @Override
    protected Optional<Quote> findIn(WorkspaceId workspace, Quote quote) {
        return stores.quotes().find(workspace, quote.id());
    }

    @Override
    protected Quote withVersion(Quote quote, long version) {
        return quote.withVersion(version);
    }

    @Override
    protected long versionOf(Quote quote) {
        return quote.version();
    }

    /** Sends a draft under the next number; adds one more change request to a sent quote. */
    @Override
    protected Quote changed(Quote quote) {
        if (quote.status() == QuoteStatus.DRAFT) {
            numbersIssued++;
            return sent(quote, String.format("Q-2026-%05d", numbersIssued));
        }
        return decided(quote, QuoteStatus.CHANGES_REQUESTED, QuoteDecision.Kind.CHANGES_REQUESTED,
                "Please split line " + quote.decisions().size(), null);
    }

    @Test
    void quotesInEveryStateComeBackEqual() {
        Invoice deposit = stored(anInvoice(workspaceId, clientId).amount("300.00", USD).issued("INV-2026-00001",
                MARCH_2).build());
        Invoice remainder = stored(anInvoice(workspaceId, clientId).content(Samples.richContent(MARCH_2)).build());
        QuoteConversion conversion = new QuoteConversion(remainder.id(), deposit.id());
        Quote superseded = decided(sent(draft(clientId, bahrainContent(), Samples.CREATED), "Q-2026-00005"),
                QuoteStatus.SUPERSEDED, null, "", null);
        Quote accepted = decided(sent(newAggregate(), "Q-2026-00003"), QuoteStatus.ACCEPTED,
                QuoteDecision.Kind.ACCEPTED, "", new QuoteConversion(remainder.id(), null));
        List<Quote> samples = List.of(
                newAggregate(),
                draft(clientId, new QuoteContent(USD, List.of(), null, "", "", null, Deposit.none(), null,
                        TaxRounding.PER_LINE, false), Samples.CREATED),
                sent(newAggregate(), "Q-2026-00001"),
                decided(sent(newAggregate(), "Q-2026-00007"), QuoteStatus.CHANGES_REQUESTED,
                        QuoteDecision.Kind.CHANGES_REQUESTED, "Split the workshop line", null),
                decided(sent(newAggregate(), "Q-2026-00002"), QuoteStatus.ACCEPTED, QuoteDecision.Kind.ACCEPTED, "",
                        conversion),
                decided(accepted, QuoteStatus.REVERSED, QuoteDecision.Kind.ACCEPTANCE_REVERSED, "Signed by mistake",
                        accepted.conversion()),
                decided(sent(draft(clientId, bahrainContent(), Samples.CREATED), "Q-2026-00004"),
                        QuoteStatus.REJECTED, QuoteDecision.Kind.REJECTED, "Too expensive", null),
                superseded,
                revision(superseded, 2),
                decided(sent(newAggregate(), "Q-2026-00006"), QuoteStatus.VOID, QuoteDecision.Kind.VOIDED,
                        "Withdrawn", null));

        for (Quote sample : samples) {
            Quote saved = inTransaction(() -> stores.quotes().save(sample));
            assertThat(saved).isEqualTo(sample.withVersion(1));
            assertThat(inTransaction(() -> stores.quotes().find(workspaceId, sample.id()))).contains(saved);
        }
        assertThat(samples).extracting(Quote::status).contains(QuoteStatus.values());
    }

    @Test
    void anotherRevisionWithATakenNumberAndRevision_failsWithDuplicateKeyAndIsNotStored() {
        Quote first = inTransaction(() -> stores.quotes().save(sent(newAggregate(), "Q-2026-00007")));
        Quote twin = sent(newAggregate(), "Q-2026-00007");

        assertFailsWith(ErrorCode.DUPLICATE_KEY, () -> inTransaction(() -> stores.quotes().save(twin)));

        assertThat(inTransaction(() -> stores.quotes().find(workspaceId, twin.id()))).isEmpty();
        assertThat(inTransaction(() -> stores.quotes().revisions(workspaceId, "Q-2026-00007"))).containsExactly(first);
    }

    @Test
    void theRevisionsOfANumber_comeOldestFirstAndOnlyFromTheirWorkspace() {
        Quote first = sent(newAggregate(), "Q-2026-00003");
        Quote second = revision(first, 2);
        Quote third = revision(second, 3);
        inTransaction(() -> {
            stores.quotes().save(third);
            stores.quotes().save(first);
            stores.quotes().save(second);
            stores.quotes().save(sent(newAggregate(), "Q-2026-00004"));
        });

        assertThat(inTransaction(() -> stores.quotes().revisions(workspaceId, "Q-2026-00003")))
                .extracting(Quote::id).containsExactly(first.id(), second.id(), third.id());
        WorkspaceId other = storedWorkspace("Initech").id();
        assertThat(inTransaction(() -> stores.quotes().revisions(other, "Q-2026-00003"))).isEmpty();
    }

    @Test
    void aClientsQuotes_comeNewestFirstWithDraftsAndWithoutOtherClients() {
        ClientId other = storedClient(workspaceId, "Initech", USD).id();
        Quote older = inTransaction(() -> stores.quotes().save(draft(clientId, richContent(), Samples.CREATED)));
        Quote newer = inTransaction(() -> stores.quotes().save(sent(draft(clientId, richContent(),
                Samples.CREATED.plusSeconds(60)), "Q-2026-00009")));
        inTransaction(() -> stores.quotes().save(draft(other, richContent(), Samples.CREATED.plusSeconds(90))));

        assertThat(inTransaction(() -> stores.quotes().forClient(workspaceId, clientId)))
                .containsExactly(newer, older);
    }

    @Test
    void quotesAwaitingTheClientsDecision_countSentOnesUpToTheirLastDay() {
        ClientId other = storedClient(workspaceId, "Initech", USD).id();
        Quote sent = sent(newAggregate(), "Q-2026-00001");
        inTransaction(() -> {
            stores.quotes().save(sent);
            stores.quotes().save(sent(newAggregate(), "Q-2026-00002"));
            stores.quotes().save(decided(sent(newAggregate(), "Q-2026-00003"), QuoteStatus.CHANGES_REQUESTED,
                    QuoteDecision.Kind.CHANGES_REQUESTED, "cheaper please", null));
            stores.quotes().save(decided(sent(newAggregate(), "Q-2026-00004"), QuoteStatus.REJECTED,
                    QuoteDecision.Kind.REJECTED, "no", null));
            stores.quotes().save(newAggregate());
            stores.quotes().save(sent(draft(other, richContent(), Samples.CREATED), "Q-2026-00005"));
        });

        assertThat(awaiting(EXPIRES.minusDays(1))).isEqualTo(2);
        assertThat(awaiting(EXPIRES)).as("a quote can be accepted on its last day").isEqualTo(2);
        assertThat(awaiting(EXPIRES.plusDays(1))).as("expired").isZero();
        WorkspaceId otherWorkspace = storedWorkspace("Initech").id();
        assertThat(inTransaction(() -> stores.quotes().countAwaitingDecision(otherWorkspace, clientId, MARCH_2)))
                .isZero();
    }

    private long awaiting(LocalDate today) {
        return inTransaction(() -> stores.quotes().countAwaitingDecision(workspaceId, clientId, today));
    }

    private Quote draft(ClientId client, QuoteContent content, Instant createdAt) {
        return new Quote(new QuoteId(UUID.randomUUID()), workspaceId, client, QuoteStatus.DRAFT, null, 1, null,
                content, content.totals(), null, List.of(), null, createdAt, 0);
    }

    private static Quote sent(Quote draft, String number) {
        QuoteContent content = draft.content();
        QuoteContent expiring = new QuoteContent(content.currency(), content.lines(), content.discount(),
                content.notes(), content.terms(), EXPIRES, content.deposit(), content.requiredAgreement(),
                content.taxRounding(), content.taxExempt());
        return new Quote(draft.id(), draft.workspaceId(), draft.clientId(), QuoteStatus.SENT, number, 1, null,
                expiring, draft.totals(), MARCH_2, List.of(), null, draft.createdAt(), draft.version());
    }

    private static Quote revision(Quote previous, int revision) {
        return new Quote(new QuoteId(UUID.randomUUID()), previous.workspaceId(), previous.clientId(),
                QuoteStatus.SENT, previous.number(), revision, previous.id(), previous.content(), previous.totals(),
                MARCH_2, List.of(), null, previous.createdAt().plusSeconds(revision), 0);
    }

    private static Quote decided(Quote quote, QuoteStatus status, QuoteDecision.Kind kind, String text,
                                 QuoteConversion conversion) {
        List<QuoteDecision> decisions = new ArrayList<>(quote.decisions());
        if (kind != null) {
            decisions.add(new QuoteDecision(kind, new Evidence("contact:" + UUID.randomUUID(),
                    DECIDED.plusSeconds(decisions.size()), "203.0.113.9", "Mozilla/5.0 (Macintosh) Safari/605.1.15",
                    quote.contentHash(), kind == QuoteDecision.Kind.ACCEPTED ? "Ana Ruiz" : ""), text));
        }
        return new Quote(quote.id(), quote.workspaceId(), quote.clientId(), status, quote.number(), quote.revision(),
                quote.previousRevision(), quote.content(), quote.totals(), quote.sentOn(), decisions, conversion,
                quote.createdAt(), quote.version());
    }

    /** USD, every line feature, a percentage deposit, texts and a required agreement. */
    private QuoteContent richContent() {
        InvoiceContent invoice = Samples.richContent(MARCH_2);
        return new QuoteContent(USD, invoice.lines(), invoice.discount(), invoice.notes(), invoice.terms(), null,
                Deposit.percent("33.333"), agreementId, invoice.taxRounding(), false);
    }

    /** BHD, a tax-exempt client, a fixed deposit, no agreement. */
    private static QuoteContent bahrainContent() {
        InvoiceContent invoice = Samples.bahrainContent();
        return new QuoteContent(BHD, invoice.lines(), invoice.discount(), "", "Valid for 30 days.", EXPIRES,
                Deposit.amount(Money.of("10.500", BHD)), null, invoice.taxRounding(), invoice.taxExempt());
    }
}
