package dev.clientportal.core.testing;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.files.FileStore;
import dev.clientportal.core.PortalStores;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.access.DocumentLinkPrincipal;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.access.SignedIn;
import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.client.AddContact;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.files.FileUpload;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.workspace.CreateWorkspace;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.workspace.Workspace;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A portal over given stores with a hand-moved clock and captured events, plus shortcuts for the usual setup.
 * Used by core's tests and, through the test-jar, by adapters' tests.
 */
public final class PortalFixture {

    /** The default start of the fixture clock: Monday 2 March 2026, 09:00 UTC. */
    public static final String START = "2026-03-02T09:00:00Z";

    /** The user agent of a desktop browser: views sent with it are classified as human. */
    public static final String BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";

    public final MutableClock clock = MutableClock.at(START);
    public final List<DomainEvent> events = new CopyOnWriteArrayList<>();
    public final PortalStores stores;
    /** File content: the in-memory stores' own, or a fresh in-memory one beside other stores. */
    public final FileStore fileStore;
    public final ClientPortal portal;

    private final Consumer<ClientPortal.Builder> settings;
    private final AtomicInteger addresses = new AtomicInteger();

    private PortalFixture(PortalStores stores, Consumer<ClientPortal.Builder> settings) {
        this.stores = stores;
        this.fileStore = stores instanceof InMemoryStores memory ? memory.fileStore()
                : InMemoryStores.create().fileStore();
        this.settings = settings;
        this.portal = anotherInstance();
    }

    /** A fixture over fresh in-memory stores, in the mode this run tests ({@link InMemoryMode}). */
    public static PortalFixture inMemory() {
        return over(InMemoryMode.stores());
    }

    /**
     * A fixture over fresh in-memory stores ({@link InMemoryMode}) whose portal is built with extra settings
     * (access, analytics, …).
     */
    public static PortalFixture inMemory(Consumer<ClientPortal.Builder> settings) {
        return new PortalFixture(InMemoryMode.stores(), settings);
    }

    /** A fixture over the given stores. */
    public static PortalFixture over(PortalStores stores) {
        return new PortalFixture(stores, builder -> { });
    }

    /** A fixture over the given stores whose portal is built with extra settings (notifications, …). */
    public static PortalFixture over(PortalStores stores, Consumer<ClientPortal.Builder> settings) {
        return new PortalFixture(stores, settings);
    }

    /**
     * A new portal over the same stores, clock, settings and event capture, with caches of its own: what a second
     * host instance sharing the database would be.
     */
    public ClientPortal anotherInstance() {
        return anotherInstance(stores);
    }

    /**
     * Another instance as {@link #anotherInstance()} over other stores, typically {@link StoresWith} the fixture's
     * stores with a port replaced: e.g. a store wrapper that pauses to interleave with the first instance.
     */
    public ClientPortal anotherInstance(PortalStores otherStores) {
        return anotherInstance(otherStores, builder -> { });
    }

    /**
     * Another instance as {@link #anotherInstance()}, with some settings of its own: e.g. another payment gateway.
     */
    public ClientPortal anotherInstance(Consumer<ClientPortal.Builder> overrides) {
        return anotherInstance(stores, overrides);
    }

    /**
     * Another instance over other stores (e.g. a second persistence unit over the same database) with some settings
     * of its own: e.g. its owner name and notification sender.
     */
    public ClientPortal anotherInstance(PortalStores otherStores, Consumer<ClientPortal.Builder> overrides) {
        ClientPortal.Builder builder = ClientPortal.builder().clock(clock).stores(otherStores).fileStore(fileStore)
                .events(events::add);
        settings.accept(builder);
        overrides.accept(builder);
        return builder.build();
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

    /** Adds a contact with the given roles to a client; the email is made from the name. */
    public Contact contact(StaffPrincipal owner, Client client, String name, Role first, Role... more) {
        String email = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ".") + "@"
                + client.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".example";
        return portal.clients().addContact(owner, new AddContact(client.id(), name, email, EnumSet.of(first, more)));
    }

    /** Invites a contact and redeems the invitation from a browser: the contact's first session. */
    public SignedIn signIn(StaffPrincipal owner, Contact contact) {
        return portal.access().signIn(portal.access().invite(owner, contact.id()).token(), browser());
    }

    /** Invites a contact and signs it in, returning just its session principal. */
    public ContactPrincipal signedInAs(StaffPrincipal owner, Contact contact) {
        return signIn(owner, contact).principal();
    }

    /** Shares a plain-text file with a client's library. */
    public SharedFile sharedFile(StaffPrincipal owner, Client client, String name, String text) {
        return portal.files().share(owner, client.id(), new FileUpload(name, "text/plain",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    }

    /** Shares a document by link and opens the link from a browser: whoever holds the link. */
    public DocumentLinkPrincipal openLink(StaffPrincipal owner, DocumentRef document) {
        return portal.access().openDocumentLink(
                portal.access().shareDocument(owner, document, Optional.empty()).token(), browser());
    }

    /**
     * A GET from a browser at an address no earlier call of this fixture used, so that per-address rate limits
     * never get in the way of setting up.
     */
    public ClientRequest browser() {
        int n = addresses.incrementAndGet();
        return browserAt("198.18." + (n / 250) + "." + (n % 250 + 1));
    }

    /** A GET from a browser at the given address. */
    public static ClientRequest browserAt(String address) {
        return ClientRequest.get(address, BROWSER);
    }

    /** The reference analytics and share links use for an invoice. */
    public static DocumentRef ref(Invoice invoice) {
        return DocumentRef.of(DocumentType.INVOICE, invoice.id());
    }

    /** The personal data an audit entry keeps in its side record (it must have one), as the business reads it. */
    public Map<String, String> personalDataOf(StaffPrincipal staff, AuditEntry entry) {
        return portal.audit().personalData(staff, entry.id()).orElseThrow().values();
    }

    /** The captured events of one type, in order. */
    public <E extends DomainEvent> List<E> eventsOf(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
