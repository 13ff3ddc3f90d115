package dev.clientportal.core.clientview;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.access.AccessChannel;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.analytics.DocumentView;
import dev.clientportal.core.analytics.ViewClass;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.contract.InvoiceBuilder;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.invoice.IssueCreditNote;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.PaymentId;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.receivables.Statement;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.clientview.InvoiceListQuery.Show;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static dev.clientportal.core.money.CurrencyUnit.EUR;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static dev.clientportal.core.testing.PortalFixture.ref;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a client sees in its portal, over a month of business for Globex (Acme, USD, net 30):
 * <pre>
 * 03-02 I1 100.00, I2 250.00, I3 300.00 (voided at once), I4 400.00, I5 70.00 (written off at once): due 04-01;
 *       a draft of 999.00, never issued
 * 03-10..03-13  wire-1..wire-4, 100.00 each → I4 (paid on 03-13)
 * 03-14 wire-5  40.00 → I1;  03-15 wire-6  10.00 → client credit
 * 03-20 credit note of 10.00 on I1 (I1 owes 50.00)
 * 04-05 I6 500.00, due 05-05
 * </pre>
 * The clock then stays on 04-10: I1, I2 and I5 are overdue.
 */
class PortalViewsTest {

    private final PortalFixture fixture = PortalFixture.inMemory();
    private final PortalViews views = fixture.portal.clientViews();
    private final StaffPrincipal acme = fixture.workspace("Acme", USD);
    private final Client globex = fixture.client(acme, "Globex");
    private final ContactPrincipal ana = fixture.signIn(acme, fixture.contact(acme, globex, "Ana Ruiz",
            Role.BILLING)).principal();
    private final Invoice i1 = issue("100.00");
    private final Invoice i2 = issue("250.00");
    private final Invoice i3 = issue("300.00");
    private final Invoice i4 = issue("400.00");
    private final Invoice i5 = issue("70.00");
    private final Invoice draft = fixture.portal.invoicing().createDraft(acme, DraftInvoice.forClient(globex.id())
            .line("Retainer", "1", "month", usd("999.00")));
    private final List<PaymentId> payments = new ArrayList<>();
    private final CreditNote note;
    private final Invoice i6;

    PortalViewsTest() {
        fixture.portal.invoicing().voidInvoice(acme, i3.id(), "issued in error");
        fixture.portal.invoicing().markUncollectible(acme, i5.id(), "disputed");
        for (int day = 10; day <= 13; day++) {
            on(3, day);
            pay("100.00", i4.id());
        }
        on(3, 14);
        pay("40.00", i1.id());
        on(3, 15);
        pay("10.00", null);
        on(3, 20);
        note = fixture.portal.invoicing().issueCreditNote(acme, IssueCreditNote.partial(i1.id(), "rounding",
                LineItem.of("Rounding", "1", "", usd("10.00"))));
        on(4, 5);
        i6 = issue("500.00");
        on(4, 10);
    }

    @Test
    void theDashboard_showsWhatIsOwedOldestDueFirst_andTheLatestFivePayments() {
        ClientDashboard dashboard = views.dashboard(ana);

        assertThat(dashboard.balances()).containsExactly(
                new BalanceDue(USD, usd("870.00"), LocalDate.of(2026, 4, 1), 4, 3, usd("10.00"), usd("860.00")));
        assertThat(dashboard.openInvoices()).extracting(InvoiceSummary::number)
                .containsExactly(i1.number(), i2.number(), i5.number(), i6.number());
        assertThat(dashboard.openInvoices()).extracting(InvoiceSummary::amountDue)
                .containsExactly(usd("50.00"), usd("250.00"), usd("70.00"), usd("500.00"));
        assertThat(dashboard.recentPayments()).extracting(PaymentSummary::reference)
                .containsExactly("wire-6", "wire-5", "wire-4", "wire-3", "wire-2");
        assertThat(dashboard.pendingApprovals()).isZero();
        assertThat(dashboard.unreadMessages()).isZero();
    }

    @Test
    void theDashboard_addsUpEachCurrencyOnItsOwn() {
        fixture.stores.transactions().inTransaction(() -> fixture.stores.invoices().save(
                InvoiceBuilder.anInvoice(acme.workspaceId(), globex.id()).amount("80.00", EUR)
                        .issued("IMPORTED-1", LocalDate.of(2026, 4, 8)).build()));

        assertThat(views.dashboard(ana).balances()).containsExactly(
                new BalanceDue(EUR, Money.of("80.00", EUR), LocalDate.of(2026, 5, 8), 1, 0, Money.of("0.00", EUR),
                        Money.of("80.00", EUR)),
                new BalanceDue(USD, usd("870.00"), LocalDate.of(2026, 4, 1), 4, 3, usd("10.00"), usd("860.00")));
    }

