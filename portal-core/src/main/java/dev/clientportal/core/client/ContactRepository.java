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
     * @return the contact as stored, with its new version
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#CONCURRENT_MODIFICATION}
     *         when another writer saved it first
     */
    Contact save(Contact contact);

    /** The contact with this id in the workspace; empty if it does not exist there. */
    Optional<Contact> find(WorkspaceId workspaceId, ContactId id);

    /** Every contact of a client, active or not, ordered by name then id. */
    List<Contact> forClient(WorkspaceId workspaceId, ClientId clientId);

    /**
     * The contacts of a workspace with this email address, ordered by id: those whose {@link #emailKey} equals the
     * given address's (a database adapter stores the key in an indexed column and compares it).
     */
    List<Contact> findByEmail(WorkspaceId workspaceId, String email);

    /**
     * An email address as contacts are looked up and sign-in requests are counted: NFKC-normalised, then lower-cased
     * in {@link Locale#ROOT}. One function for both, so no spelling (a long {@code ſ}, a dotless {@code ı}, a
     * full-width letter) finds a contact while counting apart from it.
     */
    static String emailKey(String email) {
        return Normalizer.normalize(Objects.requireNonNull(email, "email"), Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT);
    }
}
