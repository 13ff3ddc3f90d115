package dev.clientportal.core.contract;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.CreditNoteId;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dev.clientportal.core.contract.InvoiceBuilder.anInvoice;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of {@link dev.clientportal.core.invoice.CreditNoteRepository}: credit notes are inserted once (the
 * stored copy has version 1), never changed, numbered uniquely per workspace.
 */
public abstract class CreditNoteRepositoryContract extends StoreContract {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    private WorkspaceId workspaceId;
    private ClientId clientId;
    private Invoice invoice;

    @BeforeEach
    void storeAnIssuedInvoice() {
        workspaceId = storedWorkspace("Acme Design").id();
        clientId = storedClient(workspaceId, "Globex", USD).id();
        invoice = stored(anInvoice(workspaceId, clientId).content(Samples.richContent(LocalDate.of(2026, 3, 16)))
                .issued("INV-2026-00001", MARCH_2).build());
    }

    @Test
    void insertingACreditNote_storesEveryFieldAndReturnsVersionOne() {
        Invoice inDinar = stored(anInvoice(workspaceId, clientId).content(Samples.bahrainContent())
                .issued("INV-2026-00002", MARCH_2).build());
        for (CreditNote note : List.of(Samples.creditNote(invoice, "CN-2026-00001", Samples.CREATED),
                Samples.creditNote(inDinar, "CN-2026-00002", Samples.CREATED))) {
            CreditNote saved = saved(note);

            assertThat(saved).isEqualTo(note.withVersion(1));
            assertThat(find(workspaceId, note.id())).contains(saved);
        }
    }

    @Test
    void insertingAnExistingIdAgain_failsWithDuplicateKeyAndKeepsTheStoredNote() {
        CreditNote first = saved(Samples.creditNote(invoice, "CN-2026-00001", Samples.CREATED));

        assertFailsWith(ErrorCode.DUPLICATE_KEY, () -> saved(renumbered(first, first.id(), "CN-2026-00002")));

        assertThat(find(workspaceId, first.id())).contains(first);
    }

    @Test
    void anotherCreditNoteWithANumberTakenInTheWorkspace_failsWithDuplicateKeyAndIsNotStored() {
        CreditNote first = saved(Samples.creditNote(invoice, "CN-2026-00001", Samples.CREATED));
        CreditNote twin = renumbered(first, new CreditNoteId(UUID.randomUUID()), first.number());

        assertFailsWith(ErrorCode.DUPLICATE_KEY, () -> saved(twin));

        assertThat(find(workspaceId, twin.id())).isEmpty();
        assertThat(forInvoice(workspaceId, invoice)).containsExactly(first);
    }

    @Test
    void theSameNumberInAnotherWorkspace_isStored() {
        saved(Samples.creditNote(invoice, "CN-2026-00001", Samples.CREATED));
        WorkspaceId other = storedWorkspace("Initech").id();
        Invoice theirs = stored(anInvoice(other, storedClient(other, "Hooli", USD).id())
                .issued("INV-2026-00001", MARCH_2).build());

        CreditNote note = saved(Samples.creditNote(theirs, "CN-2026-00001", Samples.CREATED));

        assertThat(find(other, note.id())).contains(note);
    }

    @Test
    void aCreditNoteIsNotFoundWithAnotherWorkspacesId() {
        CreditNote note = saved(Samples.creditNote(invoice, "CN-2026-00001", Samples.CREATED));
        WorkspaceId other = storedWorkspace("Initech").id();

        assertThat(find(other, note.id())).isEmpty();
        assertThat(forInvoice(other, invoice)).isEmpty();
        assertThat(find(workspaceId, new CreditNoteId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void forInvoice_listsTheInvoicesCreditNotesOldestFirst() {
        Invoice another = stored(anInvoice(workspaceId, clientId).issued("INV-2026-00002", MARCH_2).build());
        CreditNote second = saved(Samples.creditNote(invoice, "CN-2026-00003", hoursLater(2)));
        CreditNote first = saved(Samples.creditNote(invoice, "CN-2026-00004", hoursLater(1)));
        saved(Samples.creditNote(another, "CN-2026-00001", hoursLater(0)));
        CreditNote third = saved(Samples.creditNote(invoice, "CN-2026-00002", hoursLater(3)));

        assertThat(forInvoice(workspaceId, invoice)).containsExactly(first, second, third);
    }

    private CreditNote saved(CreditNote note) {
        return inTransaction(() -> stores.creditNotes().save(note));
    }

    private java.util.Optional<CreditNote> find(WorkspaceId workspace, CreditNoteId id) {
        return inTransaction(() -> stores.creditNotes().find(workspace, id));
    }

    private List<CreditNote> forInvoice(WorkspaceId workspace, Invoice credited) {
        return inTransaction(() -> stores.creditNotes().forInvoice(workspace, credited.id()));
    }

    private static Instant hoursLater(int hours) {
        return Samples.CREATED.plus(Duration.ofHours(hours));
    }

    private static CreditNote renumbered(CreditNote note, CreditNoteId id, String number) {
        return new CreditNote(id, note.workspaceId(), note.clientId(), note.invoiceId(), note.invoiceNumber(), number,
                note.lines(), note.invoiceLines(), note.discount(), note.totals(), note.reason(), note.issueDate(), note.appliedToInvoice(),
                note.toClientCredit(), note.createdAt(), 0);
    }
}
