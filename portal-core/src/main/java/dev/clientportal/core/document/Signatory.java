package dev.clientportal.core.document;

import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.access.Evidence;
import dev.clientportal.core.agreement.SignatureCertificate;
import dev.clientportal.core.client.Contact;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone who signed or accepted a document, as printed: the party they acted for, who they are, and the evidence
 * of their decision (when, from where, under which typed name, on which SHA-256).
 *
 * @param party    a contact of the client, or the business countersigning
 * @param name     the contact's name, or the workspace user as the host names them; never an internal id
 * @param email    the contact's email address; empty for the business and for a contact that no longer exists
 * @param evidence actor, time, address, user agent, content hash and typed name
 */
public record Signatory(SignatureCertificate.Party party, String name, String email, Evidence evidence) {

    /** How a client contact is named when neither its record nor a typed name says more. */
    public static final String FORMER_CONTACT = "Former contact";

    /**
     * Requires every part; a missing email is empty.
     *
     * @param party    a contact of the client, or the business countersigning
     * @param name     the contact's name, or the workspace user as the host names them; never an internal id
     * @param email    the contact's email address; empty for the business and for a contact that no longer exists
     * @param evidence actor, time, address, user agent, content hash and typed name
     */
    public Signatory {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(name, "name");
        email = Objects.requireNonNullElse(email, "");
        Objects.requireNonNull(evidence, "evidence");
    }

    /**
     * A client contact's decision: the contact is found among {@code contacts} by the evidence's actor; without it
     * the name is {@code knownName}, else the name the contact typed, else {@value #FORMER_CONTACT}. Never the
     * actor: it is an internal id ({@code contact:…}) that documents do not show.
     */
    static Signatory client(Evidence evidence, Optional<String> knownName, List<Contact> contacts) {
        Optional<Contact> contact = contacts.stream()
                .filter(candidate -> ContactPrincipal.actorOf(candidate.id()).equals(evidence.actor()))
                .findFirst();
        String name = knownName.or(() -> contact.map(Contact::name))
                .orElse(evidence.typedName().isEmpty() ? FORMER_CONTACT : evidence.typedName());
        return new Signatory(SignatureCertificate.Party.CLIENT, name, contact.map(Contact::email).orElse(""),
                evidence);
    }

    /** A certificate's signature entry, with the email of the client contact who gave it. */
    static Signatory of(SignatureCertificate.SignatureEntry entry, List<Contact> contacts) {
        return entry.party() == SignatureCertificate.Party.CLIENT
                ? client(entry.evidence(), Optional.of(entry.name()), contacts)
                : new Signatory(entry.party(), entry.name(), "", entry.evidence());
    }

    /** Who it is as printed and as cached: the party, name and email. */
    String identity() {
        return party + "|" + name + "|" + email;
    }
}
