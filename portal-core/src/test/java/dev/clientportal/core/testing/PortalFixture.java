package dev.clientportal.core.testing;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.PortalStores;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.CreateClient;
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

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

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

    private PortalFixture(PortalStores stores, UnaryOperator<ClientPortal.Builder> adapters) {
        this.stores = stores;
        this.portal = adapters.apply(ClientPortal.builder().clock(clock).stores(stores).events(events::add)).build();
    }

    /** A fixture over fresh in-memory stores. */
    public static PortalFixture inMemory() {
        return new PortalFixture(InMemoryStores.create(), UnaryOperator.identity());
    }

    /**
     * A fixture over fresh in-memory stores with more adapters plugged in, e.g.
     * {@code PortalFixture.inMemory(builder -> builder.renderer(renderer))}.
     */
    public static PortalFixture inMemory(UnaryOperator<ClientPortal.Builder> adapters) {
        return new PortalFixture(InMemoryStores.create(), adapters);
    }

    /** A fixture over the given stores. */
    public static PortalFixture over(PortalStores stores) {
        return new PortalFixture(stores, UnaryOperator.identity());
    }

    /** Creates a workspace (net 30) and returns its owner principal. */
    public StaffPrincipal workspace(String name, CurrencyUnit currency) {
        Workspace workspace = portal.workspaces().create(new CreateWorkspace(name, currency, PaymentTerms.net(30)));
        return StaffPrincipal.of(workspace.id(), "owner@" + name.toLowerCase().replaceAll("[^a-z]", "") + ".example");
    }

    /** Creates a client in the principal's workspace. */
    public Client client(StaffPrincipal owner, String name) {
        return portal.clients().create(owner, new CreateClient(name,
                "billing@" + name.toLowerCase().replaceAll("[^a-z]", "") + ".example"));
    }

    /** Creates and issues a one-line invoice of {@code amount} (no tax) for a client. */
    public Invoice issuedInvoice(StaffPrincipal owner, Client client, String amount) {
        Invoice draft = portal.invoicing().createDraft(owner, DraftInvoice.forClient(client.id())
                .line("Consulting", "1", "day", Money.of(amount, client.currency())));
        return portal.invoicing().issue(owner, draft.id());
    }

    /** Creates and issues a one-line invoice with a tax. */
    public Invoice issuedInvoice(StaffPrincipal owner, Client client, String amount, TaxRate tax) {
        Invoice draft = portal.invoicing().createDraft(owner, DraftInvoice.forClient(client.id())
                .line("Consulting", "1", "day", Money.of(amount, client.currency()), tax));
        return portal.invoicing().issue(owner, draft.id());
    }

    /** The captured events of one type, in order. */
    public <E extends DomainEvent> List<E> eventsOf(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
