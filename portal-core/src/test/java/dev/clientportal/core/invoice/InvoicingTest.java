package dev.clientportal.core.invoice;

import dev.clientportal.core.ErrorCode;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.workspace.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class InvoicingTest {

    private final PortalFixture fixture = PortalFixture.inMemory();
    private final Invoicing invoicing = fixture.portal.invoicing();
    private final StaffPrincipal owner = fixture.workspace("Acme Design", USD);
    private final Client globex = fixture.client(owner, "Globex");

    @Test
    void aScheduleThatDoesNotSumToTheTotal_isRejectedWhenTheDraftIsCreatedAsWhenItIsUpdated() {
        PaymentSchedule short1Cent = PaymentSchedule.of(new Installment("All", LocalDate.of(2026, 4, 1),
                Money.of("99.99", USD)));
        DraftInvoice command = DraftInvoice.forClient(globex.id()).line("Work", "1", "", Money.of("100.00", USD))
                .schedule(short1Cent);

        assertRejected(() -> invoicing.createDraft(owner, command), ErrorCode.SCHEDULE_TOTAL_MISMATCH)
                .hasMessageContaining("USD 99.99");
        Invoice draft = invoicing.createDraft(owner, DraftInvoice.forClient(globex.id()));
        assertRejected(() -> invoicing.updateDraft(owner, draft.id(), command), ErrorCode.SCHEDULE_TOTAL_MISMATCH);
        assertThat(invoicing.list(owner, InvoiceFilter.ALL, 0, 10)).containsExactly(draft);
    }
}
