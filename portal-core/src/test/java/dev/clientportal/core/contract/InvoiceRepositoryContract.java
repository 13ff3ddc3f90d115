package dev.clientportal.core.contract;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceContent;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.clientportal.core.contract.InvoiceBuilder.anInvoice;
import static dev.clientportal.core.money.CurrencyUnit.EUR;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/** The contract of {@link dev.clientportal.core.invoice.InvoiceRepository}. */
public abstract class InvoiceRepositoryContract extends WorkspaceScopedRepositoryContract<Invoice> {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final Instant CLOSED = Instant.parse("2026-04-01T10:00:00.000001Z");

    private ClientId clientId;
    private int numbersIssued;

    @BeforeEach
    void storeTheClient() {
        clientId = storedClient(workspaceId, "Globex", USD).id();
    }

    @Override
    protected Invoice newAggregate() {
        return anInvoice(workspaceId, clientId).content(Samples.richContent(LocalDate.of(2026, 3, 16))).build();
    }

    @Override
    protected Invoice save(Invoice invoice) {
        return stores.invoices().save(invoice);
    }

    @Override
    protected Optional<Invoice> findIn(WorkspaceId workspace, Invoice invoice) {
        return stores.invoices().find(workspace, invoice.id());
    }

    @Override
    protected Invoice withVersion(Invoice invoice, long version) {
        return invoice.withVersion(version);
    }

    @Override
    protected long versionOf(Invoice invoice) {
        return invoice.version();
    }

    /** Issues a draft with the next number; pays one more currency unit on an issued invoice. */
    @Override
    protected Invoice changed(Invoice invoice) {
        if (invoice.status() == InvoiceStatus.DRAFT) {
            numbersIssued++;
            return invoice.issue(String.format("INV-2026-%05d", numbersIssued), MARCH_2);
        }
        return invoice.withPayment(Money.of("1", invoice.content().currency()));
    }

    @Test
    void invoicesInEveryStateComeBackEqual() {
        LocalDate firstDue = LocalDate.of(2026, 3, 9);
        List<Invoice> samples = List.of(
                anInvoice(workspaceId, clientId).content(Samples.richContent(firstDue)).build(),
                anInvoice(workspaceId, clientId).content(Samples.richContent(firstDue))
                        .issued("INV-2026-00001", MARCH_2).build(),
                anInvoice(workspaceId, clientId).content(Samples.bahrainContent())
                        .issued("INV-2026-00002", MARCH_2).paid("20.000").build(),
                anInvoice(workspaceId, clientId).amount("80.00", USD).issued("INV-2026-00003", MARCH_2)
                        .paid("30.00").paid("50.00").build(),
                anInvoice(workspaceId, clientId).amount("0.01", USD).issued("INV-2026-00004", MARCH_2)
                        .voided(CLOSED).build(),
                Samples.uncollectibleWithFullBalance(workspaceId, clientId, "INV-2026-00005"));

        for (Invoice sample : samples) {
            Invoice saved = stored(sample);
            assertThat(saved).isEqualTo(sample.withVersion(1));
            assertThat(inTransaction(() -> stores.invoices().find(workspaceId, sample.id()))).contains(saved);
        }
        assertThat(samples).extracting(Invoice::status).containsExactly(InvoiceStatus.DRAFT, InvoiceStatus.OPEN,
                InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.PAID, InvoiceStatus.VOID, InvoiceStatus.UNCOLLECTIBLE);
    }

