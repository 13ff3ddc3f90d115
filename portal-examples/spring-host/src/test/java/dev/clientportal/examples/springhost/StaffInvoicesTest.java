package dev.clientportal.examples.springhost;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.Money;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The business's invoice pages: the list of every client's invoices with its status filter, a draft written on the
 * form (lines, tax rate, due date; prices parsed exactly, a bad one refused on the form with nothing saved), issued
 * and then seen by the client in its portal, and voiding; other workspaces' invoices answer 404.
 */
class StaffInvoicesTest extends RunningHost {

    private static final Pattern STATUS = Pattern.compile("data-status=\"([A-Z_]+)\"");

    @Test
    void theList_filtersByStatus() {
        TestBrowser staff = signedInAsStaff();
        Invoice paid = portal.invoicing().list(owner(), InvoiceFilter.ALL.withStatuses(InvoiceStatus.PAID), 0, 1)
                .get(0);
        Invoice open = portal.invoicing().list(owner(), InvoiceFilter.ALL.withStatuses(InvoiceStatus.OPEN), 0, 1)
                .get(0);

        TestBrowser.Page all = staff.get("/staff/invoices");
        TestBrowser.Page onlyPaid = staff.get("/staff/invoices?status=PAID");

        assertThat(all.status()).isEqualTo(200);
        assertThat(statuses(all.body())).contains("PAID", "OPEN");
        assertThat(statuses(onlyPaid.body())).isNotEmpty().containsOnly("PAID");
        assertThat(onlyPaid.body()).contains(paid.number()).doesNotContain(open.number());
    }

    @Test
    void aDraftWrittenOnTheForm_isIssued_andTheClientSeesItInItsPortal() {
        PayingClient payer = newPayingClient();
        TestBrowser staff = signedInAsStaff();
        LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(20);
        staff.get("/staff/invoices/new?client=" + payer.client().id());

        TestBrowser.Page created = staff.submitRows("/staff/invoices", form(payer.client(), "60.00", due));

        assertThat(created.status()).as(created.body()).isEqualTo(302);
        String path = URI.create(created.header("Location").orElseThrow()).getPath();
        InvoiceId id = InvoiceId.of(path.substring(path.lastIndexOf('/') + 1));
        TestBrowser.Page draft = staff.get(path);
        assertThat(draft.body()).contains("Draft invoice", "Travel, by train", "USD 150.50", "USD 15.05", "USD 165.55");
        assertThat(portal.invoicing().get(owner(), id).status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(portal.invoicing().get(owner(), id).content().dueDate()).as("kept as typed").isEqualTo(due);

        TestBrowser.Page issued = staff.submit(path + "/issue", Map.of());

        assertThat(issued.status()).isEqualTo(302);
        Invoice invoice = portal.invoicing().get(owner(), id);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(invoice.total()).isEqualTo(Money.of("165.55", USD));
        assertThat(invoice.dueDate()).isEqualTo(due);
        assertThat(staff.get(path).body()).contains("Invoice " + invoice.number(), "USD 165.55");
        TestBrowser client = signedInAs(payer.email());
        TestBrowser.Page seen = client.get("/portal/invoices/" + id);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body()).contains(invoice.number(), "USD 165.55", "Site visit");
        assertThat(client.get("/portal/invoices").body()).contains(invoice.number());
    }

