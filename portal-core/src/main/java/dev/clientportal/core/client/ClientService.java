package dev.clientportal.core.client;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

final class ClientService implements Clients {

    private static final int MAX_PAGE = 500;

    private final WorkspaceRepository workspaces;
    private final ClientRepository clients;
    private final ContactRepository contacts;
    private final PortalRuntime runtime;

    ClientService(WorkspaceRepository workspaces, ClientRepository clients, ContactRepository contacts,
                  PortalRuntime runtime) {
        this.workspaces = workspaces;
        this.clients = clients;
        this.contacts = contacts;
        this.runtime = runtime;
    }

    @Override
    public Client create(StaffPrincipal principal, CreateClient command) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(command, "command");
        return runtime.execute(events -> {
            Workspace workspace = workspaces.require(principal.workspaceId());
            CurrencyUnit currency = command.currency() != null ? command.currency()
                    : workspace.settings().defaultCurrency();
            Client client = clients.save(new Client(new ClientId(runtime.ids().next()), workspace.id(),
                    command.name(), command.email(), command.billingAddress(), command.taxId(), currency,
                    command.taxExempt(), Optional.ofNullable(command.locale()), Map.of(), false,
                    runtime.clock().instant(), 0));
            runtime.audit().record(workspace.id(), principal.actor(), "client.created", "client",
                    client.id().toString(), Map.of("name", client.name(), "currency", currency.code(),
                            "locale", localeTag(client)));
            return client;
        });
    }

    @Override
    public Client get(StaffPrincipal principal, ClientId clientId) {
        PortalException.requireField(principal, "principal");
        return runtime.execute(events -> load(principal, clientId));
    }

    @Override
    public List<Client> list(StaffPrincipal principal, int offset, int limit) {
        PortalException.requireField(principal, "principal");
        if (offset < 0) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "offset", offset, "must not be negative");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "limit", limit, "must be between 1 and " + MAX_PAGE);
        }
        return runtime.execute(events -> clients.list(principal.workspaceId(), offset, limit));
    }

    @Override
    public Client update(StaffPrincipal principal, UpdateClient command) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(command, "command");
        return runtime.execute(events -> {
            Client saved = clients.save(load(principal, command.clientId()).withDetails(command));
            runtime.audit().record(saved.workspaceId(), principal.actor(), "client.updated", "client",
                    saved.id().toString(), Map.of("name", saved.name(), "taxExempt",
                            Boolean.toString(saved.taxExempt()), "locale", localeTag(saved)));
            return saved;
        });
    }

    @Override
    public Client archive(StaffPrincipal principal, ClientId clientId) {
        PortalException.requireField(principal, "principal");
        return runtime.execute(events -> {
            Client saved = clients.save(load(principal, clientId).archive());
            runtime.audit().record(saved.workspaceId(), principal.actor(), "client.archived", "client",
                    saved.id().toString(), Map.of());
            return saved;
        });
    }

    @Override
    public Contact addContact(StaffPrincipal principal, AddContact command) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(command, "command");
        return runtime.execute(events -> {
            Client client = load(principal, command.clientId()).requireActive();
            boolean taken = contacts.forClient(client.workspaceId(), client.id()).stream()
                    .anyMatch(existing -> existing.active() && ContactRepository.emailKey(existing.email())
                            .equals(ContactRepository.emailKey(command.email())));
            if (taken) {
                throw PortalException.invalid(ErrorCode.DUPLICATE_KEY, "contact.email", command.email(),
                        "is already a contact of client " + client.name());
            }
            Contact contact = contacts.save(new Contact(new ContactId(runtime.ids().next()), client.workspaceId(),
                    client.id(), command.name(), command.email(), command.roles(), true, runtime.clock().instant(), 0));
            runtime.audit().record(client.workspaceId(), principal.actor(), "contact.added", "contact",
                    contact.id().toString(), Map.of("client", client.id().toString(),
                            "roles", roles(contact.roles())), Map.of("email", contact.email()));
            return contact;
        });
    }

    @Override
    public Contact contact(StaffPrincipal principal, ContactId contactId) {
        PortalException.requireField(principal, "principal");
        return runtime.execute(events -> loadContact(principal, contactId));
    }

    @Override
    public List<Contact> contacts(StaffPrincipal principal, ClientId clientId) {
        PortalException.requireField(principal, "principal");
        return runtime.execute(events -> contacts.forClient(principal.workspaceId(), load(principal, clientId).id()));
    }

    @Override
    public Contact changeRoles(StaffPrincipal principal, ContactId contactId, Set<Role> roles) {
        PortalException.requireField(principal, "principal");
        Set<Role> checked = Contact.requireRoles(roles);
        return runtime.execute(events -> {
            Contact saved = contacts.save(loadContact(principal, contactId).withRoles(checked));
            runtime.audit().record(saved.workspaceId(), principal.actor(), "contact.roles_changed", "contact",
                    saved.id().toString(), Map.of("roles", roles(saved.roles())));
            return saved;
        });
    }

    @Override
    public Contact removeContact(StaffPrincipal principal, ContactId contactId) {
        PortalException.requireField(principal, "principal");
        return runtime.execute(events -> {
            Contact saved = contacts.save(loadContact(principal, contactId).deactivate());
            runtime.audit().record(saved.workspaceId(), principal.actor(), "contact.removed", "contact",
                    saved.id().toString(), Map.of("client", saved.clientId().toString()));
            return saved;
        });
    }

    private Client load(StaffPrincipal principal, ClientId clientId) {
        return clients.require(principal.workspaceId(), clientId);
    }

    private Contact loadContact(StaffPrincipal principal, ContactId contactId) {
        PortalException.requireField(contactId, "contactId");
        return contacts.find(principal.workspaceId(), contactId).orElseThrow(() ->
                PortalException.notFound(ErrorCode.CONTACT_NOT_FOUND, "contact", contactId));
    }

    /** The client's own document locale as a language tag, empty when it takes the workspace's. */
    private static String localeTag(Client client) {
        return client.locale().map(Locale::toLanguageTag).orElse("");
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