    /**
     * The figures core computes on the invoice are stored with it and come back as they were, for SQL to filter and
     * sort on: with the deposit of a 10 March schedule paid, the next due date is the second installment's.
     */
    @Test
    void theFiguresCoreComputed_comeBackWithTheInvoice() {
        Invoice scheduled = anInvoice(workspaceId, clientId).content(Samples.richContent(LocalDate.of(2026, 3, 10)))
                .issued("INV-2026-00001", MARCH_2).build();
        Invoice depositPaid = stored(scheduled.withPayment(
                scheduled.content().schedule().installments().get(0).amount()));
        Invoice voided = stored(anInvoice(workspaceId, clientId).amount("5.00", USD).issued("INV-2026-00002", MARCH_2)
                .voided(CLOSED).build());

        Invoice found = inTransaction(() -> stores.invoices().find(workspaceId, depositPaid.id())).orElseThrow();
        assertThat(found.nextDueDate()).isEqualTo(scheduled.content().schedule().installments().get(1).dueDate());
        assertThat(found.amountDue()).isEqualTo(depositPaid.amountDue());
        assertThat(found.openAmounts()).isEqualTo(depositPaid.openAmounts()).hasSize(
                scheduled.content().schedule().installments().size() - 1);
        assertThat(inTransaction(() -> stores.invoices().find(workspaceId, voided.id())).orElseThrow().closedOn())
                .isEqualTo(LocalDate.ofInstant(CLOSED, ZoneOffset.UTC));
    }

    @Test
    void aRemainderInvoice_keepsTheLinkToItsDepositInvoice() {
        Invoice deposit = stored(issued("INV-2026-00001", MARCH_2).build());
        InvoiceContent rich = Samples.richContent(LocalDate.of(2026, 3, 16));
        Invoice remainder = anInvoice(workspaceId, clientId).content(new InvoiceContent(rich.currency(), rich.lines(),
                rich.discount(), rich.notes(), rich.terms(), rich.paymentTerms(), rich.lateFee(), rich.schedule(),
                rich.taxRounding(), rich.taxExempt(), deposit.id())).build();

        Invoice saved = stored(remainder);

        assertThat(saved).isEqualTo(remainder.withVersion(1));
        assertThat(inTransaction(() -> stores.invoices().find(workspaceId, remainder.id())))
                .hasValueSatisfying(found -> assertThat(found.content().depositInvoiceId()).isEqualTo(deposit.id()));
    }

    @Test
    void anotherInvoiceWithANumberTakenInTheWorkspace_failsWithDuplicateKeyAndIsNotStored() {
        stored(issued("INV-2026-00007", MARCH_2).build());
        Invoice twin = issued("INV-2026-00007", MARCH_2).build();

        assertFailsWith(ErrorCode.DUPLICATE_KEY, () -> stored(twin));

        assertThat(inTransaction(() -> stores.invoices().find(workspaceId, twin.id()))).isEmpty();
    }

    @Test
    void issuingADraftWithANumberTakenInTheWorkspace_failsWithDuplicateKeyAndLeavesTheDraft() {
        stored(issued("INV-2026-00007", MARCH_2).build());
        Invoice draft = stored(anInvoice(workspaceId, clientId).build());

        assertFailsWith(ErrorCode.DUPLICATE_KEY, () -> stored(draft.issue("INV-2026-00007", MARCH_2)));

        assertThat(inTransaction(() -> stores.invoices().find(workspaceId, draft.id()))).contains(draft);
    }

    @Test
    void theSameNumberInAnotherWorkspace_isStored() {
        WorkspaceId other = storedWorkspace("Initech").id();
        ClientId hooli = storedClient(other, "Hooli", USD).id();
        stored(issued("INV-2026-00001", MARCH_2).build());

        Invoice theirs = stored(anInvoice(other, hooli).issued("INV-2026-00001", MARCH_2).build());

        assertThat(inTransaction(() -> stores.invoices().find(other, theirs.id()))).contains(theirs);
    }

    @Test
    void draftsHaveNoNumber_soAnyNumberOfThemIsStored() {
        List<Invoice> drafts = List.of(stored(anInvoice(workspaceId, clientId).build()),
                stored(anInvoice(workspaceId, clientId).build()), stored(anInvoice(workspaceId, clientId).build()));

        assertThat(list(workspaceId, InvoiceFilter.ALL, 0, 10)).containsExactlyInAnyOrderElementsOf(drafts);
    }

