package dev.clientportal.examples.springhost;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changing a client from its page: a contact's roles (none is refused on the form), removing a contact, archiving the
 * client (its contacts are sent no sign-in link any more); a form without its CSRF token, a contact under another
 * client and another workspace's client change nothing.
 */
class StaffClientChangesTest extends RunningHost {

    @Test
    void aContactsRolesAreChanged_thenTheContactIsRemoved_andGetsNoSignInLink() {
        PayingClient payer = newPayingClient();
        Contact pat = contact(payer.email());
        portal.access().invite(owner(), pat.id());
        TestBrowser staff = signedInAsStaff();
        String clientPath = "/staff/clients/" + payer.client().id();
        assertThat(staff.get(clientPath).body()).contains("Save roles", "Remove Pat Payer");

        TestBrowser.Page changed = staff.submitRows(clientPath + "/contacts/" + pat.id() + "/roles",
                List.of(Map.entry("roles", "BILLING"), Map.entry("roles", "APPROVER")));
        assertThat(changed.status()).as(changed.body()).isEqualTo(302);
        assertThat(portal.clients().contact(owner(), pat.id()).roles()).isEqualTo(Set.of(Role.BILLING, Role.APPROVER));

        staff.get(clientPath);
        TestBrowser.Page removed = staff.submit(clientPath + "/contacts/" + pat.id() + "/remove", Map.of());

        assertThat(removed.status()).isEqualTo(302);
        assertThat(portal.clients().contact(owner(), pat.id()).active()).isFalse();
        assertThat(staff.get(clientPath).body()).contains("removed").doesNotContain("Remove Pat Payer");
        assertThat(signInLinksAfterAsking(payer.email())).isZero();
    }

    @Test
    void aContactWithoutRoles_isRefusedOnItsForm_andKeepsItsRoles() {
        PayingClient payer = newPayingClient();
        Contact pat = contact(payer.email());
        TestBrowser staff = signedInAsStaff();
        staff.get("/staff/clients/" + payer.client().id());

        TestBrowser.Page refused = staff.submit("/staff/clients/" + payer.client().id() + "/contacts/" + pat.id()
                + "/roles", Map.of());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"problem\"", "<details class=\"contact-edit\"");
        assertThat(portal.clients().contact(owner(), pat.id()).roles()).isEqualTo(Set.of(Role.BILLING));
    }

    @Test
    void anArchivedClient_isMarked_andItsContactsGetNoSignInLink() {
        PayingClient payer = newPayingClient();
        portal.access().invite(owner(), contact(payer.email()).id());
        TestBrowser staff = signedInAsStaff();
        String clientPath = "/staff/clients/" + payer.client().id();
        assertThat(staff.get(clientPath).body()).contains("Archive client");
        assertThat(signInLinksAfterAsking(payer.email())).isEqualTo(1);

        TestBrowser.Page archived = staff.submit(clientPath + "/archive", Map.of());

        assertThat(archived.status()).isEqualTo(302);
        assertThat(portal.clients().get(owner(), payer.client().id()).archived()).isTrue();
        assertThat(staff.get(clientPath).body()).contains("class=\"badge\">archived").doesNotContain("Archive client");
        assertThat(signInLinksAfterAsking(payer.email())).isZero();
    }

    @Test
    void withoutTheCsrfToken_underAnotherClient_orInAnotherWorkspace_nothingChanges() {
        PayingClient payer = newPayingClient();
        Client other = newPayingClient().client();
        Contact pat = contact(payer.email());
        Client theirs = anotherWorkspace().client();
        TestBrowser staff = signedInAsStaff();
        String patUnderOther = "/staff/clients/" + other.id() + "/contacts/" + pat.id();
        staff.get("/staff/clients/" + other.id());

        assertThat(staff.post("/staff/clients/" + payer.client().id() + "/archive", Map.of()).status())
                .isEqualTo(403);
        assertThat(staff.post("/staff/clients/" + payer.client().id() + "/contacts/" + pat.id() + "/remove",
                Map.of()).status()).isEqualTo(403);
        assertThat(staff.submit(patUnderOther + "/roles", Map.of("roles", "APPROVER")).status()).isEqualTo(404);
        assertThat(staff.submit(patUnderOther + "/remove", Map.of()).status()).isEqualTo(404);
        TestBrowser.Page elsewhere = staff.submit("/staff/clients/" + theirs.id() + "/archive", Map.of());

        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhere.errorCode()).contains("client.not_found");
        assertThat(portal.clients().get(owner(), payer.client().id()).archived()).isFalse();
        Contact unchanged = portal.clients().contact(owner(), pat.id());
        assertThat(unchanged.active()).isTrue();
        assertThat(unchanged.roles()).isEqualTo(Set.of(Role.BILLING));
    }

    /** Asks for a sign-in link on the workspace's sign-in page; how many links the address has received since. */
    private long signInLinksAfterAsking(String email) {
        long before = linksTo(email);
        TestBrowser browser = browser();
        browser.get("/w/" + workspace() + "/sign-in");
        browser.submit("/w/" + workspace() + "/sign-in", Map.of("email", email));
        return linksTo(email) - before;
    }

    private long linksTo(String email) {
        return mailbox.newestFirst().stream().filter(mail -> mail.recipient().equals(email)).count();
    }
}