    @Test
    void aWriteOff_isTheBusinesssBookkeeping_theClientStillSeesTheInvoiceOpen() {
        InvoiceSummary writtenOff = views.dashboard(ana).openInvoices().get(2);

        assertThat(writtenOff.id()).isEqualTo(i5.id());
        assertThat(writtenOff.status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(writtenOff.overdue()).isTrue();
        assertThat(views.invoice(ana, i5.id(), fixture.browser()).summary().status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(views.invoices(ana, InvoiceListQuery.only(10, Show.OVERDUE)).items()).extracting(InvoiceSummary::id)
                .contains(i5.id());
    }

    @Test
    void theInvoiceList_showsIssuedInvoicesNewestFirst_neverTheDraft() {
        Page<InvoiceSummary> page = views.invoices(ana, InvoiceListQuery.all(100));

        assertThat(page.items()).extracting(InvoiceSummary::id)
                .containsExactly(i6.id(), i5.id(), i4.id(), i3.id(), i2.id(), i1.id())
                .doesNotContain(draft.id());
        assertThat(page.total()).isEqualTo(6);
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void theInvoiceList_filtersByWhatTheClientCaresAbout() {
        assertThat(ids(InvoiceListQuery.only(10, Show.DUE))).containsExactly(i6.id());
        assertThat(ids(InvoiceListQuery.only(10, Show.OVERDUE))).containsExactly(i5.id(), i2.id(), i1.id());
        assertThat(ids(InvoiceListQuery.only(10, Show.PAID))).containsExactly(i4.id());
        assertThat(ids(InvoiceListQuery.only(10, Show.VOID))).containsExactly(i3.id());
        assertThat(ids(InvoiceListQuery.only(10, Show.DUE, Show.OVERDUE)))
                .containsExactly(i6.id(), i5.id(), i2.id(), i1.id());
    }

    @Test
    void theInvoiceList_pagesWithTheTotalOfTheFilter() {
        InvoiceListQuery firstPage = InvoiceListQuery.only(2, Show.DUE, Show.OVERDUE);

        Page<InvoiceSummary> first = views.invoices(ana, firstPage);
        Page<InvoiceSummary> second = views.invoices(ana, firstPage.page(2));
        Page<InvoiceSummary> beyond = views.invoices(ana, firstPage.page(4));

        assertThat(first.items()).extracting(InvoiceSummary::id).containsExactly(i6.id(), i5.id());
        assertThat(first.total()).isEqualTo(4);
        assertThat(first.hasMore()).isTrue();
        assertThat(second.items()).extracting(InvoiceSummary::id).containsExactly(i2.id(), i1.id());
        assertThat(second.offset()).isEqualTo(2);
        assertThat(second.hasMore()).isFalse();
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(4);
    }

    @Test
    void pagesOfAnUnreasonableSize_areRejected() {
        assertRejected(() -> InvoiceListQuery.all(0), ErrorCode.INVALID_VALUE);
        assertRejected(() -> InvoiceListQuery.all(101), ErrorCode.INVALID_VALUE);
        assertRejected(() -> InvoiceListQuery.all(10).page(-1), ErrorCode.INVALID_VALUE);
        assertRejected(() -> views.payments(ana, 0, 0), ErrorCode.INVALID_VALUE);
        assertRejected(() -> views.payments(ana, 0, 101), ErrorCode.INVALID_VALUE);
        assertRejected(() -> views.payments(ana, -1, 10), ErrorCode.INVALID_VALUE);
    }

    @Test
    void theInvoiceDetail_showsItsPaymentsAndCreditNotes_andRecordsTheView() {
        InvoiceDetail detail = views.invoice(ana, i1.id(), fixture.browser());

        assertThat(detail.invoice().id()).isEqualTo(i1.id());
        assertThat(detail.summary()).isEqualTo(new InvoiceSummary(i1.id(), i1.number(),
                InvoiceStatus.PARTIALLY_PAID, true, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1),
                usd("100.00"), usd("50.00")));
        assertThat(detail.payments()).singleElement().satisfies(payment -> {
            assertThat(payment.reference()).isEqualTo("wire-5");
            assertThat(payment.amount()).isEqualTo(usd("40.00"));
            assertThat(payment.receivedOn()).isEqualTo(LocalDate.of(2026, 3, 14));
            assertThat(payment.invoiceNumbers()).containsExactly(i1.number());
        });
        assertThat(detail.creditNotes()).containsExactly(new CreditNoteSummary(note.id(), note.number(),
                LocalDate.of(2026, 3, 20), usd("10.00"), "rounding"));
        assertThat(fixture.portal.analytics().views(acme, ref(i1), 10)).singleElement().satisfies(view -> {
            assertThat(view.viewerKey()).isEqualTo("contact:" + ana.contactId());
            assertThat(view.classification()).isEqualTo(ViewClass.HUMAN);
        });
    }

    @Test
    void aVoidedInvoice_canStillBeOpened_aDraftCannot() {
        assertThat(views.invoice(ana, i3.id(), fixture.browser()).summary().status()).isEqualTo(InvoiceStatus.VOID);

        assertRejected(() -> views.invoice(ana, draft.id(), fixture.browser()), ErrorCode.INVOICE_NOT_FOUND);
        assertThat(fixture.portal.analytics().views(acme, ref(draft), 10)).isEmpty();
    }

    @Test
    void thePaymentHistory_isNewestFirst_inPages() {
        Page<PaymentSummary> page = views.payments(ana, 2, 2);

        assertThat(page.items()).extracting(PaymentSummary::reference).containsExactly("wire-4", "wire-3");
        assertThat(page.total()).isEqualTo(6);
        assertThat(page.hasMore()).isTrue();
        List<PaymentId> newestFirst = new ArrayList<>(payments);
        Collections.reverse(newestFirst);
        assertThat(views.payments(ana, 0, 100).items()).extracting(PaymentSummary::id)
                .containsExactlyElementsOf(newestFirst);
        assertThat(views.payments(ana, 0, 100).items().get(0)).satisfies(credit -> {
            assertThat(credit.invoiceNumbers()).isEmpty();
            assertThat(credit.method()).isEqualTo(PaymentMethod.BANK_TRANSFER);
            assertThat(credit.refunded()).isEqualTo(usd("0.00"));
        });
    }

    @Test
    void theStatement_isTheOneTheBusinessSees_andOpeningItIsRecorded() {
        Statement statement = views.statement(ana, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 10),
                fixture.browser());

        assertThat(statement).isEqualTo(fixture.portal.receivables().statement(acme, globex.id(),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 10)));
        assertThat(statement.clientId()).isEqualTo(globex.id());
        assertThat(statement.closingBalance()).isEqualTo(usd("860.00"));
        List<DocumentView> recorded = fixture.portal.analytics().views(acme,
                DocumentRef.of(DocumentType.STATEMENT, globex.id()), 10);
        assertThat(recorded).singleElement().satisfies(view -> {
            assertThat(view.viewerKey()).isEqualTo("contact:" + ana.contactId());
            assertThat(view.channel()).isEqualTo(AccessChannel.SESSION);
        });
    }

