package dev.clientportal.core.quote;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.access.Evidence;
import dev.clientportal.core.agreement.AgreementId;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.pricing.Discount;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.pricing.TaxRounding;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static dev.clientportal.core.money.CurrencyUnit.EUR;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.quote.QuoteStatus.ACCEPTED;
import static dev.clientportal.core.quote.QuoteStatus.CHANGES_REQUESTED;
import static dev.clientportal.core.quote.QuoteStatus.DRAFT;
import static dev.clientportal.core.quote.QuoteStatus.REJECTED;
import static dev.clientportal.core.quote.QuoteStatus.REVERSED;
import static dev.clientportal.core.quote.QuoteStatus.SENT;
import static dev.clientportal.core.quote.QuoteStatus.SUPERSEDED;
import static dev.clientportal.core.quote.QuoteStatus.VOID;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuoteTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final TaxRate VAT = TaxRate.of("VAT", "19");
    private static final WorkspaceId WORKSPACE = new WorkspaceId(new UUID(1, 1));
    private static final ClientId CLIENT = new ClientId(new UUID(2, 2));
    private static final Evidence ANA = new Evidence("contact:ana", NOW, "203.0.113.9", "Firefox", "00", "Ana");
    private static final QuoteConversion INVOICES = new QuoteConversion(new InvoiceId(new UUID(3, 3)), null);

    /** The lifecycle, written out independently of the enum. */
    static final Map<QuoteStatus, Set<QuoteStatus>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(SENT, VOID),
            SENT, EnumSet.of(CHANGES_REQUESTED, ACCEPTED, REJECTED, SUPERSEDED, VOID),
            CHANGES_REQUESTED, EnumSet.of(CHANGES_REQUESTED, ACCEPTED, REJECTED, SUPERSEDED, VOID),
            ACCEPTED, EnumSet.of(REVERSED),
            REJECTED, EnumSet.of(SUPERSEDED, VOID),
            REVERSED, EnumSet.of(SUPERSEDED, VOID),
            SUPERSEDED, EnumSet.noneOf(QuoteStatus.class),
            VOID, EnumSet.noneOf(QuoteStatus.class));

    static Stream<Arguments> everyPairOfStates() {
        return Stream.of(QuoteStatus.values()).flatMap(from -> Stream.of(QuoteStatus.values())
                .map(to -> Arguments.of(from, to, ALLOWED.get(from).contains(to))));
    }

    @ParameterizedTest(name = "{0} → {1} allowed: {2}")
    @MethodSource("everyPairOfStates")
    void exactlyTheTransitionsOfTheLifecycleAreAllowed(QuoteStatus from, QuoteStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
        assertThat(from.awaitsClient()).isEqualTo(from == SENT || from == CHANGES_REQUESTED);
    }

    @Test
    void aDraftIsSentUnderANumberAndValidForThirtyDaysByDefault() {
        Quote sent = draft(content()).send("Q-2026-00001", MARCH_2);

        assertThat(sent.status()).isEqualTo(SENT);
        assertThat(sent.describe()).isEqualTo("Q-2026-00001");
        assertThat(sent.content().expiresOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(sent.awaitsDecision(LocalDate.of(2026, 4, 1))).isTrue();
        assertThat(sent.isExpired(LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(sent.isExpired(LocalDate.of(2026, 4, 2))).isTrue();
        assertThat(sent.awaitsDecision(LocalDate.of(2026, 4, 2))).isFalse();
    }

    @Test
    void theClientsDecisions_moveTheQuoteAndKeepTheirHistory() {
        Quote sent = draft(content()).send("Q-2026-00001", MARCH_2);

        Quote changes = sent.changesRequested(ANA, "Split it");
        Quote accepted = changes.accepted(ANA, INVOICES);

        assertThat(accepted.status()).isEqualTo(ACCEPTED);
        assertThat(accepted.decisions()).extracting(QuoteDecision::kind)
                .containsExactly(QuoteDecision.Kind.CHANGES_REQUESTED, QuoteDecision.Kind.ACCEPTED);
        assertThat(sent.rejected(ANA, "No").status()).isEqualTo(REJECTED);
        assertRejected(() -> accepted.requireAcceptable(MARCH_2), ErrorCode.QUOTE_ALREADY_ACCEPTED);
        assertRejected(() -> accepted.rejected(ANA, "No"), ErrorCode.QUOTE_TRANSITION);
        assertRejected(() -> sent.rejected(ANA, "No").requireAcceptable(MARCH_2), ErrorCode.QUOTE_TRANSITION);
        assertRejected(() -> sent.requireAcceptable(LocalDate.of(2026, 4, 2)), ErrorCode.QUOTE_EXPIRED);
        assertThat(accepted.reversed(ANA, "mistake").conversion()).isEqualTo(INVOICES);
    }

    @Test
    void aRevisionKeepsTheNumberCountsUpAndPointsBack() {
        Quote sent = draft(content()).send("Q-2026-00001", MARCH_2);
        QuoteId next = new QuoteId(UUID.randomUUID());

        Quote revision = sent.nextRevision(next, content().expiringOn(MARCH_2.plusDays(5)), MARCH_2, NOW);

        assertThat(revision.number()).isEqualTo("Q-2026-00001");
        assertThat(revision.revision()).isEqualTo(2);
        assertThat(revision.previousRevision()).isEqualTo(sent.id());
        assertThat(revision.describe()).isEqualTo("Q-2026-00001 revision 2");
        assertThat(sent.superseded().status()).isEqualTo(SUPERSEDED);
        assertRejected(() -> draft(content()).nextRevision(next, content(), MARCH_2, NOW), ErrorCode.QUOTE_TRANSITION);
        assertRejected(() -> sent.accepted(ANA, INVOICES).nextRevision(next, content(), MARCH_2, NOW),
                ErrorCode.QUOTE_TRANSITION);
    }

    @Test
    void theInvariantsHoldInEveryState() {
        Quote draft = draft(content());

        assertThatThrownBy(() -> new Quote(draft.id(), WORKSPACE, CLIENT, SENT, null, 1, null, draft.content(),
                draft.totals(), null, List.of(), null, NOW, 0)).isInstanceOf(IllegalArgumentException.class);
        Quote sent = draft.send("Q-1", MARCH_2);
        assertThatThrownBy(() -> new Quote(sent.id(), WORKSPACE, CLIENT, ACCEPTED, "Q-1", 1, null, sent.content(),
                sent.totals(), MARCH_2, List.of(), null, NOW, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invoices");
        assertThatThrownBy(() -> new Quote(sent.id(), WORKSPACE, CLIENT, SENT, "Q-1", 2, null, sent.content(),
                sent.totals(), MARCH_2, List.of(), null, NOW, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void depositsArePositiveInTheQuotesCurrencyAndAtMostItsTotal() {
        assertRejected(() -> Deposit.percent("0"), ErrorCode.INVALID_PERCENTAGE);
        assertRejected(() -> Deposit.amount(Money.of("0.00", USD)), ErrorCode.NEGATIVE_AMOUNT);
        assertRejected(() -> withDeposit(Deposit.amount(Money.of("5", EUR))), ErrorCode.CURRENCY_MISMATCH);
        assertRejected(() -> draft(withDeposit(Deposit.amount(Money.of("1190.01", USD)))),
                ErrorCode.DEPOSIT_EXCEEDS_TOTAL);
        assertThat(draft(withDeposit(Deposit.percent("100"))).depositAmount()).isEqualTo(Money.of("1190.00", USD));
        assertThat(Deposit.none().of(Money.of("5", USD))).isEqualTo(Money.of("0.00", USD));
    }

    /**
     * The expected hash was computed outside Java, as SHA-256 over the length-prefixed fields {@code quote/1},
     * number, revision, client id, currency, line count, per line (text, quantity, unit, price, discount, tax count,
     * per tax name, rate, compound), discount, tax rounding, exemption, subtotal, tax, total, expiry, deposit,
     * terms, notes and required agreement — so evidence recorded today can be checked by anyone later.
     */
    @Test
    void theContentHash_isAStableFingerprintOfWhatTheClientDecidesOn() {
        Quote sent = draft(content()).send("Q-2026-00001", MARCH_2);

        assertThat(sent.contentHash()).isEqualTo(draft(content()).send("Q-2026-00001", MARCH_2).contentHash())
                .isEqualTo("02675b8231432d26948e5afe79268b090f2ef8dd8ef9084735a7bf8626857a92");
    }

    static Stream<Arguments> changesToTheContent() {
        LineItem design = LineItem.of("Design", "10", "h", Money.of("100.00", USD), VAT);
        return Stream.of(
                change("a line's price", content(LineItem.of("Design", "10", "h", Money.of("100.01", USD), VAT))),
                change("a line's quantity", content(LineItem.of("Design", "11", "h", Money.of("100.00", USD), VAT))),
                change("a line's tax", content(LineItem.of("Design", "10", "h", Money.of("100.00", USD),
                        TaxRate.of("VAT", "7")))),
                change("a line's text", content(LineItem.of("Design!", "10", "h", Money.of("100.00", USD), VAT))),
                change("a line's discount", content(design.withDiscount(Discount.percent("1")))),
                change("another line", content(design, design)),
                change("the discount", new QuoteContent(USD, List.of(design), Discount.percent("1"), "", "", null,
                        Deposit.none(), null, TaxRounding.PER_LINE, false)),
                change("the expiry", content().expiringOn(MARCH_2.plusDays(29))),
                change("the deposit", new QuoteContent(USD, List.of(design), null, "", "", null,
                        Deposit.percent("30"), null, TaxRounding.PER_LINE, false)),
                change("the notes", new QuoteContent(USD, List.of(design), null, "Thanks", "", null, null, null,
                        TaxRounding.PER_LINE, false)),
                change("the terms", new QuoteContent(USD, List.of(design), null, "", "Net 14", null, null, null,
                        TaxRounding.PER_LINE, false)),
                change("the required agreement", new QuoteContent(USD, List.of(design), null, "", "", null, null,
                        new AgreementId(new UUID(4, 4)), TaxRounding.PER_LINE, false)),
                change("the tax rounding", new QuoteContent(USD, List.of(design), null, "", "", null, null, null,
                        TaxRounding.PER_DOCUMENT, false)),
                change("the tax exemption", new QuoteContent(USD, List.of(design), null, "", "", null, null, null,
                        TaxRounding.PER_LINE, true)));
    }

    private static Arguments change(String name, QuoteContent changed) {
        return Arguments.of(name, changed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changesToTheContent")
    void everyPartOfTheContent_changesTheHash(String part, QuoteContent changed) {
        Quote sent = draft(content()).send("Q-2026-00001", MARCH_2);

        Quote other = draft(changed).send("Q-2026-00001", MARCH_2);

        assertThat(other.contentHash()).as(part).isNotEqualTo(sent.contentHash());
    }

    @Test
    void theNumberAndRevision_changeTheHash() {
        Quote sent = draft(content()).send("Q-2026-00001", MARCH_2);

        assertThat(draft(content()).send("Q-2026-00002", MARCH_2).contentHash()).isNotEqualTo(sent.contentHash());
        assertThat(sent.nextRevision(new QuoteId(UUID.randomUUID()), sent.content(), MARCH_2, NOW).contentHash())
                .isNotEqualTo(sent.contentHash());
    }

    private static Quote draft(QuoteContent content) {
        return Quote.draft(new QuoteId(new UUID(5, 5)), WORKSPACE, CLIENT, content, NOW);
    }

    /** Ten hours at USD 100 plus 19 % VAT: USD 1190.00, no expiry, no deposit. */
    private static QuoteContent content() {
        return content(LineItem.of("Design", "10", "h", Money.of("100.00", USD), VAT));
    }

    private static QuoteContent content(LineItem... lines) {
        return new QuoteContent(USD, List.of(lines), Discount.none(), "", "", null, Deposit.none(), null,
                TaxRounding.PER_LINE, false);
    }

    private static QuoteContent withDeposit(Deposit deposit) {
        QuoteContent base = content();
        return new QuoteContent(USD, base.lines(), null, "", "", null, deposit, null, TaxRounding.PER_LINE, false);
    }
}
