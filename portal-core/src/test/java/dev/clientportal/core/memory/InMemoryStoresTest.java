package dev.clientportal.core.memory;

import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.access.SharedLink;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.IssueCreditNote;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/** What the in-memory stores promise beyond the port contracts. */
class InMemoryStoresTest {

    private final PortalFixture fixture = PortalFixture.inMemory();

    /** A scan for leaked secrets is only as good as the dump is complete. */
    @Test
    void dumpForInspection_holdsTheRecordsOfEveryStore() {
        StaffPrincipal acme = fixture.workspace("Acme", USD);
        Client globex = fixture.client(acme, "Globex");
        Contact ana = fixture.contact(acme, globex, "Ana Ruiz", Role.BILLING);
        fixture.signIn(acme, ana);
        Invoice invoice = fixture.issuedInvoice(acme, globex, "100.00");
        CreditNote note = fixture.portal.invoicing().issueCreditNote(acme, IssueCreditNote.full(invoice.id(), "x"));
        SharedLink link = fixture.portal.access().shareDocument(acme,
                DocumentRef.of(DocumentType.CREDIT_NOTE, note.id()), Optional.empty());

        List<String> dump = ((InMemoryStores) fixture.stores).dumpForInspection();

        assertThat(dump).contains(
                fixture.portal.workspaces().get(acme).toString(),
                fixture.portal.clients().contact(acme, ana.id()).toString(),
                fixture.portal.access().accessOf(acme, ana.id()).orElseThrow().toString(),
                fixture.portal.access().sessions(acme, ana.id()).get(0).toString(),
                fixture.portal.invoicing().creditNote(acme, note.id()).toString(),
                link.link().toString());
        assertThat(dump).anyMatch(value -> value.contains("CREDIT_NOTE:" + note.id()) && value.contains(" sent "));
    }
}
