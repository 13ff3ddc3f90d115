package dev.clientportal.core.quote;

import dev.clientportal.core.testing.InMemoryMode;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.access.Evidence;
import dev.clientportal.core.agreement.Agreement;
import dev.clientportal.core.agreement.AgreementDocument;
import dev.clientportal.core.agreement.DraftAgreement;
import dev.clientportal.core.analytics.DocumentFirstViewed;
import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.client.UpdateClient;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.invoice.Invoicing;
import dev.clientportal.core.invoice.IssueCreditNote;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.pricing.Discount;
import dev.clientportal.core.pricing.TaxRounding;
import dev.clientportal.core.testing.FaultInjectingStores;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.testing.Race;
import dev.clientportal.core.workspace.NumberingPattern;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.workspace.WorkspaceSettings;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class QuotesTest {

    private static final TaxRate VAT = TaxRate.of("VAT", "10");
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final ClientRequest FROM_ANA = ClientRequest.get("203.0.113.9", "Mozilla/5.0 Firefox/140.0");

    private final FaultInjectingStores stores = FaultInjectingStores.over(InMemoryMode.stores());
    private final PortalFixture fixture = PortalFixture.over(stores);
    private final Quotes quotes = fixture.portal.quotes();
    private final Invoicing invoicing = fixture.portal.invoicing();
    private final StaffPrincipal owner = fixture.workspace("Acme Design", USD);
    private final Client globex = fixture.client(owner, "Globex");
    private final Contact ana = fixture.contact(owner, globex, "Ana Ruiz", Role.APPROVER);
    private final Contact bob = fixture.contact(owner, globex, "Bob Okafor", Role.APPROVER);
    private final ContactPrincipal asAna = fixture.signedInAs(owner, ana);
    private final ContactPrincipal asBob = fixture.signedInAs(owner, bob);

    // ---- drafting and sending ----

    @Test
    void acceptingAfterTheClientBecameTaxExempt_isRefused_ratherThanBillingAnotherTotalThanTheOneAccepted() {
        Quote sent = quotes.send(owner, quotes.createDraft(owner, website()).id());
        fixture.portal.clients().update(owner, new dev.clientportal.core.client.UpdateClient(globex.id(),
                globex.name(), globex.email(), globex.billingAddress(), globex.taxId(), true, null));

        assertRejected(() -> quotes.accept(asAna, sent.id(), "Ana Ruiz", FROM_ANA), ErrorCode.QUOTE_PRICE_CHANGED)
                .hasMessageContaining("USD 1100.00");
        assertThat(quotes.get(owner, sent.id()).status()).isEqualTo(QuoteStatus.SENT);
        assertThat(invoicing.list(owner, dev.clientportal.core.invoice.InvoiceFilter.forClient(globex.id()), 0, 10))
                .isEmpty();
    }

    @Test
    void aSentQuoteWaitsOnTheClientsApproversDashboards_untilItIsDecidedOrExpires() {
        ContactPrincipal billingOnly = fixture.signedInAs(owner, fixture.contact(owner, globex, "Bea Bills",
                Role.BILLING));
        Quote sent = quotes.send(owner, quotes.createDraft(owner, website()).id());

        assertThat(fixture.portal.clientViews().dashboard(asAna).pendingApprovals()).isEqualTo(1);
        assertThat(fixture.portal.clientViews().dashboard(billingOnly).pendingApprovals())
                .as("only approvers decide on quotes").isZero();

        quotes.reject(asAna, sent.id(), "Too expensive", FROM_ANA);
        assertThat(fixture.portal.clientViews().dashboard(asAna).pendingApprovals()).isZero();

        quotes.send(owner, quotes.createDraft(owner, website()).id());
        fixture.moveTo(MARCH_2.plusDays(Quote.DEFAULT_VALIDITY_DAYS + 1));
        assertThat(fixture.portal.clientViews().dashboard(asAna).pendingApprovals()).as("expired").isZero();
    }

    @Test
    void sendingAQuote_numbersItFromTheQuotePatternAndRaisesQuoteSent() {
        Quote draft = quotes.createDraft(owner, website());
        assertRejected(() -> quotes.open(asAna, draft.id(), FROM_ANA), ErrorCode.QUOTE_NOT_FOUND);

        Quote sent = quotes.send(owner, draft.id());

        assertThat(sent.number()).isEqualTo("Q-2026-00001");
        assertThat(sent.revision()).isEqualTo(1);
        assertThat(sent.status()).isEqualTo(QuoteStatus.SENT);
        assertThat(sent.sentOn()).isEqualTo(MARCH_2);
        assertThat(sent.content().expiresOn()).isEqualTo(MARCH_2.plusDays(Quote.DEFAULT_VALIDITY_DAYS));
        assertThat(quotes.send(owner, quotes.createDraft(owner, website()).id()).number()).isEqualTo("Q-2026-00002");
        assertThat(fixture.eventsOf(QuoteSent.class)).first().satisfies(event -> {
            assertThat(event.quoteId()).isEqualTo(sent.id());
            assertThat(event.total()).isEqualTo(usd("1100.00"));
            assertThat(event.expiresOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        });
        assertThat(quotes.list(asAna)).hasSize(2).doesNotContain(draft);
    }

    @Test
    void quoteNumbers_followTheWorkspacesQuotePatternAndNotTheInvoiceSequence() {
        WorkspaceSettings settings = fixture.portal.workspaces().get(owner).settings();
        fixture.portal.workspaces().updateSettings(owner,
                settings.withQuoteNumbering(NumberingPattern.of("OF-{yy}-{seq:3}")));
        fixture.issuedInvoice(owner, globex, "10.00");

        Quote sent = sentQuote(website());

        assertThat(sent.number()).isEqualTo("OF-26-001");
        assertThat(WorkspaceSettings.defaults("x", USD, settings.paymentTerms()).quoteNumbering())
                .isEqualTo(NumberingPattern.of("Q-{yyyy}-{seq:5}"));
    }

    @Test
    void aQuoteIsPricedExactlyLikeAnInvoiceOfTheSameLines() {
        fixture.portal.workspaces().updateSettings(owner, fixture.portal.workspaces().get(owner).settings()
                .withTaxes(List.of(VAT), TaxRounding.PER_DOCUMENT));
        DraftQuote lines = DraftQuote.forClient(globex.id())
                .line("Design", "3.333", "h", usd("95.55"), VAT)
                .line("Icons", "7", "", usd("12.99"), VAT)
                .discount(Discount.percent("4.5"));

        Quote quote = quotes.createDraft(owner, lines);
        Invoice invoice = invoicing.createDraft(owner, DraftInvoice.forClient(globex.id())
                .lines(lines.lines()).discount(lines.discount()));

        assertThat(quote.totals()).isEqualTo(invoice.totals());
        assertThat(quote.content().taxRounding()).isEqualTo(TaxRounding.PER_DOCUMENT);
    }

    @Test
    void aTaxExemptClientsQuote_chargesNoTax() {
        Client exempt = fixture.portal.clients().update(owner, new UpdateClient(globex.id(), globex.name(),
                globex.email(), globex.billingAddress(), globex.taxId(), true, null));

        Quote quote = quotes.createDraft(owner, DraftQuote.forClient(exempt.id()).line("Design", "1", "", usd("100"),
                VAT));

        assertThat(quote.total()).isEqualTo(usd("100.00"));
        assertThat(quote.content().taxExempt()).isTrue();
    }

    @Test
    void onlyDraftsAreEdited_andOnlyQuotesWithLinesAndAFutureExpiryAreSent() {
        Quote empty = quotes.createDraft(owner, DraftQuote.forClient(globex.id()));
        assertRejected(() -> quotes.send(owner, empty.id()), ErrorCode.QUOTE_EMPTY);
        Quote stale = quotes.createDraft(owner, website().expiresOn(MARCH_2.minusDays(1)));
        assertRejected(() -> quotes.send(owner, stale.id()), ErrorCode.INVALID_VALUE).hasMessageContaining("expiresOn");

        Quote updated = quotes.updateDraft(owner, empty.id(), website().expiresOn(MARCH_2));
        Quote sent = quotes.send(owner, updated.id());

        assertThat(sent.number()).as("failed sends took no number").isEqualTo("Q-2026-00001");
        assertRejected(() -> quotes.updateDraft(owner, sent.id(), website()), ErrorCode.QUOTE_NOT_EDITABLE);
        assertRejected(() -> quotes.send(owner, sent.id()), ErrorCode.QUOTE_TRANSITION);
    }

    @Test
    void aFixedDeposit_mayNotExceedTheQuoteTotal() {
        assertRejected(() -> quotes.createDraft(owner, website().deposit(Deposit.amount(usd("1100.01")))),
                ErrorCode.DEPOSIT_EXCEEDS_TOTAL).hasMessageContaining("USD 1100.00");

        Quote whole = quotes.createDraft(owner, website().deposit(Deposit.amount(usd("1100.00"))));

        assertThat(whole.depositAmount()).isEqualTo(usd("1100.00"));
    }

    // ---- acceptance ----

    @Test
    void acceptingWithoutADeposit_issuesOneInvoiceWithTheQuotesContent() {
        Quote sent = sentQuote(website().terms("50 % up front").notes("Thanks!"));

        Quote accepted = quotes.accept(asAna, sent.id(), "Ana Ruiz", FROM_ANA);

        assertThat(accepted.status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(accepted.conversion().hasDeposit()).isFalse();
        Invoice invoice = invoicing.get(owner, accepted.conversion().invoiceId());
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(invoice.number()).isEqualTo("INV-2026-00001");
        assertThat(invoice.content().lines()).isEqualTo(sent.content().lines());
        assertThat(invoice.content().terms()).isEqualTo("50 % up front");
        assertThat(invoice.total()).isEqualTo(sent.total());
        assertThat(accepted.decisions()).singleElement().satisfies(decision -> {
            assertThat(decision.kind()).isEqualTo(QuoteDecision.Kind.ACCEPTED);
            assertThat(decision.evidence()).isEqualTo(new Evidence("contact:" + ana.id(), fixture.clock.instant(),
                    "203.0.113.9", "Mozilla/5.0 Firefox/140.0", sent.contentHash(), "Ana Ruiz"));
        });
        assertThat(fixture.eventsOf(QuoteAccepted.class)).singleElement().satisfies(event -> {
            assertThat(event.invoiceId()).isEqualTo(invoice.id());
            assertThat(event.depositInvoiceId()).isNull();
            assertThat(event.acceptedBy()).isEqualTo("contact:" + ana.id());
        });
        assertThat(audit(accepted, "quote.accepted")).singleElement().satisfies(entry -> assertThat(
                fixture.personalDataOf(owner, entry))
                .containsEntry("evidence.typedName", "Ana Ruiz")
                .containsEntry("evidence.address", "203.0.113.9"));
        assertThat(audit(accepted, "quote.accepted")).singleElement().satisfies(entry -> assertThat(entry.details())
                .containsEntry("evidence.contentHash", sent.contentHash())
                .containsEntry("invoice", invoice.id().toString()));
        assertThat(fixture.portal.audit().verify(owner).intact()).isTrue();
    }

    @Test
    void acceptingWithADeposit_issuesAnUntaxedDepositInvoiceAndDraftsTheRemainder() {
        Quote sent = sentQuote(website().deposit(Deposit.percent("30")));

        Quote accepted = quotes.accept(asAna, sent.id(), "Ana Ruiz", FROM_ANA);

        Invoice deposit = invoicing.get(owner, accepted.conversion().depositInvoiceId());
        assertThat(deposit.status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(deposit.content().lines()).singleElement().satisfies(line -> {
            assertThat(line.description()).isEqualTo("Deposit for quote Q-2026-00001");
            assertThat(line.taxes()).isEmpty();
        });
        assertThat(deposit.total()).as("30 % of the taxed total 1100.00").isEqualTo(usd("330.00"));
        assertThat(deposit.totals().taxTotal()).isEqualTo(usd("0.00"));
        Invoice remainder = invoicing.get(owner, accepted.conversion().invoiceId());
        assertThat(remainder.status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(remainder.content().lines()).isEqualTo(sent.content().lines());
        assertThat(remainder.content().depositInvoiceId()).isEqualTo(deposit.id());
        assertThat(remainder.total()).isEqualTo(usd("1100.00"));
        assertThat(fixture.eventsOf(QuoteAccepted.class)).singleElement()
                .extracting(QuoteAccepted::deposit).isEqualTo(usd("330.00"));
    }

    @Test
    void theDepositPaidThenTheRemainderIssued_leavesTheClientOwingTheTotalLessTheDeposit() {
        Quote accepted = quotes.accept(asAna, sentQuote(website().deposit(Deposit.percent("30"))).id(), "Ana Ruiz",
                FROM_ANA);
        fixture.portal.payments().record(owner, RecordPayment.manual(globex.id(), usd("330.00"),
                PaymentMethod.BANK_TRANSFER, "wire-1").allocateTo(accepted.conversion().depositInvoiceId()));

        Invoice issued = invoicing.issue(owner, accepted.conversion().invoiceId());

        assertThat(issued.amountDue()).isEqualTo(usd("770.00"));
        assertThat(invoicing.creditNotes(owner, accepted.conversion().depositInvoiceId()))
                .extracting(note -> note.reason()).containsExactly("Deposit applied to " + issued.number());
    }

    @Test
    void aPercentageDeposit_isRoundedHalfUpToTheCent() {
        Quote quote = quotes.createDraft(owner, DraftQuote.forClient(globex.id())
                .line("Work", "1", "", usd("100.05")).deposit(Deposit.percent("12.5")));

        assertThat(quote.depositAmount()).as("12.50625 rounds half up").isEqualTo(usd("12.51"));
    }

    @Test
    void acceptanceNeedsATypedName() {
        Quote sent = sentQuote(website());

        assertRejected(() -> quotes.accept(asAna, sent.id(), " ", FROM_ANA), ErrorCode.REQUIRED)
                .hasMessageContaining("typedName");
        assertThat(quotes.get(owner, sent.id()).status()).isEqualTo(QuoteStatus.SENT);
    }

    @Test
    void aQuoteExpiresAfterItsLastDayInTheWorkspacesZone() {
        fixture.portal.workspaces().updateSettings(owner, fixture.portal.workspaces().get(owner).settings()
                .withRegion(Locale.US, ZoneId.of("Pacific/Auckland")));
        Quote sent = sentQuote(website().expiresOn(LocalDate.of(2026, 3, 10)));
        Quote other = sentQuote(website().expiresOn(LocalDate.of(2026, 3, 10)));
        fixture.clock.set(Instant.parse("2026-03-10T10:59:59Z"));
        assertThat(quotes.accept(asAna, other.id(), "Ana Ruiz", FROM_ANA).status())
                .as("23:59:59 on its last day in Auckland").isEqualTo(QuoteStatus.ACCEPTED);

        fixture.clock.set(Instant.parse("2026-03-10T11:00:00Z"));

        assertRejected(() -> quotes.accept(asAna, sent.id(), "Ana Ruiz", FROM_ANA), ErrorCode.QUOTE_EXPIRED)
                .hasMessageContaining("2026-03-10");
        assertThat(awaitingDecision(LocalDate.of(2026, 3, 11))).isZero();
        assertThat(invoicing.list(owner, InvoiceFilter.ALL, 0, 10)).hasSize(1);
    }

    @Test
    void aRequiredAgreement_mustBeSignedByEveryNamedContactBeforeAcceptance() {
        Agreement msa = fixture.portal.agreements().send(owner, fixture.portal.agreements().createDraft(owner,
                new DraftAgreement(globex.id(), "MSA", AgreementDocument.text("Terms"), List.of(ana.id(), bob.id())))
                .id());
        Quote sent = sentQuote(website().requiringAgreement(msa.id()));
        fixture.portal.agreements().sign(asAna, msa.id(), 1, "Ana Ruiz", FROM_ANA);

        assertRejected(() -> quotes.accept(asAna, sent.id(), "Ana Ruiz", FROM_ANA),
                ErrorCode.QUOTE_AGREEMENT_UNSIGNED).hasMessageContaining(msa.id().toString());
        assertThat(invoicing.list(owner, InvoiceFilter.ALL, 0, 10)).isEmpty();

        fixture.portal.agreements().sign(asBob, msa.id(), 1, "Bob Okafor", FROM_ANA);

        assertThat(quotes.accept(asAna, sent.id(), "Ana Ruiz", FROM_ANA).status())
                .as("the countersignature is the business's, not needed for acceptance")
                .isEqualTo(QuoteStatus.ACCEPTED);
    }

    @Test
    void aNewVersionOfTheRequiredAgreement_blocksAcceptanceUntilSignedAgain() {
        Agreement msa = fixture.portal.agreements().send(owner, fixture.portal.agreements().createDraft(owner,
                new DraftAgreement(globex.id(), "MSA", AgreementDocument.text("Terms"), List.of(ana.id()))).id());
        fixture.portal.agreements().sign(asAna, msa.id(), 1, "Ana Ruiz", FROM_ANA);
        Quote sent = sentQuote(website().requiringAgreement(msa.id()));
        fixture.portal.agreements().edit(owner, msa.id(), new DraftAgreement(globex.id(), "MSA",
                AgreementDocument.text("New terms"), List.of(ana.id())));

        assertRejected(() -> quotes.accept(asAna, sent.id(), "Ana Ruiz", FROM_ANA),
                ErrorCode.QUOTE_AGREEMENT_UNSIGNED);
    }

    @Test
    void aRequiredAgreementMustBeTheClientsOwn() {
        Client initech = fixture.client(owner, "Initech");
        Contact ivan = fixture.contact(owner, initech, "Ivan Ito", Role.APPROVER);
        Agreement theirs = fixture.portal.agreements().createDraft(owner, new DraftAgreement(initech.id(), "MSA",
                AgreementDocument.text("Terms"), List.of(ivan.id())));

        assertRejected(() -> quotes.createDraft(owner, website().requiringAgreement(theirs.id())),
                ErrorCode.AGREEMENT_NOT_FOUND);
    }

    @Test
    void acceptingTwice_isATypedConflictAndCreatesNoMoreInvoices() {
        Quote sent = sentQuote(website());
        quotes.accept(asAna, sent.id(), "Ana Ruiz", FROM_ANA);

        assertRejected(() -> quotes.accept(asBob, sent.id(), "Bob Okafor", FROM_ANA),
                ErrorCode.QUOTE_ALREADY_ACCEPTED);

        assertThat(invoicing.list(owner, InvoiceFilter.ALL, 0, 10)).hasSize(1);
    }

    @Test
    void aQuoteAcceptedTwiceAtOnce_createsExactlyOneSetOfInvoices() {
        Quote sent = sentQuote(website().deposit(Deposit.percent("30")));

        List<Race.Outcome<Quote>> outcomes = Race.run(
                () -> quotes.accept(asAna, sent.id(), "Ana Ruiz", FROM_ANA),
                () -> quotes.accept(asBob, sent.id(), "Bob Okafor", FROM_ANA));

        assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded()).singleElement().satisfies(outcome ->
                assertThat(outcome.failure()).isInstanceOfSatisfying(PortalException.class, e -> assertThat(
                        e.errorCode()).isIn(ErrorCode.QUOTE_ALREADY_ACCEPTED, ErrorCode.CONCURRENT_MODIFICATION)));
        assertThat(invoicing.list(owner, InvoiceFilter.ALL, 0, 10)).as("one deposit invoice, one remainder")
                .hasSize(2);
        assertThat(fixture.eventsOf(QuoteAccepted.class)).hasSize(1);
        assertThat(quotes.get(owner, sent.id()).decisions()).hasSize(1);
    }

    @Test
    void anAcceptanceRacingARevision_endsWithExactlyOneOfThem() {
        Quote sent = sentQuote(website());

        List<Race.Outcome<Quote>> outcomes = Race.run(
                () -> quotes.accept(asAna, sent.id(), "Ana Ruiz", FROM_ANA),
                () -> quotes.revise(owner, sent.id(), website().discount(Discount.percent("5"))));

        assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded()).singleElement().satisfies(outcome ->
                assertThat(outcome.failure()).isInstanceOfSatisfying(PortalException.class, e -> assertThat(
                        e.errorCode()).isIn(ErrorCode.QUOTE_TRANSITION, ErrorCode.CONCURRENT_MODIFICATION)));
        Quote first = quotes.get(owner, sent.id());
        if (outcomes.get(0).succeeded()) {
            assertThat(first.status()).isEqualTo(QuoteStatus.ACCEPTED);
            assertThat(quotes.revisions(owner, sent.id())).hasSize(1);
        } else {
            assertThat(first.status()).isEqualTo(QuoteStatus.SUPERSEDED);
            assertThat(invoicing.list(owner, InvoiceFilter.ALL, 0, 10)).isEmpty();
        }
    }

    @Test
    void aFailingAcceptance_leavesNoInvoiceAndGivesItsNumbersBack() {
        Quote sent = sentQuote(website().deposit(Deposit.percent("30")));
        stores.failNextSaveOf(Quote.class);

        assertRejected(() -> quotes.accept(asAna, sent.id(), "Ana Ruiz", FROM_ANA), ErrorCode.CONCURRENT_MODIFICATION);

        assertThat(invoicing.list(owner, InvoiceFilter.ALL, 0, 10)).isEmpty();
        assertThat(quotes.get(owner, sent.id())).isEqualTo(sent);
        assertThat(fixture.eventsOf(QuoteAccepted.class)).isEmpty();
        Quote accepted = quotes.accept(asAna, sent.id(), "Ana Ruiz", FROM_ANA);
        assertThat(invoicing.get(owner, accepted.conversion().depositInvoiceId()).number())
                .isEqualTo("INV-2026-00001");
    }

    // ---- other client decisions ----

    @Test
    void rejectingWithAReason_isKeptWithItsEvidence() {
        Quote sent = sentQuote(website());
        assertRejected(() -> quotes.reject(asAna, sent.id(), "", FROM_ANA), ErrorCode.REQUIRED);

        Quote rejected = quotes.reject(asAna, sent.id(), "Over our budget", FROM_ANA);

        assertThat(rejected.status()).isEqualTo(QuoteStatus.REJECTED);
        assertThat(rejected.decisions()).singleElement().satisfies(decision -> {
            assertThat(decision.kind()).isEqualTo(QuoteDecision.Kind.REJECTED);
            assertThat(decision.text()).isEqualTo("Over our budget");
            assertThat(decision.evidence().contentHash()).isEqualTo(sent.contentHash());
        });
        assertThat(fixture.eventsOf(QuoteRejected.class)).singleElement()
                .extracting(QuoteRejected::reason).isEqualTo("Over our budget");
        assertThat(audit(rejected, "quote.rejected")).singleElement()
                .satisfies(entry -> assertThat(fixture.personalDataOf(owner, entry))
                        .containsEntry("reason", "Over our budget").containsEntry("evidence.address", "203.0.113.9"));
        assertRejected(() -> quotes.accept(asAna, sent.id(), "Ana Ruiz", FROM_ANA), ErrorCode.QUOTE_TRANSITION);
    }

    @Test
    void askingForChanges_keepsTheQuoteDecidable() {
        Quote sent = sentQuote(website());

        Quote changes = quotes.requestChanges(asAna, sent.id(), "Can you split the design line?", FROM_ANA);
        Quote again = quotes.requestChanges(asBob, sent.id(), "And add icons", FROM_ANA);

        assertThat(again.status()).isEqualTo(QuoteStatus.CHANGES_REQUESTED);
        assertThat(again.decisions()).extracting(QuoteDecision::text)
                .containsExactly("Can you split the design line?", "And add icons");
        assertThat(fixture.eventsOf(QuoteChangesRequested.class)).hasSize(2);
        assertThat(awaitingDecision(MARCH_2)).as("waits for the business now").isZero();
        assertThat(quotes.accept(asAna, changes.id(), "Ana Ruiz", FROM_ANA).status())
                .isEqualTo(QuoteStatus.ACCEPTED);
    }

    @Test
    void openingAQuote_recordsAQuoteView() {
        Quote sent = sentQuote(website());

        assertThat(quotes.open(asAna, sent.id(), FROM_ANA)).isEqualTo(sent);

        DocumentRef ref = DocumentRef.of(DocumentType.QUOTE, sent.id());
        assertThat(fixture.portal.analytics().views(owner, ref, 10)).singleElement()
                .satisfies(view -> assertThat(view.viewerKey()).isEqualTo("contact:" + ana.id()));
        assertThat(fixture.eventsOf(DocumentFirstViewed.class)).extracting(DocumentFirstViewed::document)
                .containsExactly(ref);
    }

    // ---- the business ----

    @Test
    void revising_sendsANewRevisionUnderTheSameNumberAndSupersedesTheOldOne() {
        Quote first = sentQuote(website());
        quotes.requestChanges(asAna, first.id(), "Cheaper please", FROM_ANA);

        Quote second = quotes.revise(owner, first.id(), website().discount(Discount.percent("10")));

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.number()).isEqualTo(first.number());
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.previousRevision()).isEqualTo(first.id());
        assertThat(second.status()).isEqualTo(QuoteStatus.SENT);
        assertThat(second.total()).isEqualTo(usd("990.00"));
        assertThat(second.contentHash()).isNotEqualTo(first.contentHash());
        assertThat(quotes.get(owner, first.id()).status()).isEqualTo(QuoteStatus.SUPERSEDED);
        assertThat(quotes.revisions(owner, second.id())).extracting(Quote::revision).containsExactly(1, 2);
        assertThat(fixture.eventsOf(QuoteRevised.class)).singleElement()
                .extracting(QuoteRevised::previousRevision).isEqualTo(first.id());
        assertRejected(() -> quotes.accept(asAna, first.id(), "Ana Ruiz", FROM_ANA), ErrorCode.QUOTE_TRANSITION)
                .hasMessageContaining("SUPERSEDED");
        assertThat(awaitingDecision(MARCH_2)).isEqualTo(1);
        assertThat(quotes.accept(asAna, second.id(), "Ana Ruiz", FROM_ANA).total()).isEqualTo(usd("990.00"));
    }

    @Test
    void anAcceptedQuote_isNeitherRevisedNorVoided_butItsAcceptanceCanBeReversed() {
        Quote accepted = quotes.accept(asAna, sentQuote(website()).id(), "Ana Ruiz", FROM_ANA);

        assertRejected(() -> quotes.revise(owner, accepted.id(), website()), ErrorCode.QUOTE_TRANSITION);
        assertRejected(() -> quotes.voidQuote(owner, accepted.id(), "oops"), ErrorCode.QUOTE_TRANSITION)
                .hasMessageContaining("REVERSED");
    }

    @Test
    void voidingAQuote_withdrawsIt() {
        Quote sent = sentQuote(website());

        Quote voided = quotes.voidQuote(owner, sent.id(), "Project cancelled");

        assertThat(voided.status()).isEqualTo(QuoteStatus.VOID);
        assertThat(voided.decisions()).extracting(QuoteDecision::kind).containsExactly(QuoteDecision.Kind.VOIDED);
        assertThat(fixture.eventsOf(QuoteVoided.class)).singleElement().extracting(QuoteVoided::reason)
                .isEqualTo("Project cancelled");
        assertRejected(() -> quotes.accept(asAna, sent.id(), "Ana Ruiz", FROM_ANA), ErrorCode.QUOTE_TRANSITION);
        assertThat(awaitingDecision(MARCH_2)).isZero();
    }

    @Test
    void reversingAnAcceptance_voidsTheUnpaidDepositInvoiceAndDiscardsTheRemainder() {
        Quote accepted = quotes.accept(asAna, sentQuote(website().deposit(Deposit.percent("30"))).id(), "Ana Ruiz",
                FROM_ANA);
        QuoteConversion invoices = accepted.conversion();

        Quote reversed = quotes.reverseAcceptance(owner, accepted.id(), "Accepted by mistake");

        assertThat(reversed.status()).isEqualTo(QuoteStatus.REVERSED);
        assertThat(reversed.conversion()).as("kept as history").isEqualTo(invoices);
        assertThat(invoicing.get(owner, invoices.depositInvoiceId()).status()).isEqualTo(InvoiceStatus.VOID);
        assertRejected(() -> invoicing.get(owner, invoices.invoiceId()), ErrorCode.INVOICE_NOT_FOUND);
        assertThat(fixture.eventsOf(QuoteAcceptanceReversed.class)).singleElement().satisfies(event -> {
            assertThat(event.voidedInvoices()).containsExactly(invoices.depositInvoiceId());
            assertThat(event.discardedInvoices()).containsExactly(invoices.invoiceId());
        });
        assertThat(audit(reversed, "quote.acceptance_reversed")).singleElement().satisfies(entry -> assertThat(
                entry.details()).containsEntry("evidence.actor", owner.actor()).doesNotContainKey("reason"));
        assertThat(audit(reversed, "quote.acceptance_reversed")).singleElement().satisfies(entry -> assertThat(
                fixture.personalDataOf(owner, entry)).containsEntry("reason", "Accepted by mistake"));
        assertThat(quotes.revise(owner, reversed.id(), website()).revision()).isEqualTo(2);
    }

    @Test
    void reversingIsRefusedWhileAnInvoiceOfTheAcceptanceHoldsMoney_untilTheBusinessCreditsIt() {
        Quote accepted = quotes.accept(asAna, sentQuote(website().deposit(Deposit.percent("30"))).id(), "Ana Ruiz",
                FROM_ANA);
        QuoteConversion invoices = accepted.conversion();
        fixture.portal.payments().record(owner, RecordPayment.manual(globex.id(), usd("100.00"), PaymentMethod.CARD,
                "card-1").allocateTo(invoices.depositInvoiceId()));

        assertRejected(() -> quotes.reverseAcceptance(owner, accepted.id(), "client withdrew"),
                ErrorCode.QUOTE_NOT_REVERSIBLE).hasMessageContaining("INV-2026-00001");

        assertThat(quotes.get(owner, accepted.id()).status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(invoicing.get(owner, invoices.invoiceId()).status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(invoicing.get(owner, invoices.depositInvoiceId()).status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);

        invoicing.issueCreditNote(owner, IssueCreditNote.full(invoices.depositInvoiceId(), "client withdrew"));
        Quote reversed = quotes.reverseAcceptance(owner, accepted.id(), "client withdrew");

        assertThat(reversed.status()).isEqualTo(QuoteStatus.REVERSED);
        assertThat(fixture.portal.clients().get(owner, globex.id()).creditBalance(USD))
                .as("what was paid stays the client's credit").isEqualTo(usd("100.00"));
    }

    @Test
    void quotesAwaitingTheClientsDecision_areCountedForItsDashboard() {
        sentQuote(website());
        sentQuote(website().expiresOn(MARCH_2.plusDays(2)));
        quotes.createDraft(owner, website());

        assertThat(awaitingDecision(MARCH_2)).isEqualTo(2);
        assertThat(awaitingDecision(MARCH_2.plusDays(3))).isEqualTo(1);
    }

    private Quote sentQuote(DraftQuote draft) {
        return quotes.send(owner, quotes.createDraft(owner, draft).id());
    }

    /** USD 1000 + 10 % VAT = USD 1100.00. */
    private DraftQuote website() {
        return DraftQuote.forClient(globex.id()).line("Website", "1", "", usd("1000.00"), VAT);
    }

    private long awaitingDecision(LocalDate today) {
        return fixture.stores.transactions().inTransaction(() -> fixture.stores.quotes()
                .countAwaitingDecision(owner.workspaceId(), globex.id(), today));
    }

    private List<AuditEntry> audit(Quote quote, String action) {
        return fixture.portal.audit().forSubject(owner, "quote", quote.id().toString()).stream()
                .filter(entry -> entry.action().equals(action)).toList();
    }

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }
}
