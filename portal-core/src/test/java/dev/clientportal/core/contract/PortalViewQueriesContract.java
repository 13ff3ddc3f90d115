package dev.clientportal.core.contract;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.invoice.IssueCreditNote;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.payment.RefundPayment;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.views.BalanceDue;
import dev.clientportal.core.views.ClientDashboard;
import dev.clientportal.core.views.CreditNoteSummary;
import dev.clientportal.core.views.InvoiceDetail;
import dev.clientportal.core.views.InvoiceListQuery;
import dev.clientportal.core.views.InvoiceListQuery.Show;
import dev.clientportal.core.views.InvoiceSummary;
import dev.clientportal.core.views.Page;
import dev.clientportal.core.views.PaymentSummary;
import dev.clientportal.core.workspace.StaffPrincipal;
import dev.clientportal.core.workspace.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static dev.clientportal.core.contract.InvoiceBuilder.anInvoice;
import static dev.clientportal.core.money.CurrencyUnit.EUR;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of {@link dev.clientportal.core.views.PortalViewQueries}, over Globex's month at Acme (USD, net 30),
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

    private PortalFixture fixture;
    private WorkspaceId acme;
    private WorkspaceId initech;
    private Client globex;
    private Client hooli;
    private Client theirGlobex;
    private Invoice i1;
    private Invoice i2;
    private Invoice i3;
    private Invoice e1;
    private Invoice draft;
    private Invoice theirs;
    private CreditNote note;
    private Payment wire1;
    private Payment wire2;
    private Payment wire3;

    @BeforeEach
    void playTheMonth() {
        fixture = PortalFixture.over(stores);
        StaffPrincipal owner = fixture.workspace("Acme", USD);
        StaffPrincipal initechOwner = fixture.workspace("Initech", USD);
        acme = owner.workspaceId();
        initech = initechOwner.workspaceId();
        globex = fixture.client(owner, "Globex");
        hooli = fixture.client(owner, "Hooli");
        theirGlobex = fixture.client(initechOwner, "Globex");
        i1 = fixture.issuedInvoice(owner, globex, "100.00");
        fixture.issuedInvoice(owner, hooli, "500.00");
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
    void theDashboard_sumsWhatIsOwedPerCurrency_listsOpenInvoicesOldestDueFirst_andPaymentsNewestFirst() {
        ClientDashboard dashboard = inTransaction(() -> stores.portalViewQueries().dashboard(acme, globex.id(),
                Optional.empty(), "contact:ana", TODAY));

        assertThat(dashboard.balances()).containsExactly(
                new BalanceDue(EUR, Money.of("80.00", EUR), LocalDate.of(2026, 4, 6), 1, 1),
                new BalanceDue(USD, usd("50.00"), LocalDate.of(2026, 4, 1), 1, 1));
        assertThat(dashboard.openInvoices()).containsExactly(i1Summary(), InvoiceSummary.of(e1, TODAY));
        assertThat(dashboard.recentPayments()).containsExactly(wire3Summary(), wire2Summary(), wire1Summary());
        assertThat(dashboard.pendingApprovals()).isZero();
        assertThat(dashboard.unreadMessages()).isZero();
    }

    @Test
    void theInvoiceList_holdsTheIssuedInvoicesNewestFirst_neverTheDraft() {
        Page<InvoiceSummary> page = invoices(globex, InvoiceListQuery.all(100));

        assertThat(page.items()).extracting(InvoiceSummary::id).containsExactly(e1.id(), i3.id(), i2.id(), i1.id());
        assertThat(page.items().get(3)).isEqualTo(i1Summary());
        assertThat(page.total()).isEqualTo(4);
    }

    @Test
    void theInvoiceList_filtersAndPages_withTheTotalOfTheFilter() {
        assertThat(ids(InvoiceListQuery.only(10, Show.OVERDUE))).containsExactly(e1.id(), i1.id());
        assertThat(ids(InvoiceListQuery.only(10, Show.PAID))).containsExactly(i2.id());
        assertThat(ids(InvoiceListQuery.only(10, Show.VOID))).containsExactly(i3.id());
        assertThat(ids(InvoiceListQuery.only(10, Show.DUE))).isEmpty();

        Page<InvoiceSummary> second = invoices(globex, InvoiceListQuery.all(2).page(2));
        assertThat(second.items()).extracting(InvoiceSummary::id).containsExactly(i2.id(), i1.id());
        assertThat(second.offset()).isEqualTo(2);
        assertThat(second.limit()).isEqualTo(2);
        assertThat(second.total()).isEqualTo(4);
        assertThat(invoices(globex, InvoiceListQuery.all(2).page(4)).items()).isEmpty();
    }

    @Test
    void theInvoiceDetail_holdsTheInvoiceWithItsPaymentsAndCreditNotes() {
        Optional<InvoiceDetail> detail = inTransaction(() -> stores.portalViewQueries().invoice(acme, globex.id(),
                i1.id(), TODAY));

        assertThat(detail).contains(new InvoiceDetail(i1, i1Summary(), List.of(wire1Summary()),
                List.of(new CreditNoteSummary(note.id(), note.number(), LocalDate.of(2026, 3, 5), usd("10.00"),
                        "rounding"))));
    }

    @Test
    void theInvoiceDetail_isEmptyForADraft_anotherClientsInvoice_andAnotherWorkspace() {
        assertThat(detail(acme, globex, draft.id())).isEmpty();
        assertThat(detail(acme, hooli, i1.id())).isEmpty();
        assertThat(detail(initech, globex, i1.id())).isEmpty();
        assertThat(detail(acme, theirGlobex, theirs.id())).isEmpty();
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

    @Test
    void everyViewIsScopedToOneClientOfOneWorkspace() {
        assertThat(invoices(theirGlobex, InvoiceListQuery.all(100)).items()).extracting(InvoiceSummary::id)
                .containsExactly(theirs.id());
        assertThat(inTransaction(() -> stores.portalViewQueries().invoices(acme, theirGlobex.id(),
                InvoiceListQuery.all(100), TODAY)).items()).isEmpty();
        assertThat(inTransaction(() -> stores.portalViewQueries().invoices(initech, globex.id(),
                InvoiceListQuery.all(100), TODAY)).total()).isZero();
        ClientDashboard nothing = inTransaction(() -> stores.portalViewQueries().dashboard(initech, globex.id(),
                Optional.empty(), "contact:ana", TODAY));
        assertThat(nothing.balances()).isEmpty();
        assertThat(nothing.openInvoices()).isEmpty();
        assertThat(nothing.recentPayments()).isEmpty();
        assertThat(inTransaction(() -> stores.portalViewQueries().payments(acme, hooli.id(), 0, 10)).items())
                .isEmpty();
    }

    private InvoiceSummary i1Summary() {
        return new InvoiceSummary(i1.id(), i1.number(), InvoiceStatus.PARTIALLY_PAID, true, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 4, 1), usd("100.00"), usd("50.00"));
    }

    private PaymentSummary wire1Summary() {
        return new PaymentSummary(wire1.id(), LocalDate.of(2026, 3, 5), usd("40.00"), PaymentMethod.BANK_TRANSFER,
                "wire-1", usd("0.00"), List.of(i1.number()));
    }

    private PaymentSummary wire2Summary() {
        return new PaymentSummary(wire2.id(), LocalDate.of(2026, 3, 6), usd("250.00"), PaymentMethod.BANK_TRANSFER,
                "wire-2", usd("0.00"), List.of(i2.number()));
    }

    private PaymentSummary wire3Summary() {
        return new PaymentSummary(wire3.id(), LocalDate.of(2026, 3, 8), usd("20.00"), PaymentMethod.BANK_TRANSFER,
                "wire-3", usd("5.00"), List.of());
    }

    private Page<InvoiceSummary> invoices(Client client, InvoiceListQuery query) {
        return inTransaction(() -> stores.portalViewQueries().invoices(client.workspaceId(), client.id(), query,
                TODAY));
    }

    private List<InvoiceId> ids(InvoiceListQuery query) {
        return invoices(globex, query).items().stream().map(InvoiceSummary::id).toList();
    }

    private Optional<InvoiceDetail> detail(WorkspaceId workspace, Client client, InvoiceId invoiceId) {
        return inTransaction(() -> stores.portalViewQueries().invoice(workspace, client.id(), invoiceId, TODAY));
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
