package dev.clientportal.core.client;

import dev.clientportal.core.kernel.WorkspaceId;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Stores contacts, always scoped by workspace. */
public interface ContactRepository {

    /**
     * Inserts a contact (version 0) or updates it if the stored version still equals {@code contact.version()}.
     *
     * @param contact the contact to insert or update
     * @return the contact as stored, with its new version
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#CONCURRENT_MODIFICATION}
     *         when another writer saved it first
     */
    Contact save(Contact contact);

    /**
     * The contact with this id in the workspace; empty if it does not exist there.
     *
     * @param workspaceId the workspace to look in
     * @param id          the contact's id
     * @return the contact, empty if the workspace has none with that id
     */
    Optional<Contact> find(WorkspaceId workspaceId, ContactId id);

    /**
     * Every contact of a client, active or not, ordered by name then id.
     *
     * @param workspaceId the workspace to look in
     * @param clientId    the client
     * @return the client's contacts, active or not, ordered by name then id
     */
    List<Contact> forClient(WorkspaceId workspaceId, ClientId clientId);

    /**
     * The contacts of a workspace with this email address, ordered by id: those whose {@link #emailKey} equals the
     * given address's (a database adapter stores the key in an indexed column and compares it).
     *
     * @param workspaceId the workspace to look in
     * @param email       the address as given; compared by {@link #emailKey}
     * @return the matching contacts of any client, active or not, ordered by id; empty when none
     */
    List<Contact> findByEmail(WorkspaceId workspaceId, String email);

    /**
     * An email address as contacts are looked up and sign-in requests are counted: NFKC-normalised, then lower-cased
     * in {@link Locale#ROOT}. One function for both, so no spelling (a long {@code ſ}, a dotless {@code ı}, a
     * full-width letter) finds a contact while counting apart from it.
     *
     * @param email the address as given
     * @return the address NFKC-normalised and lower-cased in {@link Locale#ROOT}
     */
    static String emailKey(String email) {
        return Normalizer.normalize(Objects.requireNonNull(email, "email"), Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT);
    }
}
