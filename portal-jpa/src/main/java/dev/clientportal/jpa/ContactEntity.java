package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.kernel.WorkspaceId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A contact row, with the email key sign-in looks contacts up by in an indexed column of its own. */
@Entity(name = "Contact")
@Table(name = "cp_contact")
class ContactEntity {

    @Id
    UUID id;

    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Column(name = "client_id", nullable = false)
    UUID clientId;

    @Column(name = "name", nullable = false, length = 200)
    String name;

    @Column(name = "email", nullable = false, length = 254)
    String email;

    @Column(name = "email_key", nullable = false, length = 254)
    String emailKey;

    /** Role names separated by commas, e.g. {@code APPROVER,BILLING}. */
    @Column(name = "roles", nullable = false, length = 200)
    String roles;

    @Column(name = "active", nullable = false)
    boolean active;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "version", nullable = false)
    long version;

    protected ContactEntity() {
    }

    static ContactEntity of(Contact contact) {
        ContactEntity entity = new ContactEntity();
        entity.id = contact.id().value();
        entity.workspaceId = contact.workspaceId().value();
        entity.clientId = contact.clientId().value();
        entity.createdAt = contact.createdAt();
        entity.version = 1;
        entity.copy(contact);
        return entity;
    }

    void copy(Contact contact) {
        name = contact.name();
        email = contact.email();
        emailKey = ContactRepository.emailKey(contact.email());
        roles = contact.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        active = contact.active();
    }

    Contact toContact() {
        return new Contact(new ContactId(id), new WorkspaceId(workspaceId), new ClientId(clientId), name, email,
                roles(roles), active, createdAt, version);
    }

    /** The roles as the {@code roles} column holds them: names joined by commas. */
    static Set<Role> roles(String column) {
        Set<Role> roleSet = EnumSet.noneOf(Role.class);
        Arrays.stream(column.split(",")).filter(role -> !role.isEmpty())
                .forEach(role -> roleSet.add(Role.valueOf(role)));
        return roleSet;
    }
}
