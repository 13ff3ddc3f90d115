package dev.clientportal.examples.springhost;

import dev.clientportal.examples.demo.DevMailbox;
import dev.clientportal.examples.demo.DemoWorkspace;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.receivables.AgingReport;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The business's client pages: the list and a client's page with its invoices and what it owes, adding a client and
 * a contact (bad input is shown on the form and saves nothing), and inviting a contact, whose link arrives in the dev
 * mailbox and signs them in. Only a staff session opens them; another workspace's ids answer 404.
 */
class StaffClientsTest extends RunningHost {

    @Test
    void theClientList_andAClientsPage_showItsInvoicesAndWhatItOwes() {
        TestBrowser staff = signedInAsStaff();
        Client globex = client("Globex Corporation");
        AgingReport.Row owed = portal.receivables().aging(owner()).rows().stream()
                .filter(row -> row.clientId().equals(globex.id())).findFirst().orElseThrow();

        TestBrowser.Page list = staff.get("/staff/clients");
        TestBrowser.Page page = staff.get("/staff/clients/" + globex.id());

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Globex Corporation", "Initech GmbH", "/staff/clients/" + globex.id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(DemoWorkspace.ANA, new Formats().money(owed.amounts().total()));
        assertThat(page.body()).contains(issuedInvoicesOf("Globex Corporation").get(0).number());
    }

    @Test
    void addingAClient_thenAContact_andInvitingThem_mailsALinkThatSignsThemIn() {
        TestBrowser staff = signedInAsStaff();
        String name = "Umbrella " + UUID.randomUUID().toString().substring(0, 8);
        String email = "jill-" + UUID.randomUUID().toString().substring(0, 8) + "@umbrella.example";
        staff.get("/staff/clients");

        TestBrowser.Page created = staff.submit("/staff/clients", Map.of("name", name, "email", "ap@umbrella.example",
                "currency", "EUR"));

        assertThat(created.status()).as(created.body()).isEqualTo(302);
        String clientPath = URI.create(created.header("Location").orElseThrow()).getPath();
        Client client = client(name);
        assertThat(clientPath).isEqualTo("/staff/clients/" + client.id());
        assertThat(client.currency().code()).isEqualTo("EUR");
        staff.get(clientPath);

        TestBrowser.Page added = staff.submit(clientPath + "/contacts", Map.of("name", "Jill Valentine",
                "email", email, "roles", "BILLING"));
        assertThat(added.status()).isEqualTo(302);
        Contact jill = contact(email);
        assertThat(staff.get(clientPath).body()).contains("Jill Valentine", email);

        TestBrowser.Page invited = staff.submit(clientPath + "/contacts/" + jill.id() + "/invite", Map.of());

        assertThat(invited.status()).isEqualTo(302);
        assertThat(staff.get(URI.create(invited.header("Location").orElseThrow()).getRawPath() + "?invited="
                + jill.id()).body()).contains("Invitation sent to " + email);
        List<DevMailbox.Mail> mails = mailbox.newestFirst().stream().filter(mail -> mail.recipient().equals(email))
                .toList();
        assertThat(mails).hasSize(1);
        String token = mails.get(0).links().get(0).replaceAll(".*token=", "");
        TestBrowser jillsBrowser = browser();
        assertThat(jillsBrowser.signIn(token).status()).isEqualTo(302);
        assertThat(jillsBrowser.get("/portal").status()).isEqualTo(200);
    }

    @Test
    void aClientWithABadEmail_isRefusedOnTheForm_andNothingIsSaved() {
        TestBrowser staff = signedInAsStaff();
        String name = "Nowhere " + UUID.randomUUID().toString().substring(0, 8);
        staff.get("/staff/clients");

        TestBrowser.Page refused = staff.submit("/staff/clients", Map.of("name", name, "email", "not-an-address"));
        TestBrowser.Page noCurrency = staff.submit("/staff/clients", Map.of("name", name, "email", "a@b.example",
                "currency", "XYZ"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).contains("input.invalid_value");
        assertThat(refused.body()).contains("value=\"" + name + "\"");
        assertThat(noCurrency.status()).isEqualTo(400);
        assertThat(noCurrency.errorCode()).contains("money.unknown_currency");
        assertThat(portal.clients().list(owner(), 0, 500)).noneMatch(client -> client.name().equals(name));
    }

    @Test
    void aContactWithoutARole_isRefusedOnTheForm() {
        TestBrowser staff = signedInAsStaff();
        Client initech = client("Initech GmbH");
        int before = portal.clients().contacts(owner(), initech.id()).size();
        staff.get("/staff/clients/" + initech.id());

        TestBrowser.Page refused = staff.submit("/staff/clients/" + initech.id() + "/contacts",
                Map.of("name", "Milton", "email", "milton@initech.example"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).contains("input.required");
        assertThat(portal.clients().contacts(owner(), initech.id())).hasSize(before);
    }

    @Test
    void anotherWorkspacesClient_andAContactUnderTheWrongClient_areNotFound() {
        Client theirs = anotherWorkspace().client();
        Contact ana = contact(DemoWorkspace.ANA);
        Client initech = client("Initech GmbH");
        TestBrowser staff = signedInAsStaff();
        int mails = mailbox.newestFirst().size();

        TestBrowser.Page page = staff.get("/staff/clients/" + theirs.id());
        staff.get("/staff/clients/" + initech.id());
        TestBrowser.Page wrongClient = staff.submit("/staff/clients/" + initech.id() + "/contacts/" + ana.id()
                + "/invite", Map.of());

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.errorCode()).contains("client.not_found");
        assertThat(staff.get("/staff/clients/not-an-id").status()).isEqualTo(404);
        assertThat(wrongClient.status()).isEqualTo(404);
        assertThat(mailbox.newestFirst()).hasSize(mails);
    }

    @Test
    void clientPages_needAStaffSession_andTheirFormsTheCsrfToken() {
        TestBrowser anonymous = browser();
        TestBrowser ana = signedInAs(DemoWorkspace.ANA);
        TestBrowser staff = signedInAsStaff();
        staff.get("/staff/clients");
        String name = "Forged " + UUID.randomUUID().toString().substring(0, 8);

        TestBrowser.Page forged = staff.post("/staff/clients", Map.of("name", name, "email", "f@forged.example"));

        assertThat(anonymous.get("/staff/clients").status()).isEqualTo(302);
        assertThat(anonymous.get("/staff/clients").header("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/staff/sign-in"));
        assertThat(ana.get("/staff/clients").status()).isEqualTo(404);
        assertThat(ana.get("/staff/clients/" + client("Globex Corporation").id()).status()).isEqualTo(404);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(portal.clients().list(owner(), 0, 500)).noneMatch(client -> client.name().equals(name));
    }
}
