package dev.clientportal.examples.springhost;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.workspace.CreateWorkspace;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.examples.demo.DemoWorkspace;
import org.junit.jupiter.api.Test;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in contact sees its own client's invoices; another client's invoice, another workspace's and an id that
 * names nothing all answer the same 404 page, with the portal's error code for support.
 */
class ScopeTest extends RunningHost {

    @Test
    void anasOwnInvoice_opens_withItsPdf() {
        TestBrowser ana = signedInAs(DemoWorkspace.ANA);
        Invoice own = issuedInvoicesOf("Globex Corporation").get(0);

        TestBrowser.Page page = ana.get("/portal/invoices/" + own.id());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(own.number());
        assertThat(ana.download("/portal/invoices/" + own.id() + "/pdf").headers().firstValue("Content-Type"))
                .contains("application/pdf");
    }

    @Test
    void anotherClientsInvoice_isNotFound() {
        TestBrowser ana = signedInAs(DemoWorkspace.ANA);
        Invoice initechs = issuedInvoicesOf("Initech GmbH").get(0);

        TestBrowser.Page page = ana.get("/portal/invoices/" + initechs.id());

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.errorCode()).contains("invoice.not_found");
        assertThat(page.body()).doesNotContain(initechs.number());
        assertThat(ana.download("/portal/invoices/" + initechs.id() + "/pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void anotherWorkspacesInvoice_isNotFound() {
        Workspace other = portal.workspaces().create(new CreateWorkspace("Other Studio", USD, PaymentTerms.net(14)));
        StaffPrincipal otherOwner = StaffPrincipal.of(other.id(), "owner@other.example");
        Client client = portal.clients().create(otherOwner, new CreateClient("Globex Corporation",
                "ap@globex.example"));
        Invoice theirs = portal.invoicing().issue(otherOwner, portal.invoicing().createDraft(otherOwner,
                DraftInvoice.forClient(client.id()).line("Consulting", "1", "h", Money.of("100.00", USD))).id());
        TestBrowser ana = signedInAs(DemoWorkspace.ANA);

        TestBrowser.Page page = ana.get("/portal/invoices/" + theirs.id());

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.errorCode()).contains("invoice.not_found");
        assertThat(ana.download("/portal/invoices/" + theirs.id() + "/pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void anIdThatNamesNothing_isNotFoundToo() {
        TestBrowser ana = signedInAs(DemoWorkspace.ANA);

        assertThat(ana.get("/portal/invoices/not-an-id").errorCode()).contains("invoice.not_found");
        assertThat(ana.get("/portal/invoices/00000000-0000-7000-8000-000000000000").status()).isEqualTo(404);
        TestBrowser.Page nowhere = ana.get("/no/such/page");
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.errorCode()).contains("http.404");
        assertThat(nowhere.body()).contains("Page not found");
    }

    @Test
    void withoutASession_clientPagesSendYouToTheStart() {
        TestBrowser.Page page = browser().get("/portal/invoices");

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/"));
    }

    @Test
    void theInvoiceList_filtersByState() {
        TestBrowser ana = signedInAs(DemoWorkspace.ANA);

        String overdueNumber = invoiceStarting("Globex Corporation", "Website design").number();
        String paidNumber = invoiceStarting("Globex Corporation", "Brand identity workshop").number();

        String overdue = ana.get("/portal/invoices?show=OVERDUE").body();
        String paid = ana.get("/portal/invoices?show=PAID").body();

        assertThat(overdue).contains(overdueNumber).doesNotContain(paidNumber);
        assertThat(paid).contains(paidNumber).doesNotContain(overdueNumber);
    }
}
