package dev.clientportal.examples.springhost;

import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.Money;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Credit on an invoice's page: a credit note for a paid invoice turns what was paid into the client's credit, which
 * then settles another open invoice; more credit than the client has is refused on the form; a form without its CSRF
 * token and another workspace's invoice change nothing.
 */
class StaffCreditTest extends RunningHost {

    @Test
    void aCreditNoteOnAPaidInvoice_becomesCredit_thatSettlesAnotherInvoice() {
        PayingClient payer = newPayingClient();
        TestBrowser staff = signedInAsStaff();
        String overdue = "/staff/invoices/" + payer.overdue().id();
        staff.get(overdue);
        assertThat(staff.submit(overdue + "/payments", Map.of("amount", "120.00", "method", "BANK_TRANSFER",
                "reference", "wire-1")).status()).isEqualTo(302);
        assertThat(staff.get(overdue).body()).contains("Issue a credit note");

        TestBrowser.Page credited = staff.submit(overdue + "/credit-notes", Map.of("reason", "Work not needed"));

        assertThat(credited.status()).as(credited.body()).isEqualTo(302);
        assertThat(portal.clients().get(owner(), payer.client().id()).creditBalances())
                .containsEntry(USD, Money.of("120.00", USD));
        String scheduled = "/staff/invoices/" + payer.scheduled().id();
        assertThat(staff.get(scheduled).body()).contains("Apply the client's credit", "value=\"120.00\"");

        TestBrowser.Page applied = staff.submit(scheduled + "/credit", Map.of("amount", "100.00"));

        assertThat(applied.status()).isEqualTo(302);
        Invoice after = portal.invoicing().get(owner(), payer.scheduled().id());
        assertThat(after.amountDue()).isEqualTo(Money.of("1400.00", USD));
        assertThat(after.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(portal.clients().get(owner(), payer.client().id()).creditBalances())
                .containsEntry(USD, Money.of("20.00", USD));
        assertThat(staff.get(scheduled).body()).contains("id=\"credited\"", "USD 100.00");
    }

    @Test
    void moreCreditThanTheClientHas_isRefusedOnTheForm_andAppliesNothing() {
        PayingClient payer = newPayingClient();
        TestBrowser staff = signedInAsStaff();
        String overdue = "/staff/invoices/" + payer.overdue().id();
        staff.get(overdue);
        staff.submit(overdue + "/payments", Map.of("amount", "150.00", "method", "BANK_TRANSFER",
                "reference", "wire-2"));
        String scheduled = "/staff/invoices/" + payer.scheduled().id();
        staff.get(scheduled);

        TestBrowser.Page refused = staff.submit(scheduled + "/credit", Map.of("amount", "31.00"));

        assertThat(refused.status()).isBetween(400, 409);
        assertThat(refused.body()).contains("id=\"problem\"");
        assertThat(portal.invoicing().get(owner(), payer.scheduled().id()).amountDue())
                .isEqualTo(Money.of("1500.00", USD));
    }

    @Test
    void withoutTheCsrfToken_orOnAnotherWorkspacesInvoice_nothingIsCredited() {
        PayingClient payer = newPayingClient();
        Elsewhere elsewhere = anotherWorkspace();
        StaffPrincipal otherOwner = elsewhere.owner();
        Invoice theirs = portal.invoicing().issue(otherOwner, elsewhere.draft().id());
        TestBrowser staff = signedInAsStaff();
        staff.get("/staff/invoices");

        assertThat(staff.post("/staff/invoices/" + payer.overdue().id() + "/credit-notes",
                Map.of("reason", "Forged")).status()).isEqualTo(403);
        TestBrowser.Page creditNote = staff.submit("/staff/invoices/" + theirs.id() + "/credit-notes",
                Map.of("reason", "Not ours"));
        TestBrowser.Page credit = staff.submit("/staff/invoices/" + theirs.id() + "/credit",
                Map.of("amount", "1.00"));

        assertThat(creditNote.status()).isEqualTo(404);
        assertThat(creditNote.errorCode()).contains("invoice.not_found");
        assertThat(credit.status()).isEqualTo(404);
        assertThat(portal.invoicing().get(owner(), payer.overdue().id()).amountDue())
                .isEqualTo(Money.of("120.00", USD));
        assertThat(portal.invoicing().get(otherOwner, theirs.id()).amountDue()).isEqualTo(theirs.amountDue());
    }
}
