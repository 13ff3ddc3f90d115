package dev.clientportal.core.testing;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.PortalStores;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.access.DocumentLinkPrincipal;
import dev.clientportal.core.access.DocumentRef;
import dev.clientportal.core.client.AddContact;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.CreateWorkspace;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.workspace.StaffPrincipal;
import dev.clientportal.core.workspace.Workspace;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A portal over given stores with a hand-moved clock and captured events, plus shortcuts for the usual setup.
 * Used by core's tests and, through the test-jar, by adapters' tests.
 */
public final class PortalFixture {

    /** The default start of the fixture clock: Monday 2 March 2026, 09:00 UTC. */
    public static final String START = "2026-03-02T09:00:00Z";

    public final MutableClock clock = MutableClock.at(START);
    public final List<DomainEvent> events = new CopyOnWriteArrayList<>();
    public final PortalStores stores;
    public final ClientPortal portal;

    private PortalFixture(PortalStores stores) {
        this.stores = stores;
        this.portal = ClientPortal.builder().clock(clock).stores(stores).events(events::add).build();
    }

    /** A fixture over fresh in-memory stores. */
    public static PortalFixture inMemory() {
        return new PortalFixture(InMemoryStores.create());
    }

    /** A fixture over the given stores. */
    public static PortalFixture over(PortalStores stores) {
        return new PortalFixture(stores);
    }

    /** Creates a workspace (net 30) and returns its owner principal. */
    public StaffPrincipal workspace(String name, CurrencyUnit currency) {
        Workspace workspace = portal.workspaces().create(new CreateWorkspace(name, currency, PaymentTerms.net(30)));
        return StaffPrincipal.of(workspace.id(), "owner@" + name.toLowerCase().replaceAll("[^a-z]", "") + ".example");
    }

    /** Creates a client in the principal's workspace. */
    public Client client(StaffPrincipal owner, String name) {
        return client(owner, name, null);
    }

    /** Creates a client invoiced in the given currency ({@code null}: the workspace's) in the principal's workspace. */
    public Client client(StaffPrincipal owner, String name, CurrencyUnit currency) {
        return portal.clients().create(owner, new CreateClient(name,
                "billing@" + name.toLowerCase().replaceAll("[^a-z]", "") + ".example").inCurrency(currency));
    }

    /** Moves the clock to 09:00 UTC of a day, so that use cases date what they do on that day. */
    public void moveTo(LocalDate day) {
        clock.set(day.atTime(LocalTime.of(9, 0)).toInstant(ZoneOffset.UTC));
    }

    /** Creates a draft from the command and issues it. */
    public Invoice issue(StaffPrincipal owner, DraftInvoice draft) {
        return portal.invoicing().issue(owner, portal.invoicing().createDraft(owner, draft).id());
    }

    /** Creates and issues a one-line invoice of {@code amount} (no tax) for a client. */
    public Invoice issuedInvoice(StaffPrincipal owner, Client client, String amount) {
        return issue(owner, DraftInvoice.forClient(client.id())
                .line("Consulting", "1", "day", Money.of(amount, client.currency())));
    }

    /** Creates and issues a one-line invoice with a tax. */
    public Invoice issuedInvoice(StaffPrincipal owner, Client client, String amount, TaxRate tax) {
        return issue(owner, DraftInvoice.forClient(client.id())
                .line("Consulting", "1", "day", Money.of(amount, client.currency()), tax));
    }

    /** Adds a contact with the given roles to a client; its email address is made from its name. */
    public Contact contact(StaffPrincipal owner, Client client, String name, Role... roles) {
        return portal.clients().addContact(owner, new AddContact(client.id(), name,
                name.toLowerCase().replaceAll("[^a-z]", ".") + "@" + client.email().substring(
                        client.email().indexOf('@') + 1), Set.of(roles)));
    }

    /** Invites a contact and redeems the link: the principal of the contact's new portal session. */
    public ContactPrincipal signIn(StaffPrincipal owner, Contact contact) {
        String token = portal.access().invite(owner, contact.id()).token();
        return portal.access().signIn(token, ClientRequest.get("198.51.100.7", "PortalFixture")).principal();
    }

    /** Shares a document by link and opens the link: the read-only principal of whoever holds it. */
    public DocumentLinkPrincipal documentLink(StaffPrincipal owner, DocumentRef document) {
        String token = portal.access().shareDocument(owner, document, Optional.empty()).token();
        return portal.access().openDocumentLink(token, ClientRequest.get("198.51.100.8", "PortalFixture"));
    }

    /** The captured events of one type, in order. */
    public <E extends DomainEvent> List<E> eventsOf(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
