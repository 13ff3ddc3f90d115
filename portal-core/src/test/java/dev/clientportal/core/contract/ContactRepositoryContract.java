package dev.clientportal.core.contract;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/** The contract of {@link dev.clientportal.core.client.ContactRepository}. */
public abstract class ContactRepositoryContract extends WorkspaceScopedRepositoryContract<Contact> {

    private ClientId clientId;

    @BeforeEach
    void storeTheClient() {
        clientId = storedClient(workspaceId, "Globex", USD).id();
    }

    @Override
    protected Contact newAggregate() {
        return Samples.contact(workspaceId, clientId, "Ana Ruiz");
    }

    @Override
    protected Contact save(Contact contact) {
        return stores.contacts().save(contact);
    }

    @Override
    protected Optional<Contact> findIn(WorkspaceId workspace, Contact contact) {
        return stores.contacts().find(workspace, contact.id());
    }

    @Override
    protected Contact withVersion(Contact contact, long version) {
        return contact.withVersion(version);
    }

    @Override
    protected long versionOf(Contact contact) {
        return contact.version();
    }

    /** Toggles the viewer role and the active flag, so that roles are both added and removed over updates. */
    @Override
    protected Contact changed(Contact contact) {
        Set<Role> roles = EnumSet.copyOf(contact.roles());
        if (!roles.remove(Role.VIEWER)) {
            roles.add(Role.VIEWER);
        }
        return new Contact(contact.id(), contact.workspaceId(), contact.clientId(), contact.name(), contact.email(),
                roles, !contact.active(), contact.createdAt(), contact.version());
    }

    @Test
    void forClient_listsEveryContactOfTheClientActiveOrNot_byNameThenId() {
        Contact mia2 = stored(withId(Samples.contact(workspaceId, clientId, "Mia Chen"), 2));
        Contact zoe = stored(changed(Samples.contact(workspaceId, clientId, "Zoe Quinn")));
        Contact mia1 = stored(withId(Samples.contact(workspaceId, clientId, "Mia Chen"), 1));
        Contact ana = stored(Samples.contact(workspaceId, clientId, "Ana Ruiz"));
        stored(Samples.contact(workspaceId, storedClient(workspaceId, "Hooli", USD).id(), "Bob Stone"));

        assertThat(zoe.active()).isFalse();
        assertThat(forClient(workspaceId, clientId)).containsExactly(ana, mia1, mia2, zoe);
    }

    @Test
    void forClient_withAnotherWorkspacesId_isEmpty() {
        stored(Samples.contact(workspaceId, clientId, "Ana Ruiz"));
        WorkspaceId other = storedWorkspace("Initech").id();

        assertThat(forClient(other, clientId)).isEmpty();
    }

    @Test
    void findByEmail_ignoresCase_findsContactsOfEveryClientActiveOrNot_orderedById() {
        Contact atHooli = stored(withEmail(withId(Samples.contact(workspaceId, storedClient(workspaceId, "Hooli", USD)
                .id(), "Ana Ruiz"), 3), "ANA.RUIZ@globex.EXAMPLE"));
        Contact removed = stored(changed(withId(Samples.contact(workspaceId, clientId, "Ana Ruiz"), 2)));
        Contact atGlobex = stored(withId(Samples.contact(workspaceId, clientId, "Ana Ruiz"), 1));
        stored(Samples.contact(workspaceId, clientId, "Bob Stone"));

        assertThat(findByEmail(workspaceId, "Ana.Ruiz@Globex.example")).containsExactly(atGlobex, removed, atHooli);
        assertThat(findByEmail(workspaceId, "ana.ruiz@globex.example")).containsExactly(atGlobex, removed, atHooli);
    }

    @Test
    void findByEmail_withAnotherWorkspacesId_orAnUnknownAddress_isEmpty() {
        stored(Samples.contact(workspaceId, clientId, "Ana Ruiz"));
        WorkspaceId other = storedWorkspace("Initech").id();

        assertThat(findByEmail(other, "ana.ruiz@globex.example")).isEmpty();
        assertThat(findByEmail(workspaceId, "ana@globex.example")).isEmpty();
    }

    @Test
    void findByEmail_comparesTheEmailKey_theOneSpellingSignInRequestsAreCountedBy() {
        Contact sid = stored(withEmail(Samples.contact(workspaceId, clientId, "Sid Ross"), "sid.ross@globex.example"));

        // a long s folds to s under NFKC, in lookup and counter alike: the same person
        assertThat(findByEmail(workspaceId, "\u017Fid.ro\u017F\u017F@globex.example")).containsExactly(sid);
        assertThat(findByEmail(workspaceId, "\uFF53id.ross@globex.example")).containsExactly(sid);
        // a dotless i lower-cases to itself: another address (equalsIgnoreCase would have matched it)
        assertThat(findByEmail(workspaceId, "s\u0131d.ross@globex.example")).isEmpty();
        assertThat(ContactRepository.emailKey("S\u0130D.ROSS@GLOBEX.EXAMPLE"))
                .isNotEqualTo(ContactRepository.emailKey("sid.ross@globex.example"));
    }

    @Test
    void anUnknownIdIsNotFound() {
        assertThat(inTransaction(() -> stores.contacts().find(workspaceId,
                new ContactId(UUID.randomUUID())))).isEmpty();
    }

    private List<Contact> forClient(WorkspaceId workspace, ClientId client) {
        return inTransaction(() -> stores.contacts().forClient(workspace, client));
    }

    private List<Contact> findByEmail(WorkspaceId workspace, String email) {
        return inTransaction(() -> stores.contacts().findByEmail(workspace, email));
    }

    private Contact stored(Contact contact) {
        return inTransaction(() -> stores.contacts().save(contact));
    }

    private static Contact withEmail(Contact contact, String email) {
        return new Contact(contact.id(), contact.workspaceId(), contact.clientId(), contact.name(), email,
                contact.roles(), contact.active(), contact.createdAt(), 0);
    }

    private static Contact withId(Contact contact, int n) {
        return new Contact(new ContactId(Samples.orderedUuid(n)), contact.workspaceId(), contact.clientId(),
                contact.name(), contact.email(), contact.roles(), contact.active(), contact.createdAt(), 0);
    }
}
