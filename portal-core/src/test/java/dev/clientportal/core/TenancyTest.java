package dev.clientportal.core;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.invoice.IssueCreditNote;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.ApplyCredit;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.payment.RefundPayment;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

/** Ids from another workspace answer "not found", never "forbidden", and nothing of the other workspace changes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenancyTest {

    private final PortalFixture fixture = PortalFixture.inMemory();
    private final StaffPrincipal acme = fixture.workspace("Acme", USD);
    private final StaffPrincipal initech = fixture.workspace("Initech", USD);
    private final Client globex = fixture.client(acme, "Globex");
    private final Client hooli = fixture.client(initech, "Hooli");
    private final Invoice hooliInvoice = fixture.issuedInvoice(initech, hooli, "100.00");
    private final Invoice acmeInvoice = fixture.issuedInvoice(acme, globex, "100.00");
    private final Payment hooliPayment = fixture.portal.payments().record(initech,
            RecordPayment.manual(hooli.id(), usd("150.00"), PaymentMethod.CARD, "card-1").allocateTo(hooliInvoice.id()));
    private final CreditNote hooliNote = fixture.portal.invoicing().issueCreditNote(initech,
            IssueCreditNote.partial(hooliInvoice.id(), "goodwill", LineItem.of("Goodwill", "1", "", usd("5.00"))));

    Stream<Arguments> callsFromAcmeWithInitechIds() {
        ClientPortal portal = fixture.portal;
        return Stream.of(
                call("get Initech's client", () -> portal.clients().get(acme, hooli.id()), ErrorCode.CLIENT_NOT_FOUND),
                call("draft for Initech's client", () -> portal.invoicing().createDraft(acme,
                        DraftInvoice.forClient(hooli.id())), ErrorCode.CLIENT_NOT_FOUND),
                call("get Initech's invoice", () -> portal.invoicing().get(acme, hooliInvoice.id()),
                        ErrorCode.INVOICE_NOT_FOUND),
                call("issue Initech's invoice", () -> portal.invoicing().issue(acme, hooliInvoice.id()),
                        ErrorCode.INVOICE_NOT_FOUND),
                call("void Initech's invoice", () -> portal.invoicing().voidInvoice(acme, hooliInvoice.id(), "x"),
                        ErrorCode.INVOICE_NOT_FOUND),
                call("write off Initech's invoice", () -> portal.invoicing().markUncollectible(acme,
                        hooliInvoice.id(), "x"), ErrorCode.INVOICE_NOT_FOUND),
                call("credit Initech's invoice", () -> portal.invoicing().issueCreditNote(acme,
                        IssueCreditNote.full(hooliInvoice.id(), "x")), ErrorCode.INVOICE_NOT_FOUND),
                call("get Initech's credit note", () -> portal.invoicing().creditNote(acme, hooliNote.id()),
                        ErrorCode.CREDIT_NOTE_NOT_FOUND),
                call("record a payment from Initech's client", () -> portal.payments().record(acme,
                        RecordPayment.manual(hooli.id(), usd("1.00"), PaymentMethod.CASH, "c-1")),
                        ErrorCode.CLIENT_NOT_FOUND),
                call("allocate to Initech's invoice", () -> portal.payments().record(acme,
                        RecordPayment.manual(globex.id(), usd("1.00"), PaymentMethod.CASH, "c-2")
                                .allocateTo(hooliInvoice.id())), ErrorCode.INVOICE_NOT_FOUND),
                call("apply credit to Initech's invoice", () -> portal.payments().applyCredit(acme,
                        new ApplyCredit(hooliInvoice.id(), usd("1.00"))), ErrorCode.INVOICE_NOT_FOUND),
                call("get Initech's payment", () -> portal.payments().get(acme, hooliPayment.id()),
                        ErrorCode.PAYMENT_NOT_FOUND),
                call("refund Initech's payment", () -> portal.payments().refund(acme,
                        RefundPayment.of(hooliPayment.id(), usd("1.00"), "r-1", "")), ErrorCode.PAYMENT_NOT_FOUND),
                call("list payments of Initech's client", () -> portal.payments().forClient(acme, hooli.id()),
                        ErrorCode.CLIENT_NOT_FOUND),
                call("list payments of Initech's invoice", () -> portal.payments().forInvoice(acme,
                        hooliInvoice.id()), ErrorCode.INVOICE_NOT_FOUND),
                call("act in a workspace that does not exist", () -> portal.invoicing().issue(
                        StaffPrincipal.of(new WorkspaceId(UUID.randomUUID()), "ghost"), acmeInvoice.id()),
                        ErrorCode.WORKSPACE_NOT_FOUND));
    }

    private static Arguments call(String name, ThrowingCallable call, ErrorCode code) {
        return Arguments.of(named(name, call), code);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("callsFromAcmeWithInitechIds")
    void anotherWorkspacesIdsAnswerNotFound(ThrowingCallable call, ErrorCode code) {
        Function<StaffPrincipal, Object> initechState = principal -> List.of(
                fixture.portal.invoicing().list(principal, InvoiceFilter.ALL, 0, 100),
                fixture.portal.payments().forClient(principal, hooli.id()),
                fixture.portal.clients().get(principal, hooli.id()));
        Object before = initechState.apply(initech);

        assertRejected(call, code).hasMessageContaining("not found");

        assertThat(code.kind()).isEqualTo(ErrorCode.Kind.NOT_FOUND);
        assertThat(initechState.apply(initech)).isEqualTo(before);
    }

    @Test
    void listsAndTheAuditTrailShowOnlyTheCallersWorkspace() {
        assertThat(fixture.portal.invoicing().list(acme, InvoiceFilter.ALL, 0, 100))
                .extracting(Invoice::workspaceId).containsOnly(acme.workspaceId());
        assertThat(fixture.portal.payments().findByReference(acme, "card-1")).isEmpty();
        assertThat(fixture.portal.audit().forSubject(acme, "invoice", hooliInvoice.id().toString())).isEmpty();
        assertThat(fixture.portal.audit().forSubject(initech, "invoice", hooliInvoice.id().toString())).isNotEmpty();
    }

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }
}