    @Test
    void aStatementOverAnInvalidPeriod_isRejected_andNothingIsRecorded() {
        assertRejected(() -> views.statement(ana, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 1),
                fixture.browser()), ErrorCode.INVALID_PERIOD);

        assertThat(fixture.portal.analytics().views(acme, DocumentRef.of(DocumentType.STATEMENT, globex.id()), 10))
                .isEmpty();
    }

    @Test
    void aStaffPreview_seesWhatTheClientSees() {
        PortalPrincipal preview = PortalPrincipal.staffPreview(acme, globex.id());

        assertThat(views.dashboard(preview)).isEqualTo(views.dashboard(ana));
        assertThat(views.invoices(preview, InvoiceListQuery.all(100))).isEqualTo(views.invoices(ana,
                InvoiceListQuery.all(100)));
        assertThat(views.payments(preview, 0, 100)).isEqualTo(views.payments(ana, 0, 100));
        assertThat(views.invoice(preview, i1.id(), fixture.browser()).summary())
                .isEqualTo(views.invoice(ana, i1.id(), fixture.browser()).summary());
    }

    @Test
    void aStaffPreviewOfAClientIdOfAnotherWorkspace_findsNoClient_ratherThanAnEmptyPortal() {
        StaffPrincipal initech = fixture.workspace("Initech", USD);
        PortalPrincipal wrongPreview = PortalPrincipal.staffPreview(initech, globex.id());

        assertRejected(() -> views.dashboard(wrongPreview), ErrorCode.CLIENT_NOT_FOUND);
        assertRejected(() -> views.invoices(wrongPreview, InvoiceListQuery.all(10)), ErrorCode.CLIENT_NOT_FOUND);
        assertRejected(() -> views.payments(wrongPreview, 0, 10), ErrorCode.CLIENT_NOT_FOUND);
        assertRejected(() -> views.invoice(wrongPreview, i1.id(), fixture.browser()), ErrorCode.INVOICE_NOT_FOUND);
        assertRejected(() -> views.statement(wrongPreview, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                fixture.browser()), ErrorCode.DOCUMENT_NOT_FOUND);
    }

    private List<InvoiceId> ids(InvoiceListQuery query) {
        return views.invoices(ana, query).items().stream().map(InvoiceSummary::id).toList();
    }

    private Invoice issue(String amount) {
        return fixture.issuedInvoice(acme, globex, amount);
    }

    private void pay(String amount, InvoiceId invoiceId) {
        RecordPayment payment = RecordPayment.manual(globex.id(), usd(amount), PaymentMethod.BANK_TRANSFER,
                "wire-" + (payments.size() + 1));
        payments.add(fixture.portal.payments().record(acme, invoiceId == null ? payment
                : payment.allocateTo(invoiceId)).id());
    }

    private void on(int month, int day) {
        fixture.moveTo(LocalDate.of(2026, month, day));
    }

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }
}
