package dev.clientportal.core;

import dev.clientportal.core.testing.StoresWith;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.testing.InMemoryMode;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoicePaid;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.PaymentRecorded;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.testing.FaultInjectingStores;
import dev.clientportal.core.testing.MutableClock;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.workspace.CreateWorkspace;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class ClientPortalTest {

    private static final List<String> PORTS = List.of("stores", "fileStore");

    private final FaultInjectingStores stores = FaultInjectingStores.over(InMemoryMode.stores());
    private final PortalFixture fixture = PortalFixture.over(stores);
    private final StaffPrincipal owner = fixture.workspace("Acme Design", USD);
    private final Client globex = fixture.client(owner, "Globex");

    // ---- the builder ----

    @Test
    void aPortalWithoutStores_namesEveryMissingPort() {
        assertRejected(() -> ClientPortal.builder().build(), ErrorCode.MISSING_PORT)
                .hasMessageContaining("ClientPortal needs " + String.join(", ", PORTS))
                .hasMessageContaining(".stores(");
    }

    @Test
    void storesThatAnswerNoPortForSomeRoles_areNamedAsMissing() {
        InMemoryStores stores = InMemoryMode.stores();
        assertRejected(() -> ClientPortal.builder().stores(StoresWith.of(stores).quotes(null).workClaims(null))
                        .fileStore(stores.fileStore()).build(), ErrorCode.MISSING_PORT)
                .hasMessageContaining("ClientPortal needs quotes, workClaims:")
                .hasMessageNotContaining("invoices");
    }

    @Test
    void theFileStore_isRequiredBesideTheStores() {
        assertRejected(() -> ClientPortal.builder().stores(InMemoryMode.stores()).build(), ErrorCode.MISSING_PORT)
                .hasMessageContaining("ClientPortal needs fileStore:").hasMessageNotContaining("stores,");
    }

    // ---- events ----

    @Test
    void eventsArePublishedOnlyAfterTheTransactionCommits() {
        FaultInjectingStores stores = FaultInjectingStores.over(InMemoryMode.stores());
        List<Boolean> publishedInsideTransaction = new ArrayList<>();
        ClientPortal portal = ClientPortal.builder().clock(MutableClock.at(PortalFixture.START)).stores(stores)
                .fileStore(InMemoryStores.create().fileStore())
                .events(event -> publishedInsideTransaction.add(stores.inTransaction())).build();
        StaffPrincipal owner = owner(portal);
        Client globex = portal.clients().create(owner, new CreateClient("Globex",
                "ap@globex.example"));
        Invoice invoice = portal.invoicing().issue(owner, portal.invoicing().createDraft(owner,
                DraftInvoice.forClient(globex.id())
                        .line("Work", "1", "", usd("100.00"))).id());
        portal.payments().record(owner, received(globex, "100.00", "wire-1").allocateTo(invoice.id()));

        assertThat(publishedInsideTransaction).hasSize(3).containsOnly(false);
    }

    @Test
    void aPublisherThatFails_doesNotUndoTheCommittedChange() {
        InMemoryStores stores = InMemoryMode.stores();
        ClientPortal portal = ClientPortal.builder().stores(stores).fileStore(stores.fileStore()).events(event -> {
            throw new IllegalStateException("broker down");
        }).build();
        StaffPrincipal owner = owner(portal);
        Client globex = portal.clients().create(owner, new CreateClient("Globex",
                "ap@globex.example"));
        Payment payment = portal.payments().record(owner, received(globex, "10.00", "wire-1"));
        assertThat(portal.payments().get(owner, payment.id())).isEqualTo(payment);
    }

    // ---- nothing half-written ----

    @Test
    void aPaymentWhoseSecondAllocationIsInvalid_writesNothing() {
        fixture.portal.payments().record(owner, received(globex, "10.00", "wire-0"));
        Invoice open = fixture.issuedInvoice(owner, globex, "100.00");
        Invoice voided = fixture.portal.invoicing().voidInvoice(owner,
                fixture.issuedInvoice(owner, globex, "50.00").id(), "duplicate");
        Snapshot before = snapshot(open);

        assertRejected(() -> fixture.portal.payments().record(owner, received(globex, "200.00", "wire-1")
                .allocateTo(open.id()).allocateTo(voided.id())), ErrorCode.INVOICE_NOT_PAYABLE);

        assertThat(snapshot(open)).isEqualTo(before);
        assertThat(fixture.portal.payments().findByReference(owner, "wire-1")).isEmpty();
    }

    @Test
    void aFailureAfterTheFirstWrites_rollsBackEveryStoreAndPublishesNothing() {
        Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");
        Snapshot before = snapshot(invoice);
        RecordPayment overpayment = received(globex, "150.00", "wire-1").allocateTo(invoice.id());
        // the payment and the invoice are saved before the client's credit: fail there
        stores.failNextSaveOf(Client.class);

        assertRejected(() -> fixture.portal.payments().record(owner, overpayment), ErrorCode.CONCURRENT_MODIFICATION);

        assertThat(snapshot(invoice)).isEqualTo(before);
        assertThat(fixture.portal.payments().findByReference(owner, "wire-1")).isEmpty();
        assertThat(fixture.portal.audit().verify(owner).intact()).isTrue();

        Payment retried = fixture.portal.payments().record(owner, overpayment);
        assertThat(retried.toCredit()).isEqualTo(usd("50.00"));
        assertThat(fixture.portal.invoicing().get(owner, invoice.id()).status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(fixture.eventsOf(PaymentRecorded.class)).extracting(PaymentRecorded::paymentId)
                .containsExactly(retried.id());
        assertThat(fixture.eventsOf(InvoicePaid.class)).hasSize(1);
    }

    /** Everything a payment use case could touch. */
    private record Snapshot(Invoice invoice, Client client, List<Payment> payments, long auditEntries,
                            List<DomainEvent> events) {
    }

    private Snapshot snapshot(Invoice invoice) {
        return new Snapshot(fixture.portal.invoicing().get(owner, invoice.id()),
                fixture.portal.clients().get(owner, globex.id()),
                fixture.portal.payments().forClient(owner, globex.id()),
                fixture.portal.audit().verify(owner).entriesChecked(), List.copyOf(fixture.events));
    }

    private static StaffPrincipal owner(ClientPortal portal) {
        return StaffPrincipal.of(portal.workspaces().create(new CreateWorkspace(
                "Acme", USD, PaymentTerms.net(30))).id(), "owner@acme.example");
    }

    private static RecordPayment received(Client client, String amount, String reference) {
        return RecordPayment.manual(client.id(), usd(amount), PaymentMethod.BANK_TRANSFER, reference);
    }

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }
}