    @Test
    void aPriceWithTooManyDecimals_orNoNumber_isRefusedOnTheForm_andNoDraftIsSaved() {
        PayingClient payer = newPayingClient();
        TestBrowser staff = signedInAsStaff();
        LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(20);
        int before = invoicesOf(payer.client()).size();
        staff.get("/staff/invoices/new");

        TestBrowser.Page tooPrecise = staff.submitRows("/staff/invoices", form(payer.client(), "60.005", due));
        TestBrowser.Page notANumber = staff.submitRows("/staff/invoices", form(payer.client(), "sixty", due));
        TestBrowser.Page pastDue = staff.submitRows("/staff/invoices", form(payer.client(), "60.00",
                LocalDate.now(ZoneOffset.UTC).minusDays(3)));

        assertThat(tooPrecise.status()).isEqualTo(400);
        assertThat(tooPrecise.errorCode()).contains("money.too_many_decimals");
        assertThat(tooPrecise.body()).contains("value=\"60.005\"", "value=\"Site visit\"");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.errorCode()).contains("input.invalid_value");
        assertThat(pastDue.status()).isEqualTo(400);
        assertThat(pastDue.errorCode()).contains("invoice.due_date_before_issue_date");
        assertThat(invoicesOf(payer.client())).hasSize(before);
    }

    @Test
    void voiding_needsAReason_andThenVoidsTheInvoice() {
        PayingClient payer = newPayingClient();
        Invoice invoice = issueFor(payer.client().id());
        TestBrowser staff = signedInAsStaff();
        String path = "/staff/invoices/" + invoice.id();
        staff.get(path);

        TestBrowser.Page noReason = staff.submit(path + "/void", Map.of("reason", " "));

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorCode()).contains("input.required");
        assertThat(portal.invoicing().get(owner(), invoice.id()).status()).isEqualTo(InvoiceStatus.OPEN);

        TestBrowser.Page voided = staff.submit(path + "/void", Map.of("reason", "Sent to the wrong client"));

        assertThat(voided.status()).isEqualTo(302);
        assertThat(portal.invoicing().get(owner(), invoice.id()).status()).isEqualTo(InvoiceStatus.VOID);
        assertThat(staff.get(path).body()).contains("id=\"invoice-status\">void<");
    }

    @Test
    void anotherWorkspacesInvoice_isNotFound_andCannotBeIssued() {
        Elsewhere elsewhere = anotherWorkspace();
        StaffPrincipal otherOwner = elsewhere.owner();
        Client client = elsewhere.client();
        Invoice theirDraft = elsewhere.draft();
        TestBrowser staff = signedInAsStaff();
        staff.get("/staff/invoices");

        TestBrowser.Page page = staff.get("/staff/invoices/" + theirDraft.id());
        TestBrowser.Page issue = staff.submit("/staff/invoices/" + theirDraft.id() + "/issue", Map.of());
        TestBrowser.Page newForTheirClient = staff.submitRows("/staff/invoices", form(client, "60.00",
                LocalDate.now(ZoneOffset.UTC).plusDays(5)));

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.errorCode()).contains("invoice.not_found");
        assertThat(issue.status()).isEqualTo(404);
        assertThat(newForTheirClient.status()).isEqualTo(404);
        assertThat(portal.invoicing().get(otherOwner, theirDraft.id()).status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(portal.invoicing().list(otherOwner, InvoiceFilter.forClient(client.id()), 0, 10)).hasSize(1);
    }

    @Test
    void issuingWithoutTheCsrfToken_isRefused_andAClientSessionMeetsNotFound() {
        PayingClient payer = newPayingClient();
        Invoice draft = portal.invoicing().createDraft(owner(), DraftInvoice.forClient(payer.client().id())
                .line("Consulting", "1", "h", Money.of("100.00", USD)));
        TestBrowser staff = signedInAsStaff();
        TestBrowser client = signedInAs(payer.email());

        TestBrowser.Page forged = staff.post("/staff/invoices/" + draft.id() + "/issue", Map.of());

        assertThat(forged.status()).isEqualTo(403);
        assertThat(client.get("/staff/invoices").status()).isEqualTo(404);
        assertThat(client.get("/staff/invoices/" + draft.id()).status()).isEqualTo(404);
        assertThat(browser().get("/staff/invoices/new").header("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/staff/sign-in"));
        assertThat(portal.invoicing().get(owner(), draft.id()).status()).isEqualTo(InvoiceStatus.DRAFT);
    }

    private Invoice issueFor(ClientId clientId) {
        return portal.invoicing().issue(owner(), portal.invoicing().createDraft(owner(),
                DraftInvoice.forClient(clientId).line("Consulting", "1", "h", Money.of("100.00", USD))).id());
    }

    private List<Invoice> invoicesOf(Client client) {
        return portal.invoicing().list(owner(), InvoiceFilter.forClient(client.id()), 0, 100);
    }

    /** Two lines (2 h at the given price, 1 × USD 30.50), VAT 10 % on both, due on the given day. */
    private static List<Map.Entry<String, String>> form(Client client, String hourlyPrice, LocalDate due) {
        return List.of(Map.entry("client", client.id().toString()),
                Map.entry("description", "Site visit"), Map.entry("quantity", "2"), Map.entry("unit", "h"),
                Map.entry("price", hourlyPrice),
                Map.entry("description", "Travel, by train"), Map.entry("quantity", ""), Map.entry("unit", "trip"),
                Map.entry("price", "30.50"),
                Map.entry("description", ""), Map.entry("quantity", ""), Map.entry("unit", ""),
                Map.entry("price", ""),
                Map.entry("taxName", "VAT"), Map.entry("taxRate", "10"), Map.entry("dueDate", due.toString()));
    }

    private static List<String> statuses(String body) {
        Matcher matcher = STATUS.matcher(body);
        return matcher.results().map(result -> result.group(1)).toList();
    }
}
