package dev.clientportal.core.contract;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceIssued;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.invoice.Invoicing;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.testing.PortalFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issuing many drafts in one call ({@link Invoicing#issueAll}): consecutive numbers in the order given, an audit
 * entry and an event per invoice, and a batch with one draft that cannot be issued rejected whole, naming it. A
 * scenario over any {@link PortalStores}; an adapter runs it by extending it and implementing {@link #newStores()}.
 */
public abstract class BulkIssueScenario {

    private final PortalFixture fixture = PortalFixture.over(newStores());
    private final Invoicing invoicing = fixture.portal.invoicing();
    private final StaffPrincipal owner = fixture.workspace("Acme Design", USD);
    private final Client globex = fixture.client(owner, "Globex");

    /**
     * Fresh, empty stores; called once per test, while the scenario is constructed (so it must not depend on the
     * subclass's own fields).
     */
    protected abstract PortalStores newStores();

    @Test
    void issuingABatch_numbersTheDraftsInTheOrderGiven_afterTheLastNumberIssued() {
        fixture.moveTo(LocalDate.of(2026, 3, 2));
        fixture.issuedInvoice(owner, globex, "10.00");
        List<Invoice> drafts = drafts(4);
        List<InvoiceId> order = List.of(drafts.get(2).id(), drafts.get(0).id(), drafts.get(3).id(),
                drafts.get(1).id());

        List<Invoice> issued = invoicing.issueAll(owner, order);

        assertThat(issued).extracting(Invoice::id).containsExactlyElementsOf(order);
        assertThat(issued).extracting(Invoice::number)
                .containsExactly("INV-2026-00002", "INV-2026-00003", "INV-2026-00004", "INV-2026-00005");
        assertThat(issued).allSatisfy(invoice -> {
            assertThat(invoice.status()).isEqualTo(InvoiceStatus.OPEN);
            assertThat(invoice.issueDate()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(invoicing.get(owner, invoice.id())).isEqualTo(invoice);
        });
        assertThat(fixture.issuedInvoice(owner, globex, "20.00").number()).isEqualTo("INV-2026-00006");
    }

    @Test
    void everyInvoiceOfABatch_hasItsAuditEntryAndItsEvent_andTheChainStaysIntact() {
        List<Invoice> drafts = drafts(3);

        List<Invoice> issued = invoicing.issueAll(owner, drafts.stream().map(Invoice::id).toList());

        for (Invoice invoice : issued) {
            assertThat(fixture.portal.audit().forSubject(owner, "invoice", invoice.id().toString()))
                    .filteredOn(entry -> entry.action().equals("invoice.issued"))
                    .singleElement()
                    .satisfies(entry -> assertThat(entry.details()).containsEntry("number", invoice.number()));
        }
        assertThat(fixture.eventsOf(InvoiceIssued.class)).extracting(InvoiceIssued::number)
                .containsExactlyElementsOf(issued.stream().map(Invoice::number).toList());
        assertThat(fixture.portal.audit().verify(owner).intact()).isTrue();
    }

    @Test
    void aBatchWithAnInvoiceIssuedAlready_isRejectedNamingIt_andIssuesNothing() {
        List<Invoice> drafts = drafts(2);
        Invoice issuedAlready = fixture.issuedInvoice(owner, globex, "30.00");
        int events = fixture.events.size();

        assertRejected(() -> invoicing.issueAll(owner, List.of(drafts.get(0).id(), issuedAlready.id(),
                drafts.get(1).id())), ErrorCode.INVOICE_NOT_EDITABLE)
                .hasMessageContaining("invoiceIds[1]").hasMessageContaining(issuedAlready.number())
                .satisfies(thrown -> assertThat(((PortalException) thrown).field()).contains("invoiceIds[1]"));

        assertNothingIssued(drafts, events);
        assertThat(fixture.issuedInvoice(owner, globex, "40.00").number()).endsWith("00002");
    }

    @Test
    void aDraftOfAnotherWorkspace_isNotFound_andNothingIsIssued() {
        StaffPrincipal initech = fixture.workspace("Initech", USD);
        Invoice theirs = invoicing.createDraft(initech, draftFor(fixture.client(initech, "Hooli"), "50.00"));
        List<Invoice> drafts = drafts(2);
        int events = fixture.events.size();

        assertRejected(() -> invoicing.issueAll(owner, List.of(drafts.get(0).id(), theirs.id())),
                ErrorCode.INVOICE_NOT_FOUND).hasMessageContaining(theirs.id().toString());

        assertNothingIssued(drafts, events);
        assertThat(invoicing.get(initech, theirs.id()).status()).isEqualTo(InvoiceStatus.DRAFT);
    }

    @Test
    void aDraftListedTwice_isRejectedNamingBothPlaces() {
        List<Invoice> drafts = drafts(2);
        int events = fixture.events.size();

        assertRejected(() -> invoicing.issueAll(owner, List.of(drafts.get(0).id(), drafts.get(1).id(),
                drafts.get(0).id())), ErrorCode.INVALID_VALUE)
                .hasMessageContaining("invoiceIds[2]").hasMessageContaining("invoiceIds[0]");

        assertNothingIssued(drafts, events);
    }

    @Test
    void anEmptyBatch_issuesNothing_andAMissingOneIsRequired() {
        assertThat(invoicing.issueAll(owner, List.of())).isEmpty();
        assertRejected(() -> invoicing.issueAll(owner, null), ErrorCode.REQUIRED);
        assertThat(fixture.issuedInvoice(owner, globex, "60.00").number()).endsWith("00001");
    }

    private void assertNothingIssued(List<Invoice> drafts, int eventsBefore) {
        for (Invoice draft : drafts) {
            assertThat(invoicing.get(owner, draft.id())).isEqualTo(draft);
        }
        assertThat(invoicing.list(owner, InvoiceFilter.ALL, 0, 500))
                .filteredOn(invoice -> invoice.status() == InvoiceStatus.DRAFT).hasSize(drafts.size());
        assertThat(fixture.events).hasSize(eventsBefore);
    }

    private List<Invoice> drafts(int count) {
        List<Invoice> drafts = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            drafts.add(invoicing.createDraft(owner, draftFor(globex, i + "00.00")));
        }
        return drafts;
    }

    private static DraftInvoice draftFor(Client client, String amount) {
        return DraftInvoice.forClient(client.id()).line("Consulting", "1", "day", Money.of(amount, client.currency()));
    }
}
