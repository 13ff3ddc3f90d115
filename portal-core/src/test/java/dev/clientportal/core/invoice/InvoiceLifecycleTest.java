package dev.clientportal.core.invoice;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvoiceLifecycleTest {

    private final PortalFixture fixture = PortalFixture.inMemory();
    private final StaffPrincipal owner = fixture.workspace("Acme Design", USD);
    private final Client globex = fixture.client(owner, "Globex");

    @Test
    void aDraftIsIssuedWithTheNextNumberAndTermsBasedDueDate_thenPaidInTwoParts() {
        Invoice draft = fixture.portal.invoicing().createDraft(owner, DraftInvoice.forClient(globex.id())
                .line("Logo design", "12", "h", Money.of("95.00", USD), TaxRate.of("NY sales tax", "8.875")));
        assertThat(draft.status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(draft.total()).isEqualTo(Money.of("1241.18", USD));

        Invoice issued = fixture.portal.invoicing().issue(owner, draft.id());
        assertThat(issued.number()).isEqualTo("INV-2026-00001");
        assertThat(issued.issueDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(issued.dueDate()).isEqualTo(LocalDate.of(2026, 4, 1));

        fixture.portal.payments().record(owner, RecordPayment.manual(globex.id(), Money.of("500.00", USD),
                PaymentMethod.BANK_TRANSFER, "wire-7781").allocateTo(issued.id()));
        Invoice partly = fixture.portal.invoicing().get(owner, issued.id());
        assertThat(partly.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(partly.amountDue()).isEqualTo(Money.of("741.18", USD));

        fixture.portal.payments().record(owner, RecordPayment.manual(globex.id(), Money.of("741.18", USD),
                PaymentMethod.CARD, "card-1").allocateTo(issued.id()));
        assertThat(fixture.portal.invoicing().get(owner, issued.id()).status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(fixture.eventsOf(InvoicePaid.class)).hasSize(1);
        assertThat(fixture.portal.audit().verify(owner).intact()).isTrue();
    }

    @Test
    void anIssuedInvoiceCannotBeEdited() {
        Invoice issued = fixture.issuedInvoice(owner, globex, "100.00");
        assertThatThrownBy(() -> fixture.portal.invoicing().updateDraft(owner, issued.id(),
                DraftInvoice.forClient(globex.id()).line("More", "1", "", Money.of("1", USD))))
                .isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVOICE_NOT_EDITABLE));
    }

    @Test
    void numbersAreConsecutivePerWorkspace() {
        StaffPrincipal other = fixture.workspace("Initech", CurrencyUnit.EUR);
        Client hooli = fixture.client(other, "Hooli");
        assertThat(fixture.issuedInvoice(owner, globex, "1").number()).isEqualTo("INV-2026-00001");
        assertThat(fixture.issuedInvoice(other, hooli, "1").number()).isEqualTo("INV-2026-00001");
        assertThat(fixture.issuedInvoice(owner, globex, "1").number()).isEqualTo("INV-2026-00002");
    }
}
