package dev.clientportal.examples.springhost;

import dev.clientportal.examples.demo.DemoWorkspace;
import dev.clientportal.core.analytics.DocumentView;
import dev.clientportal.core.analytics.FollowUp;
import dev.clientportal.core.audit.ChainVerification;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.receivables.AgingAmounts;
import dev.clientportal.core.receivables.AgingReport;
import dev.clientportal.core.receivables.DaysSalesOutstanding;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the business watches: who opened an invoice (and the follow-up list built from it), the reminders sent and
 * still due, receivables aged with DSO, and the audit trail whose check reads OK on the demo data. Only staff open
 * these pages.
 */
class StaffInsightsTest extends RunningHost {

    private static final Formats FORMATS = new Formats();

    @Test
    void anInvoiceTheClientOpened_showsWhoAndWhen_andItsRemindersStillDue() {
        PayingClient payer = newPayingClient();
        TestBrowser client = signedInAs(payer.email());
        assertThat(client.get("/portal/invoices/" + payer.overdue().id()).status()).isEqualTo(200);
        portal.analytics().flushViews();
        TestBrowser staff = signedInAsStaff();

        TestBrowser.Page opened = staff.get("/staff/invoices/" + payer.overdue().id());
        TestBrowser.Page scheduled = staff.get("/staff/invoices/" + payer.scheduled().id());

        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.body()).contains("Pat Payer &lt;" + payer.email() + "&gt;");
        assertThat(opened.body()).contains("Latest views");
        assertThat(scheduled.body()).contains("id=\"engagement\">Not opened yet.<");
        // three installments of USD 500.00 due monthly from today: the default policy's reminders lie ahead
        assertThat(scheduled.body()).contains("Due to go out", "USD 500.00");
    }

    @Test
    void aViewOfTheClient_reachesTheLatestViews_onTheHostsScheduleWithinSeconds() throws InterruptedException {
        PayingClient payer = newPayingClient();
        DocumentRef document = DocumentRef.of(DocumentType.INVOICE, payer.overdue().id());
        TestBrowser client = signedInAs(payer.email());

        assertThat(client.get("/portal/invoices/" + payer.overdue().id()).status()).isEqualTo(200);

        // no flush here: the host's job writes the batched view log every portal.analytics.view-delay (1 s)
        List<DocumentView> views = portal.analytics().views(owner(), document, 10);
        for (int waited = 0; views.isEmpty() && waited < 100; waited++) {
            Thread.sleep(100);
            views = portal.analytics().views(owner(), document, 10);
        }
        assertThat(views).as("the view log of the opened invoice after 10 s").singleElement()
                .satisfies(view -> assertThat(view.clientId()).isEqualTo(payer.overdue().clientId()));
    }

    @Test
    void theFollowUpList_showsWhatThePortalSuggests() {
        List<FollowUp> expected = portal.analytics().followUps(owner());
        TestBrowser.Page page = signedInAsStaff().get("/staff/follow-ups");

        assertThat(page.status()).isEqualTo(200);
        assertThat(expected).isNotEmpty();
        for (FollowUp followUp : expected) {
            assertThat(page.body()).contains(followUp.title(), followUp.clientName());
        }
    }

    @Test
    void receivables_showTheAgingTotals_andDsoOfThePeriod() {
        LocalDate to = LocalDate.now(ZoneOffset.UTC);
        LocalDate from = to.minusDays(59);
        TestBrowser.Page page = signedInAsStaff().get("/staff/receivables?from=" + from + "&to=" + to);
        AgingReport aging = portal.receivables().aging(owner());

        assertThat(page.status()).isEqualTo(200);
        assertThat(aging.totals()).isNotEmpty();
        for (AgingAmounts total : aging.totals()) {
            CurrencyUnit currency = total.currency();
            DaysSalesOutstanding dso = portal.receivables().daysSalesOutstanding(owner(), currency, from, to);
            assertThat(page.body()).contains("Total " + currency.code(), FORMATS.money(total.total()),
                    FORMATS.money(total.current()));
            assertThat(page.body()).contains(dso.days().map(days -> days.toPlainString() + " days")
                    .orElse("no sales"));
            assertThat(page.body()).contains("on sales of " + FORMATS.money(dso.creditSales()));
        }
        TestBrowser.Page backwards = signedInAsStaff().get("/staff/receivables?from=" + to + "&to=" + from);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.errorCode()).contains("receivables.invalid_period");
    }

    @Test
    void theAuditTrail_listsTheNewestEntries_andItsCheckReadsOk() {
        PayingClient payer = newPayingClient();
        ChainVerification verification = portal.audit().verify(owner());
        TestBrowser staff = signedInAsStaff();

        TestBrowser.Page trail = staff.get("/staff/audit");
        TestBrowser.Page checked = staff.get("/staff/audit?verify=true");

        assertThat(trail.status()).isEqualTo(200);
        assertThat(trail.body()).doesNotContain("data-verification");
        assertThat(trail.body()).contains("invoice.issued", "/staff/invoices/" + payer.scheduled().id());
        assertThat(verification.intact()).isTrue();
        assertThat(checked.body()).contains("data-verification=\"intact\"", "OK: the chain is intact");
    }

    @Test
    void thesePages_areForStaffOnly() {
        TestBrowser ana = signedInAs(DemoWorkspace.ANA);
        for (String path : List.of("/staff/follow-ups", "/staff/receivables", "/staff/audit?verify=true")) {
            assertThat(ana.get(path).status()).as(path).isEqualTo(404);
            assertThat(browser().get(path).header("Location")).as(path).hasValueSatisfying(location ->
                    assertThat(location).endsWith("/staff/sign-in"));
        }
    }
}
