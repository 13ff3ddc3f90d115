package dev.clientportal.core.contract;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static dev.clientportal.core.contract.InvoiceBuilder.anInvoice;
import static dev.clientportal.core.contract.PaymentBuilder.aPayment;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract of the stores' {@link dev.clientportal.core.spi.TransactionRunner}: the work's result is returned and
 * its writes committed together; when the work throws, every write it made in every store is undone and the
 * exception comes out unchanged.
 */
public abstract class TransactionRunnerContract extends StoreContract {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final String SCOPE = "invoice:INV-2026-{seq}";

    private Workspace workspace;
    private Client client;
    private Invoice draft;

    @BeforeEach
    void storeAWorkspaceWithAClientAndADraft() {
        workspace = storedWorkspace("Acme Design");
        client = storedClient(workspace.id(), "Globex", USD);
        draft = stored(anInvoice(workspace.id(), client.id()).build());
    }

    @Test
    void committedWork_returnsItsResultAndItsWritesAreVisibleAfterwards() {
        Client added = inTransaction(() -> {
            Client hooli = stores.clients().save(Samples.client(workspace.id(), "Hooli", USD));
            stores.contacts().save(Samples.contact(workspace.id(), hooli.id(), "Ana Ruiz"));
            return hooli;
        });

        assertThat(inTransaction(() -> stores.clients().find(workspace.id(), added.id()))).contains(added);
        assertThat(inTransaction(() -> stores.contacts().forClient(workspace.id(), added.id()))).hasSize(1);
    }

    @Test
    void workThatThrows_undoesEveryWriteInEveryStore_andRethrowsTheSameException() {
        IllegalStateException failure = new IllegalStateException("the host's mail server was down");
        Workspace newWorkspace = Samples.workspace("Initech");
        Client newClient = Samples.client(workspace.id(), "Hooli", USD);
        Contact contact = Samples.contact(workspace.id(), newClient.id(), "Ana Ruiz");
        Invoice issued = anInvoice(workspace.id(), newClient.id()).issued("INV-2026-00001", MARCH_2).build();
        CreditNote note = Samples.creditNote(issued, "CN-2026-00001", Samples.CREATED);
        Payment payment = aPayment(workspace.id(), newClient.id(), "wire-1").allocate(issued, "5.00")
                .toCredit("1.00").refundFromCredit("rf-1", "1.00", MARCH_2).build();

        assertThatThrownBy(() -> inTransaction(() -> {
            stores.workspaces().save(newWorkspace);
            stores.workspaces().save(new Workspace(workspace.id(),
                    workspace.settings().withPaymentTerms(PaymentTerms.net(7)), workspace.branding(),
                    workspace.brandingVersion() + 1, workspace.createdAt(), workspace.version()));
            stores.clients().save(client.withCreditAdded(Money.of("10.00", USD)));
            stores.clients().save(newClient);
            stores.contacts().save(contact);
            stores.invoices().save(issued);
            stores.invoices().deleteDraft(workspace.id(), draft.id());
            stores.creditNotes().save(note);
            stores.payments().save(payment);
            stores.numberSequence().next(workspace.id(), SCOPE);
            stores.auditTrail().append(new AuditEntry(workspace.id(), 1, UUID.randomUUID(), Samples.CREATED,
                    "system", "client.created", "client", newClient.id().toString(), Map.of(),
                    AuditEntry.GENESIS_HASH, "a".repeat(64)));
            throw failure;
        })).isSameAs(failure);

        assertNothingOfTheFailedWorkIsStored(newWorkspace, newClient, contact, issued, note, payment);
    }

    @Test
    void aPortalExceptionFromAPort_undoesTheEarlierWritesOfTheSameTransaction() {
        stored(anInvoice(workspace.id(), client.id()).issued("INV-2026-00001", MARCH_2).build());
        Client newClient = Samples.client(workspace.id(), "Hooli", USD);

        assertFailsWith(ErrorCode.DUPLICATE_KEY, () -> inTransaction(() -> {
            stores.clients().save(newClient);
            stores.clients().save(client.withCreditAdded(Money.of("10.00", USD)));
            stores.numberSequence().next(workspace.id(), SCOPE);
            return stores.invoices().save(anInvoice(workspace.id(), newClient.id())
                    .issued("INV-2026-00001", MARCH_2).build());
        }));

        assertThat(inTransaction(() -> stores.clients().find(workspace.id(), newClient.id()))).isEmpty();
        assertThat(inTransaction(() -> stores.clients().find(workspace.id(), client.id()))).contains(client);
        assertThat(inTransaction(() -> stores.numberSequence().next(workspace.id(), SCOPE))).isEqualTo(1);
    }

    private void assertNothingOfTheFailedWorkIsStored(Workspace newWorkspace, Client newClient, Contact contact,
                                                      Invoice issued, CreditNote note, Payment payment) {
        WorkspaceId id = workspace.id();
        assertThat(inTransaction(() -> stores.workspaces().find(newWorkspace.id()))).isEmpty();
        assertThat(inTransaction(() -> stores.workspaces().find(id))).contains(workspace);
        assertThat(inTransaction(() -> stores.clients().find(id, client.id()))).contains(client);
        assertThat(inTransaction(() -> stores.clients().find(id, newClient.id()))).isEmpty();
        assertThat(inTransaction(() -> stores.contacts().find(id, contact.id()))).isEmpty();
        assertThat(inTransaction(() -> stores.invoices().list(id, InvoiceFilter.ALL, 0, 10))).containsExactly(draft);
        assertThat(inTransaction(() -> stores.invoices().find(id, issued.id()))).isEmpty();
        assertThat(inTransaction(() -> stores.creditNotes().find(id, note.id()))).isEmpty();
        assertThat(inTransaction(() -> stores.payments().find(id, payment.id()))).isEmpty();
        assertThat(inTransaction(() -> stores.payments().findByReference(id, "wire-1"))).isEmpty();
        assertThat(inTransaction(() -> stores.payments().findByRefundReference(id, "rf-1"))).isEmpty();
        assertThat(inTransaction(() -> stores.auditTrail().latest(id))).isEmpty();
        assertThat(inTransaction(() -> stores.numberSequence().next(id, SCOPE))).isEqualTo(1);
        Invoice sameNumber = anInvoice(id, client.id()).issued(issued.number(), MARCH_2).build();
        assertThat(stored(sameNumber)).isEqualTo(sameNumber.withVersion(1));
    }
}