    @Test
    void list_isNewestFirstByCreationThenId_filteredByClientAndStatus_andPaged() {
        ClientId other = storedClient(workspaceId, "Hooli", USD).id();
        Invoice draft = stored(createdHoursAfter(1, clientId).build());
        Invoice open = stored(createdHoursAfter(2, clientId).issued("INV-2026-00001", MARCH_2).build());
        Invoice paid = stored(createdHoursAfter(3, other).issued("INV-2026-00002", MARCH_2).paid("100.00").build());
        Invoice voided = stored(createdHoursAfter(4, clientId).id(new InvoiceId(Samples.orderedUuid(1)))
                .issued("INV-2026-00003", MARCH_2).voided(CLOSED).build());
        Invoice writtenOff = stored(createdHoursAfter(4, other).id(new InvoiceId(Samples.orderedUuid(2)))
                .issued("INV-2026-00004", MARCH_2).uncollectible(CLOSED).build());
        WorkspaceId otherWorkspace = storedWorkspace("Initech").id();
        Invoice theirs = stored(anInvoice(otherWorkspace, storedClient(otherWorkspace, "Hooli", USD).id()).build());

        assertThat(list(workspaceId, InvoiceFilter.ALL, 0, 10)).extracting(Invoice::number)
                .containsExactly("INV-2026-00004", "INV-2026-00003", "INV-2026-00002", "INV-2026-00001", null);
        assertThat(list(workspaceId, InvoiceFilter.ALL, 0, 10)).containsExactly(writtenOff, voided, paid, open, draft);
        assertThat(list(workspaceId, InvoiceFilter.ALL, 1, 2)).containsExactly(voided, paid);
        assertThat(list(workspaceId, InvoiceFilter.ALL, 5, 10)).isEmpty();
        assertThat(list(workspaceId, InvoiceFilter.forClient(clientId), 0, 10)).containsExactly(voided, open, draft);
        assertThat(list(workspaceId, InvoiceFilter.ALL.withStatuses(InvoiceStatus.OPEN, InvoiceStatus.PAID), 0, 10))
                .containsExactly(paid, open);
        assertThat(list(workspaceId, InvoiceFilter.forClient(other).withStatuses(InvoiceStatus.UNCOLLECTIBLE), 0, 10))
                .containsExactly(writtenOff);
        assertThat(list(workspaceId, InvoiceFilter.forClient(clientId).withStatuses(InvoiceStatus.PAID), 0, 10))
                .isEmpty();
        assertThat(list(otherWorkspace, InvoiceFilter.ALL, 0, 10)).containsExactly(theirs);
    }

