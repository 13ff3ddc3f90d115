package dev.clientportal.core.contract;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.invoice.Invoicing;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.workspace.PaymentTerms;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draft invoice due on a date the business typed ({@code DraftInvoice.dueOn}): the date is stored with the draft,
 * kept exactly however late the draft is issued (payment terms only apply without one), and a draft whose typed due
 * date is before the issue date is refused at issue with {@link ErrorCode#DUE_DATE_BEFORE_ISSUE_DATE}, alone or in a
 * batch, consuming no number. A scenario over any {@link PortalStores}; an adapter runs it by extending it and
 * implementing {@link #newStores()}.
 */
public abstract class TypedDueDateScenario {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final LocalDate MARCH_20 = LocalDate.of(2026, 3, 20);
    private static final LocalDate APRIL_15 = LocalDate.of(2026, 4, 15);

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
    void aTypedDueDate_isStoredWithTheDraft_andKeptWhenIssuedDaysLater() {
        fixture.moveTo(MARCH_2);
        Invoice draft = invoicing.createDraft(owner, draft("900.00").paymentTerms(PaymentTerms.net(10))
                .dueOn(APRIL_15));
        assertThat(invoicing.get(owner, draft.id()).content().dueDate()).isEqualTo(APRIL_15);

        fixture.moveTo(MARCH_20);
        Invoice issued = invoicing.issue(owner, draft.id());

        assertThat(issued.issueDate()).isEqualTo(MARCH_20);
        assertThat(issued.dueDate()).isEqualTo(APRIL_15);
        Invoice stored = invoicing.get(owner, draft.id());
        assertThat(stored.dueDate()).isEqualTo(APRIL_15);
        assertThat(stored.content().dueDate()).isEqualTo(APRIL_15);
    }

    @Test
    void withoutATypedDueDate_thePaymentTermsCountFromTheIssueDate() {
        fixture.moveTo(MARCH_2);
        Invoice draft = invoicing.createDraft(owner, draft("900.00").paymentTerms(PaymentTerms.net(10)));

        fixture.moveTo(MARCH_20);

        assertThat(invoicing.get(owner, draft.id()).content().dueDate()).isNull();
        assertThat(invoicing.issue(owner, draft.id()).dueDate()).isEqualTo(MARCH_20.plusDays(10));
    }

    @Test
    void aDueDateOnTheIssueDate_isDueThatDay() {
        fixture.moveTo(MARCH_20);
        Invoice draft = invoicing.createDraft(owner, draft("50.00").dueOn(MARCH_20));

        assertThat(invoicing.issue(owner, draft.id()).dueDate()).isEqualTo(MARCH_20);
    }

    @Test
    void aTypedDueDateBeforeTheIssueDate_isRefusedAtIssue_consumingNoNumber_untilTheDraftIsCorrected() {
        fixture.moveTo(MARCH_2);
        Invoice draft = invoicing.createDraft(owner, draft("900.00").dueOn(MARCH_20));
        fixture.moveTo(MARCH_20.plusDays(1));
        int events = fixture.events.size();

        assertRejected(() -> invoicing.issue(owner, draft.id()), ErrorCode.DUE_DATE_BEFORE_ISSUE_DATE)
                .hasMessageContaining("dueDate").hasMessageContaining("2026-03-20")
                .hasMessageContaining("2026-03-21");

        assertThat(invoicing.get(owner, draft.id()).status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(fixture.events).hasSize(events);
        invoicing.updateDraft(owner, draft.id(), draft("900.00").dueOn(APRIL_15));
        Invoice issued = invoicing.issue(owner, draft.id());
        assertThat(issued.number()).isEqualTo("INV-2026-00001");
        assertThat(issued.dueDate()).isEqualTo(APRIL_15);
    }

    @Test
    void aBatchWithAStaleTypedDueDate_issuesNone_andNamesTheDraft() {
        fixture.moveTo(MARCH_2);
        List<Invoice> drafts = List.of(invoicing.createDraft(owner, draft("10.00").dueOn(APRIL_15)),
                invoicing.createDraft(owner, draft("20.00").dueOn(MARCH_2)));
        fixture.moveTo(MARCH_20);

        assertRejected(() -> invoicing.issueAll(owner, drafts.stream().map(Invoice::id).toList()),
                ErrorCode.DUE_DATE_BEFORE_ISSUE_DATE).hasMessageContaining("invoiceIds[1]");

        assertThat(invoicing.list(owner, InvoiceFilter.ALL, 0, 10)).extracting(Invoice::status)
                .containsOnly(InvoiceStatus.DRAFT);
    }

    private DraftInvoice draft(String amount) {
        return DraftInvoice.forClient(globex.id()).line("Design", "1", "job", Money.of(amount, USD));
    }
}
