package dev.clientportal.core.contract;

import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.agreement.AgreementDocument;
import dev.clientportal.core.agreement.DraftAgreement;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.clientview.DashboardFacts;
import dev.clientportal.core.clientview.DashboardFacts.MovementSum;
import dev.clientportal.core.clientview.DashboardQueries;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.quote.DraftQuote;
import dev.clientportal.core.receivables.StatementLine.Kind;
import java.util.HashSet;
import java.util.Map;
import dev.clientportal.core.approval.ApprovalRule;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.invoice.IssueCreditNote;
import dev.clientportal.core.messaging.MessageContent;
import dev.clientportal.core.messaging.NewThread;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentId;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.PaymentStatus;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.payment.RefundPayment;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.clientview.CreditNoteSummary;
import dev.clientportal.core.clientview.InvoiceDetailFacts;
import dev.clientportal.core.clientview.InvoiceListQuery;
import dev.clientportal.core.clientview.InvoiceListQuery.Show;
import dev.clientportal.core.clientview.InvoiceRow;
import dev.clientportal.core.clientview.InvoiceRowFilter;
import dev.clientportal.core.clientview.InvoiceSummary;
import dev.clientportal.core.clientview.OpenInvoiceTotals;
import dev.clientportal.core.clientview.Page;
import dev.clientportal.core.clientview.BalanceDue;
import dev.clientportal.core.clientview.ClientDashboard;
import dev.clientportal.core.clientview.PaymentSummary;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static dev.clientportal.core.contract.InvoiceBuilder.anInvoice;
import static dev.clientportal.core.money.CurrencyUnit.EUR;
import static dev.clientportal.core.money.CurrencyUnit.GBP;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The contract of {@link dev.clientportal.core.clientview.PortalViewQueries}, over Globex's month at Acme (USD, net 30),
 * played through the portal, and read on {@link #TODAY}:
 * <pre>
 * 03-02 I1 100.00 due 04-01;  Hooli: H1 500.00;  Initech's own "Globex": 777.00
 * 03-03 I2 250.00 due 04-02
 * 03-04 I3 300.00, voided;  a draft of 999.00, never issued
 * 03-05 wire-1 40.00 → I1;  credit note 10.00 on I1 (I1 owes 50.00)
 * 03-06 wire-2 250.00 → I2 (paid)
 * 03-07 E1 EUR 80.00 due 04-06, imported straight into the store
 * 03-08 wire-3 20.00 → credit;  03-09 5.00 of it refunded
 * </pre>
 */
public abstract class PortalViewQueriesContract extends StoreContract {

    /** The day the views are read on: I1 and E1 are overdue. */
    static final LocalDate TODAY = LocalDate.of(2026, 4, 10);
    /** Every issued invoice, whatever its dates. */
    private static final InvoiceRowFilter ALL = new InvoiceRowFilter(EnumSet.complementOf(EnumSet.of(
            InvoiceStatus.DRAFT)), Optional.empty(), Optional.empty());

    private PortalFixture fixture;
    private StaffPrincipal owner;
    private WorkspaceId acme;
    private WorkspaceId initech;
    private Client globex;
    private Client hooli;
    private Client theirGlobex;
    private Invoice i1;
    private Invoice i2;
    private Invoice i3;
    private Invoice e1;
    private Invoice h1;
    private Invoice draft;
    private Invoice theirs;
    private CreditNote note;
    private Payment wire1;
    private Payment wire2;
    private Payment wire3;

    @BeforeEach
    void playTheMonth() {
        fixture = PortalFixture.over(stores);
        owner = fixture.workspace("Acme", USD);
        StaffPrincipal initechOwner = fixture.workspace("Initech", USD);
        acme = owner.workspaceId();
        initech = initechOwner.workspaceId();
        globex = fixture.client(owner, "Globex");
        hooli = fixture.client(owner, "Hooli");
        theirGlobex = fixture.client(initechOwner, "Globex");
        i1 = fixture.issuedInvoice(owner, globex, "100.00");
        h1 = fixture.issuedInvoice(owner, hooli, "500.00");
        theirs = fixture.issuedInvoice(initechOwner, theirGlobex, "777.00");
        on(3);
        i2 = fixture.issuedInvoice(owner, globex, "250.00");
        on(4);
        i3 = fixture.portal.invoicing().voidInvoice(owner, fixture.issuedInvoice(owner, globex, "300.00").id(),
                "issued in error");
        draft = fixture.portal.invoicing().createDraft(owner, DraftInvoice.forClient(globex.id())
                .line("Retainer", "1", "month", usd("999.00")));
        on(5);
        wire1 = pay(owner, "40.00", "wire-1", i1.id());
        note = fixture.portal.invoicing().issueCreditNote(owner, IssueCreditNote.partial(i1.id(), "rounding",
                LineItem.of("Rounding", "1", "", usd("10.00"))));
        on(6);
        wire2 = pay(owner, "250.00", "wire-2", i2.id());
        on(7);
        e1 = inTransaction(() -> stores.invoices().save(anInvoice(acme, globex.id()).amount("80.00", EUR)
                .issued("IMPORTED-1", LocalDate.of(2026, 3, 7)).build()));
        on(8);
        wire3 = pay(owner, "20.00", "wire-3", null);
        on(9);
        wire3 = fixture.portal.payments().refund(owner, RefundPayment.of(wire3.id(), usd("5.00"), "rf-1",
                "overpaid"));
        i1 = fixture.portal.invoicing().get(owner, i1.id());
        i2 = fixture.portal.invoicing().get(owner, i2.id());
    }

    @Test
    void openTotals_sumWhatIsOwedPerCurrency_countingOverdueBeforeTheDayAsked() {
        assertThat(inTransaction(() -> stores.portalViewQueries().openTotals(acme, globex.id(), TODAY)))
                .containsExactlyInAnyOrder(
                        new OpenInvoiceTotals(Money.of("80.00", EUR), LocalDate.of(2026, 4, 6), 1, 1),
                        new OpenInvoiceTotals(usd("50.00"), LocalDate.of(2026, 4, 1), 1, 1));
        // overdue means a next due date strictly before the day: I1 is due on 04-01 itself
        assertThat(inTransaction(() -> stores.portalViewQueries().openTotals(acme, globex.id(),
                LocalDate.of(2026, 4, 1)))).extracting(OpenInvoiceTotals::overdueInvoices).containsExactly(0, 0);
        assertThat(inTransaction(() -> stores.portalViewQueries().openTotals(initech, globex.id(), TODAY)))
                .isEmpty();
    }

    @Test
    void openInvoices_arePayableRows_earliestNextDueDateFirst_thenByNumber_upToTheLimit() {
        assertThat(inTransaction(() -> stores.portalViewQueries().openInvoices(acme, globex.id(), 50)))
                .containsExactly(InvoiceRow.of(i1), InvoiceRow.of(e1));
        assertThat(inTransaction(() -> stores.portalViewQueries().openInvoices(acme, globex.id(), 1)))
                .containsExactly(InvoiceRow.of(i1));
    }

    /** Two invoices due the same day come by number, compared as binary strings ("INV-10" before "INV-9"). */
    @Test
    void openInvoices_dueTheSameDay_comeByNumber() {
        Invoice nine = inTransaction(() -> stores.invoices().save(anInvoice(acme, hooli.id()).amount("9.00", USD)
                .issued("INV-9", LocalDate.of(2026, 3, 2)).build()));
        Invoice ten = inTransaction(() -> stores.invoices().save(anInvoice(acme, hooli.id()).amount("10.00", USD)
                .issued("INV-10", LocalDate.of(2026, 3, 2)).build()));

        assertThat(inTransaction(() -> stores.portalViewQueries().openInvoices(acme, hooli.id(), 50)))
                .extracting(InvoiceRow::number).containsSubsequence(ten.number(), nine.number());
    }

    @Test
    void theInvoiceList_holdsTheIssuedInvoicesNewestFirst_neverTheDraft() {
        Page<InvoiceRow> page = invoices(globex, ALL, 0, 100);

        assertThat(page.items()).extracting(InvoiceRow::id).containsExactly(e1.id(), i3.id(), i2.id(), i1.id());
        assertThat(page.items().get(3)).isEqualTo(new InvoiceRow(i1.id(), i1.number(), InvoiceStatus.PARTIALLY_PAID,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1), usd("100.00"), usd("50.00")));
        assertThat(page.total()).isEqualTo(4);
    }

    /**
     * The filter's three column conditions: statuses; payable and next due before a day; payable and next due on
     * or after a day. I1 (due 04-01) and E1 (due 04-06) are payable; I2 is paid, I3 void.
     */
    @Test
    void theInvoiceList_filtersOnStoredColumns_andPages_withTheTotalOfTheFilter() {
        assertThat(ids(new InvoiceRowFilter(Set.of(), Optional.of(TODAY), Optional.empty())))
                .containsExactly(e1.id(), i1.id());
        assertThat(ids(new InvoiceRowFilter(Set.of(), Optional.of(LocalDate.of(2026, 4, 6)), Optional.empty())))
                .containsExactly(i1.id());
        assertThat(ids(new InvoiceRowFilter(Set.of(), Optional.empty(), Optional.of(LocalDate.of(2026, 4, 6)))))
                .containsExactly(e1.id());
        assertThat(ids(new InvoiceRowFilter(Set.of(InvoiceStatus.PAID), Optional.empty(), Optional.empty())))
                .containsExactly(i2.id());
        assertThat(ids(new InvoiceRowFilter(Set.of(InvoiceStatus.VOID), Optional.of(LocalDate.of(2026, 4, 6)),
                Optional.empty()))).containsExactly(i3.id(), i1.id());
        assertThat(ids(new InvoiceRowFilter(Set.of(), Optional.empty(), Optional.of(TODAY)))).isEmpty();

        Page<InvoiceRow> second = invoices(globex, ALL, 2, 2);
        assertThat(second.items()).extracting(InvoiceRow::id).containsExactly(i2.id(), i1.id());
        assertThat(second.offset()).isEqualTo(2);
        assertThat(second.limit()).isEqualTo(2);
        assertThat(second.total()).isEqualTo(4);
        assertThat(invoices(globex, ALL, 4, 2).items()).isEmpty();
    }

    /** Core reads the client's list from those facts: the same invoices, classified on the day. */
    @Test
    void theClientsListFilters_readThroughTheUseCase() {
        PortalPrincipal preview = PortalPrincipal.staffPreview(owner, globex.id());
        fixture.moveTo(TODAY);

        assertThat(fixture.portal.clientViews().invoices(preview, InvoiceListQuery.only(10, Show.OVERDUE)).items())
                .extracting(InvoiceSummary::id).containsExactly(e1.id(), i1.id());
        assertThat(fixture.portal.clientViews().invoices(preview, InvoiceListQuery.only(10, Show.DUE)).items())
                .isEmpty();
        assertThat(fixture.portal.clientViews().invoices(preview, InvoiceListQuery.all(100)).items().get(3))
                .isEqualTo(i1Summary());
    }

    @Test
    void theInvoiceDetailFacts_areTheInvoiceWithItsPaymentsAndCreditNotes() {
        assertThat(detail(acme, globex, i1.id())).contains(i1);
        assertThat(inTransaction(() -> stores.portalViewQueries().invoicePayments(acme, i1.id())))
                .containsExactly(wire1Summary());
        assertThat(inTransaction(() -> stores.portalViewQueries().invoiceCreditNotes(acme, i1.id())))
                .containsExactly(new CreditNoteSummary(note.id(), note.number(), LocalDate.of(2026, 3, 5),
                        usd("10.00"), "rounding"));
        assertThat(inTransaction(() -> stores.portalViewQueries().invoicePayments(initech, i1.id()))).isEmpty();
    }

    @Test
    void theInvoiceDetail_isEmptyForADraft_anotherClientsInvoice_andAnotherWorkspace() {
        assertThat(detail(acme, globex, draft.id())).isEmpty();
        assertThat(detail(acme, hooli, i1.id())).isEmpty();
        assertThat(detail(initech, globex, i1.id())).isEmpty();
        assertThat(detail(acme, theirGlobex, theirs.id())).isEmpty();
    }

    /**
     * On 03-10 a new invoice N and I1 share a payment (N's part first) and I1 gets a second credit note: for every
     * invoice of the month the detail facts in one answer are the three separate answers, a shared payment naming its
     * invoices in allocation order; a draft, another client's and another workspace's invoice have none.
     */
    @Test
    void theInvoiceDetailFactsInOneAnswer_areTheSeparateAnswers() {
        on(10);
        Invoice n = fixture.issuedInvoice(owner, globex, "60.00");
        Payment shared = fixture.portal.payments().record(owner, RecordPayment.manual(globex.id(), usd("30.00"),
                PaymentMethod.BANK_TRANSFER, "wire-4").allocate(n.id(), usd("20.00")).allocate(i1.id(), usd("10.00")));
        CreditNote goodwill = fixture.portal.invoicing().issueCreditNote(owner, IssueCreditNote.partial(i1.id(),
                "goodwill", LineItem.of("Goodwill", "1", "", usd("5.00"))));
        i1 = fixture.portal.invoicing().get(owner, i1.id());
        n = fixture.portal.invoicing().get(owner, n.id());

        for (Invoice invoice : List.of(i1, i2, i3, e1, n, h1)) {
            Client client = invoice.clientId().equals(hooli.id()) ? hooli : globex;
            assertThat(detailFacts(acme, client, invoice.id())).contains(new InvoiceDetailFacts(invoice,
                    inTransaction(() -> stores.portalViewQueries().invoicePayments(acme, invoice.id())),
                    inTransaction(() -> stores.portalViewQueries().invoiceCreditNotes(acme, invoice.id()))));
        }
        InvoiceDetailFacts ofI1 = detailFacts(acme, globex, i1.id()).orElseThrow();
        assertThat(ofI1.invoice().amountDue()).isEqualTo(usd("35.00"));
        assertThat(ofI1.payments()).containsExactly(wire1Summary(), new PaymentSummary(shared.id(),
                LocalDate.of(2026, 3, 10), usd("30.00"), PaymentMethod.BANK_TRANSFER, PaymentStatus.SUCCEEDED,
                "wire-4", usd("0.00"), List.of(n.number(), i1.number())));
        assertThat(ofI1.creditNotes()).extracting(CreditNoteSummary::number, CreditNoteSummary::total,
                        CreditNoteSummary::reason)
                .containsExactly(tuple(note.number(), usd("10.00"), "rounding"),
                        tuple(goodwill.number(), usd("5.00"), "goodwill"));
        assertThat(detailFacts(acme, globex, i2.id()).orElseThrow().creditNotes()).isEmpty();
        assertThat(detailFacts(acme, globex, draft.id())).isEmpty();
        assertThat(detailFacts(acme, hooli, i1.id())).isEmpty();
        assertThat(detailFacts(initech, globex, i1.id())).isEmpty();
        assertThat(detailFacts(acme, theirGlobex, theirs.id())).isEmpty();
    }

    @Test
    void thePaymentHistory_isNewestFirst_inPages() {
        Page<PaymentSummary> all = inTransaction(() -> stores.portalViewQueries().payments(acme, globex.id(), 0, 10));
        Page<PaymentSummary> second = inTransaction(() -> stores.portalViewQueries().payments(acme, globex.id(), 1,
                1));

        assertThat(all.items()).containsExactly(wire3Summary(), wire2Summary(), wire1Summary());
        assertThat(all.total()).isEqualTo(3);
        assertThat(second.items()).containsExactly(wire2Summary());
        assertThat(second.total()).isEqualTo(3);
    }

    /**
     * Payments received and recorded at the same moment come by id, descending in UUID order: the unsigned order
     * of the 16 bytes, which is the order of the lowercase text (a signed comparison of the high half would put
     * 8000… before 7fff…).
     */
    @Test
    void paymentsOfTheSameMoment_comeByIdInUnsignedUuidOrder() {
        Payment low = inTransaction(() -> stores.payments().save(PaymentBuilder.aPayment(acme, hooli.id(), "low")
                .id(new PaymentId(UUID.fromString("7fffffff-ffff-7fff-bfff-ffffffffffff"))).toCredit("1.00")
                .build()));
        Payment high = inTransaction(() -> stores.payments().save(PaymentBuilder.aPayment(acme, hooli.id(), "high")
                .id(new PaymentId(UUID.fromString("80000000-0000-7000-8000-000000000000"))).toCredit("1.00")
                .build()));

        assertThat(inTransaction(() -> stores.portalViewQueries().payments(acme, hooli.id(), 0, 10)).items())
                .extracting(PaymentSummary::id).containsExactly(high.id(), low.id());
    }

    /**
     * Hooli wired 100.00 of H1 on 03-10; a card payment of the rest failed on 03-11 and a bank debit of it, started on
     * 03-12, is still clearing. The history, H1's payments and the dashboard say where each stands, and only the wire
     * paid anything: H1 still owes 400.00, and the client's balance with it.
     */
    @Test
    void eachPaymentSaysWhereItStands_aPendingOrFailedOneNeverAsReceived() {
        on(10);
        Payment wire = fixture.portal.payments().record(owner, RecordPayment.manual(hooli.id(), usd("100.00"),
                PaymentMethod.BANK_TRANSFER, "wire-h").allocateTo(h1.id()));
        h1 = fixture.portal.invoicing().get(owner, h1.id());
        Payment failed = inTransaction(() -> stores.payments().save(PaymentBuilder.aPayment(acme, hooli.id(), "card-h")
                .via("stripe", PaymentMethod.CARD).allocate(h1, "400.00").receivedOn(LocalDate.of(2026, 3, 11))
                .pending().build().failed()));
        Payment pending = inTransaction(() -> stores.payments().save(PaymentBuilder.aPayment(acme, hooli.id(),
                "debit-h").via("stripe", PaymentMethod.DIRECT_DEBIT).allocate(h1, "400.00")
                .receivedOn(LocalDate.of(2026, 3, 12)).pending().build()));
        PaymentSummary wireSeen = new PaymentSummary(wire.id(), LocalDate.of(2026, 3, 10), usd("100.00"),
                PaymentMethod.BANK_TRANSFER, PaymentStatus.SUCCEEDED, "wire-h", usd("0.00"), List.of(h1.number()));
        PaymentSummary failedSeen = new PaymentSummary(failed.id(), LocalDate.of(2026, 3, 11), usd("400.00"),
                PaymentMethod.CARD, PaymentStatus.FAILED, "card-h", usd("0.00"), List.of(h1.number()));
        PaymentSummary pendingSeen = new PaymentSummary(pending.id(), LocalDate.of(2026, 3, 12), usd("400.00"),
                PaymentMethod.DIRECT_DEBIT, PaymentStatus.PENDING, "debit-h", usd("0.00"), List.of(h1.number()));

        assertThat(inTransaction(() -> stores.portalViewQueries().payments(acme, hooli.id(), 0, 10)).items())
                .containsExactly(pendingSeen, failedSeen, wireSeen);
        assertThat(inTransaction(() -> stores.portalViewQueries().invoicePayments(acme, h1.id())))
                .containsExactly(wireSeen, failedSeen, pendingSeen);
        assertThat(inTransaction(() -> stores.dashboardQueries().dashboardFacts(acme, hooli.id(), Optional.empty(),
                owner.actor(), TODAY, 50, 2)).recentPayments()).containsExactly(pendingSeen, failedSeen);
        fixture.moveTo(TODAY);
        ClientDashboard seen = fixture.portal.clientViews().dashboard(PortalPrincipal.staffPreview(owner,
                hooli.id()));
        assertThat(seen.recentPayments()).containsExactly(pendingSeen, failedSeen, wireSeen)
                .extracting(PaymentSummary::isReceived).containsExactly(false, false, true);
        assertThat(seen.balances()).extracting(BalanceDue::amountDue, BalanceDue::balance)
                .containsExactly(tuple(usd("400.00"), usd("400.00")));
    }

    /**
     * A request under the ALL rule naming Ana and Ben, approved by Ana, waits for Ben only; without a contact it
     * counts for the client (a staff preview). A welcome message from the business is unread by Ana, not by its
     * author. Hooli has nothing waiting.
     */
    @Test
    void theCounts_sayWhatWaitsForAContactOrForTheClient() {
        ContactId ana = storedContact(acme, globex.id(), "Ana Ruiz").id();
        ContactId ben = storedContact(acme, globex.id(), "Ben Ode").id();
        inTransaction(() -> stores.deliverables().save(DeliverableSamples.requested(acme, globex.id(), "Logo",
                Samples.CREATED, ApprovalRule.ALL, List.of(ana, ben), List.of(ana))));
        fixture.portal.messaging().startThread(owner, globex.id(), NewThread.titled("Welcome",
                MessageContent.text("Your portal is ready")));

        assertThat(inTransaction(() -> stores.portalViewQueries().approvalsAwaiting(acme, globex.id(),
                Optional.of(ben)))).isEqualTo(1);
        assertThat(inTransaction(() -> stores.portalViewQueries().approvalsAwaiting(acme, globex.id(),
                Optional.of(ana)))).isZero();
        assertThat(inTransaction(() -> stores.portalViewQueries().approvalsAwaiting(acme, globex.id(),
                Optional.empty()))).isEqualTo(1);
        assertThat(inTransaction(() -> stores.portalViewQueries().approvalsAwaiting(acme, hooli.id(),
                Optional.empty()))).isZero();
        assertThat(inTransaction(() -> stores.portalViewQueries().unreadMessages(acme, globex.id(),
                "contact:ana"))).isEqualTo(1);
        assertThat(inTransaction(() -> stores.portalViewQueries().unreadMessages(acme, globex.id(),
                owner.actor()))).isZero();
        assertThat(inTransaction(() -> stores.portalViewQueries().unreadMessages(acme, hooli.id(),
                "contact:ana"))).isZero();
        assertThat(inTransaction(() -> stores.portalViewQueries().signaturesAwaiting(acme, globex.id(),
                Optional.empty()))).isZero();
        assertThat(inTransaction(() -> stores.portalViewQueries().quotesAwaiting(acme, globex.id(), TODAY)))
                .isZero();
    }

    /**
     * The dashboard's facts in one answer are the separate ports' answers, for an approver who approved, a billing
     * contact still awaited, another client's contact and a preview, on a day the quote is open and on {@link #TODAY}:
     * on top of the month, a pending approval, an agreement for Ana to sign, a sent quote, an unread message and credit in a
     * currency with nothing open (GBP).
     */
    @Test
    void theDashboardFacts_areTheSeparateFactsInOneAnswer() {
        Contact ana = fixture.contact(owner, globex, "Ana Ruiz", Role.APPROVER);
        Contact ben = fixture.contact(owner, globex, "Ben Ode", Role.BILLING);
        Contact hal = fixture.contact(owner, hooli, "Hal Ito", Role.APPROVER);
        inTransaction(() -> stores.deliverables().save(DeliverableSamples.requested(acme, globex.id(), "Logo",
                Samples.CREATED, ApprovalRule.ALL, List.of(ana.id(), ben.id()), List.of(ana.id()))));
        fixture.portal.messaging().startThread(owner, globex.id(), NewThread.titled("Welcome",
                MessageContent.text("Your portal is ready")));
        fixture.portal.quotes().send(owner, fixture.portal.quotes().createDraft(owner,
                DraftQuote.forClient(globex.id()).line("Website", "1", "", usd("900.00"))).id());
        fixture.portal.agreements().send(owner, fixture.portal.agreements().createDraft(owner,
                new DraftAgreement(globex.id(), "Terms", AgreementDocument.text("We work for Globex."),
                        List.of(ana.id()))).id());
        fixture.portal.payments().record(owner, RecordPayment.manual(globex.id(), Money.of("30.00", GBP),
                PaymentMethod.BANK_TRANSFER, "wire-gbp"));
        LocalDate quoteOpen = LocalDate.of(2026, 3, 10);
        DashboardQueries separate = DashboardQueries.composedOf(stores.portalViewQueries(), stores.receivables(),
                stores.clients(), stores.contacts());

        for (LocalDate day : List.of(quoteOpen, TODAY)) {
            for (Optional<ContactId> contact : List.of(Optional.of(ana.id()), Optional.of(ben.id()),
                    Optional.of(hal.id()), Optional.<ContactId>empty())) {
                for (int limit : new int[] {1, 50}) {
                    assertSameFacts(facts(stores.dashboardQueries(), acme, contact, day, limit),
                            facts(separate, acme, contact, day, limit));
                }
            }
        }
        DashboardFacts forAna = facts(stores.dashboardQueries(), acme, Optional.of(ana.id()), quoteOpen, 50);
        assertThat(forAna.openInvoices()).containsExactly(InvoiceRow.of(i1), InvoiceRow.of(e1));
        assertThat(forAna.recentPayments()).extracting(PaymentSummary::reference).startsWith("wire-gbp", "wire-3");
        assertThat(forAna.creditBalances()).isEqualTo(Map.of(USD, usd("15.00"), GBP, Money.of("30.00", GBP)));
        assertThat(forAna.movementSums()).filteredOn(sum -> sum.amount().currency().equals(USD))
                .containsExactlyInAnyOrder(sum(Kind.INVOICE, "650.00", "0.00"), sum(Kind.VOID, "300.00", "0.00"),
                        sum(Kind.CREDIT_NOTE, "10.00", "0.00"), sum(Kind.PAYMENT, "310.00", "0.00"),
                        sum(Kind.REFUND, "5.00", "0.00"));
        assertThat(forAna.viewerRoles()).containsExactly(Role.APPROVER);
        assertThat(List.of(forAna.approvalsAwaiting(), forAna.signaturesAwaiting(), forAna.quotesAwaiting(),
                forAna.unreadMessages())).containsExactly(0, 1, 1, 1);
        DashboardFacts forBen = facts(stores.dashboardQueries(), acme, Optional.of(ben.id()), TODAY, 50);
        assertThat(List.of(forBen.approvalsAwaiting(), forBen.signaturesAwaiting(), forBen.quotesAwaiting()))
                .containsExactly(1, 0, 0);
        assertThat(facts(stores.dashboardQueries(), acme, Optional.of(hal.id()), TODAY, 50).viewerRoles())
                .isEmpty();
        DashboardFacts elsewhere = facts(stores.dashboardQueries(), initech, Optional.of(ana.id()), TODAY, 50);
        assertThat(elsewhere.openInvoices()).isEmpty();
        assertThat(elsewhere.recentPayments()).isEmpty();
        assertThat(elsewhere.openTotals()).isEmpty();
        assertThat(elsewhere.creditBalances()).isEmpty();
        assertThat(elsewhere.movementSums()).isEmpty();
        assertThat(elsewhere.viewerRoles()).isEmpty();
        assertThat(List.of(elsewhere.approvalsAwaiting(), elsewhere.signaturesAwaiting(), elsewhere.quotesAwaiting(),
                elsewhere.unreadMessages())).containsOnly(0);
    }

    @Test
    void everyViewIsScopedToOneClientOfOneWorkspace() {
        assertThat(invoices(theirGlobex, ALL, 0, 100).items()).extracting(InvoiceRow::id)
                .containsExactly(theirs.id());
        assertThat(inTransaction(() -> stores.portalViewQueries().invoices(acme, theirGlobex.id(), ALL, 0, 100))
                .items()).isEmpty();
        assertThat(inTransaction(() -> stores.portalViewQueries().invoices(initech, globex.id(), ALL, 0, 100))
                .total()).isZero();
        assertThat(inTransaction(() -> stores.portalViewQueries().openInvoices(initech, globex.id(), 50))).isEmpty();
        assertThat(inTransaction(() -> stores.portalViewQueries().payments(acme, hooli.id(), 0, 10)).items())
                .isEmpty();
    }

    private InvoiceSummary i1Summary() {
        return new InvoiceSummary(i1.id(), i1.number(), InvoiceStatus.PARTIALLY_PAID, true, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 4, 1), usd("100.00"), usd("50.00"));
    }

    private PaymentSummary wire1Summary() {
        return new PaymentSummary(wire1.id(), LocalDate.of(2026, 3, 5), usd("40.00"), PaymentMethod.BANK_TRANSFER,
                PaymentStatus.SUCCEEDED, "wire-1", usd("0.00"), List.of(i1.number()));
    }

    private PaymentSummary wire2Summary() {
        return new PaymentSummary(wire2.id(), LocalDate.of(2026, 3, 6), usd("250.00"), PaymentMethod.BANK_TRANSFER,
                PaymentStatus.SUCCEEDED, "wire-2", usd("0.00"), List.of(i2.number()));
    }

    private PaymentSummary wire3Summary() {
        return new PaymentSummary(wire3.id(), LocalDate.of(2026, 3, 8), usd("20.00"), PaymentMethod.BANK_TRANSFER,
                PaymentStatus.PARTIALLY_REFUNDED, "wire-3", usd("5.00"), List.of());
    }

    private DashboardFacts facts(DashboardQueries queries, WorkspaceId workspace, Optional<ContactId> contact,
                                 LocalDate day, int limit) {
        return inTransaction(() -> queries.dashboardFacts(workspace, globex.id(), contact, "contact:ana", day, limit,
                limit));
    }

    /**
     * The same facts: lists in their promised order, totals and sums in any, and the movement sums of the currencies
     * the separate answer covers (one answer may cover more).
     */
    private static void assertSameFacts(DashboardFacts actual, DashboardFacts expected) {
        assertThat(actual.openInvoices()).isEqualTo(expected.openInvoices());
        assertThat(actual.recentPayments()).isEqualTo(expected.recentPayments());
        assertThat(actual.openTotals()).containsExactlyInAnyOrderElementsOf(expected.openTotals());
        assertThat(actual.creditBalances()).isEqualTo(expected.creditBalances());
        Set<CurrencyUnit> covered = new HashSet<>(expected.creditBalances().keySet());
        expected.openTotals().forEach(total -> covered.add(total.amountDue().currency()));
        assertThat(actual.movementSums()).filteredOn(sum -> covered.contains(sum.amount().currency()))
                .containsExactlyInAnyOrderElementsOf(expected.movementSums());
        assertThat(actual.viewerRoles()).isEqualTo(expected.viewerRoles());
        assertThat(List.of(actual.approvalsAwaiting(), actual.signaturesAwaiting(), actual.quotesAwaiting(),
                actual.unreadMessages())).isEqualTo(List.of(expected.approvalsAwaiting(),
                expected.signaturesAwaiting(), expected.quotesAwaiting(), expected.unreadMessages()));
    }

    private static MovementSum sum(Kind kind, String amount, String creditedBefore) {
        return new MovementSum(kind, usd(amount), usd(creditedBefore));
    }

    private Page<InvoiceRow> invoices(Client client, InvoiceRowFilter filter, int offset, int limit) {
        return inTransaction(() -> stores.portalViewQueries().invoices(client.workspaceId(), client.id(), filter,
                offset, limit));
    }

    private List<InvoiceId> ids(InvoiceRowFilter filter) {
        return invoices(globex, filter, 0, 10).items().stream().map(InvoiceRow::id).toList();
    }

    private Optional<Invoice> detail(WorkspaceId workspace, Client client, InvoiceId invoiceId) {
        return inTransaction(() -> stores.portalViewQueries().invoice(workspace, client.id(), invoiceId));
    }

    private Optional<InvoiceDetailFacts> detailFacts(WorkspaceId workspace, Client client, InvoiceId invoiceId) {
        return inTransaction(() -> stores.portalViewQueries().invoiceDetail(workspace, client.id(), invoiceId));
    }

    private Payment pay(StaffPrincipal owner, String amount, String reference, InvoiceId invoiceId) {
        RecordPayment payment = RecordPayment.manual(globex.id(), usd(amount), PaymentMethod.BANK_TRANSFER,
                reference);
        return fixture.portal.payments().record(owner, invoiceId == null ? payment : payment.allocateTo(invoiceId));
    }

    private void on(int march) {
        fixture.moveTo(LocalDate.of(2026, 3, march));
    }

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }
}