    /**
     * Expected order, by the earliest amount still open on each invoice: a3 (due 3 March), a2 and a1 (both due 31
     * March: INV-…10 before INV-…20, although a1 was issued first), a5 (deposit paid, so its first open
     * installment is due 10 April — not its final due date of 10 May), a4 (uncollectible, due 19 April).
     */
    @Test
    void payable_listsTheClientsOpenInvoicesInTheCurrency_oldestOpenDueDateFirstThenNumber() {
        Invoice a1 = stored(issued("INV-2026-00020", LocalDate.of(2026, 3, 1)).build());
        Invoice a2 = stored(issued("INV-2026-00010", LocalDate.of(2026, 3, 16)).terms(PaymentTerms.net(15)).build());
        Invoice a3 = stored(issued("INV-2026-00030", LocalDate.of(2026, 2, 1)).paid("40.00").build());
        Invoice a4 = stored(issued("INV-2026-00040", LocalDate.of(2026, 3, 20)).uncollectible(CLOSED).build());
        Invoice scheduled = anInvoice(workspaceId, clientId).content(Samples.richContent(LocalDate.of(2026, 3, 10)))
                .issued("INV-2026-00050", LocalDate.of(2026, 3, 5)).build();
        Invoice a5 = stored(scheduled.withPayment(scheduled.content().schedule().installments().get(0).amount()));
        stored(anInvoice(workspaceId, clientId).build());
        stored(issued("INV-2026-00060", LocalDate.of(2026, 1, 5)).paid("100.00").build());
        stored(issued("INV-2026-00070", LocalDate.of(2026, 1, 5)).voided(CLOSED).build());
        Invoice inEuro = stored(issued("INV-2026-00080", LocalDate.of(2026, 1, 5)).amount("70.00", EUR).build());
        stored(anInvoice(workspaceId, storedClient(workspaceId, "Hooli", USD).id())
                .issued("INV-2026-00090", LocalDate.of(2026, 1, 5)).build());

        assertThat(a1.dueDate()).isEqualTo(a2.dueDate());
        assertThat(a5.dueDate()).isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(payable(workspaceId, USD)).extracting(Invoice::number).containsExactly(
                "INV-2026-00030", "INV-2026-00010", "INV-2026-00020", "INV-2026-00050", "INV-2026-00040");
        assertThat(payable(workspaceId, USD)).containsExactly(a3, a2, a1, a5, a4);
        assertThat(payable(workspaceId, EUR)).containsExactly(inEuro);
        assertThat(payable(storedWorkspace("Initech").id(), USD)).isEmpty();
    }

    @Test
    void deleteDraft_removesTheDraft() {
        Invoice draft = stored(anInvoice(workspaceId, clientId).build());

        inTransaction(() -> stores.invoices().deleteDraft(workspaceId, draft.id()));

        assertThat(inTransaction(() -> stores.invoices().find(workspaceId, draft.id()))).isEmpty();
    }

    @Test
    void deleteDraft_ofAnUnknownId_doesNothing() {
        Invoice draft = stored(anInvoice(workspaceId, clientId).build());

        inTransaction(() -> stores.invoices().deleteDraft(workspaceId, new InvoiceId(UUID.randomUUID())));

        assertThat(list(workspaceId, InvoiceFilter.ALL, 0, 10)).containsExactly(draft);
    }

    @Test
    void deleteDraft_neverDeletesAnIssuedInvoice() {
        Invoice open = stored(issued("INV-2026-00001", MARCH_2).build());
        Invoice voided = stored(issued("INV-2026-00002", MARCH_2).voided(CLOSED).build());

        inTransaction(() -> {
            stores.invoices().deleteDraft(workspaceId, open.id());
            stores.invoices().deleteDraft(workspaceId, voided.id());
        });

        assertThat(list(workspaceId, InvoiceFilter.ALL, 0, 10)).containsExactlyInAnyOrder(open, voided);
    }

    @Test
    void deleteDraft_withAnotherWorkspacesId_leavesTheDraft() {
        Invoice draft = stored(anInvoice(workspaceId, clientId).build());
        WorkspaceId other = storedWorkspace("Initech").id();

        inTransaction(() -> stores.invoices().deleteDraft(other, draft.id()));

        assertThat(inTransaction(() -> stores.invoices().find(workspaceId, draft.id()))).contains(draft);
    }

    private InvoiceBuilder issued(String number, LocalDate on) {
        return anInvoice(workspaceId, clientId).issued(number, on);
    }

    private InvoiceBuilder createdHoursAfter(int hours, ClientId client) {
        return anInvoice(workspaceId, client).createdAt(Samples.CREATED.plus(Duration.ofHours(hours)));
    }

    private List<Invoice> list(WorkspaceId workspace, InvoiceFilter filter, int offset, int limit) {
        return inTransaction(() -> stores.invoices().list(workspace, filter, offset, limit));
    }

    private List<Invoice> payable(WorkspaceId workspace, CurrencyUnit currency) {
        return inTransaction(() -> stores.invoices().payable(workspace, clientId, currency));
    }
}
