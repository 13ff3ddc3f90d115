package dev.clientportal.core.access;

import dev.clientportal.core.client.ContactId;

import java.time.Instant;
import java.util.Objects;

/**
 * A magic link to email to a contact. The raw {@link #token()} exists only here: the SDK keeps its hash, so the
 * host must put it into the link now (e.g. {@code https://portal.example/sign-in?token=…}).
 *
 * @param contactId the contact it signs in
 * @param email     where to send it
 * @param token     the raw secret, 256 bits, URL-safe
 * @param purpose   an invitation or a requested sign-in
 * @param expiresAt when it stops working
 */
public record SignInLink(ContactId contactId, String email, String token, LoginToken.Purpose purpose,
                         Instant expiresAt) {

    /**
     * Requires every field.
     *
     * @param contactId the contact it signs in
     * @param email     where to send it
     * @param token     the raw secret, 256 bits, URL-safe
     * @param purpose   an invitation or a requested sign-in
     * @param expiresAt when it stops working
     */
    public SignInLink {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Leaves the secret out, so links never end up in logs. */
    @Override
    public String toString() {
        return "SignInLink[contact=" + contactId + ", purpose=" + purpose + ", expiresAt=" + expiresAt + "]";
    }
}
