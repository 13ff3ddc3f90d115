package dev.clientportal.core.document;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.core.quote.QuoteDecision;
import dev.clientportal.core.workspace.Workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One quote revision as printed: its lines, totals, validity, deposit and texts, who offers it to whom, its status
 * mark on the day it was put together, and the client's acceptance once accepted.
 *
 * @param key               what its rendering is cached under
 * @param letterhead        the offering business
 * @param billTo            the client it is offered to
 * @param quote             the quote revision
 * @param mark              ACCEPTED, EXPIRED, REJECTED, REVERSED, SUPERSEDED, VOID or DRAFT, derived from the status
 *                          and the clock; none while it waits for the client
 * @param acceptance        who accepted it, when, from where, under which typed name and on which content hash;
 *                          empty unless the client accepted this revision (a reversed acceptance is kept)
 * @param requiredAgreement the title of the agreement the client must sign before accepting, empty for none
 * @param zone              the workspace's time zone, which times are printed in
 * @param generatedAt       when the document was put together
 */
public record QuoteDocument(DocumentKey key, Letterhead letterhead, BillTo billTo, Quote quote, StatusMark mark,
                            Optional<Signatory> acceptance, Optional<String> requiredAgreement, ZoneId zone,
                            Instant generatedAt) implements PrintableDocument {

    /**
     * Requires every part.
     *
     * @param key               what its rendering is cached under
     * @param letterhead        the offering business
     * @param billTo            the client it is offered to
     * @param quote             the quote revision
     * @param mark              ACCEPTED, EXPIRED, REJECTED, REVERSED, SUPERSEDED, VOID or DRAFT, derived from the
     *                          status and the clock; none while it waits for the client
     * @param acceptance        who accepted it, when, from where, under which typed name and on which content hash;
     *                          empty unless the client accepted this revision (a reversed acceptance is kept)
     * @param requiredAgreement the title of the agreement the client must sign before accepting, empty for none
     * @param zone              the workspace's time zone, which times are printed in
     * @param generatedAt       when the document was put together
     */
    public QuoteDocument {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(billTo, "billTo");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(acceptance, "acceptance");
        Objects.requireNonNull(requiredAgreement, "requiredAgreement");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(generatedAt, "generatedAt");
    }

    /**
     * The document of a quote revision as of {@code today} in the workspace's zone.
     *
     * @param workspace         the workspace issuing it, for its letterhead, branding and time zone
     * @param client            the client it is addressed to, for its billing block
     * @param quote             the quote revision
     * @param today             the day in the workspace's zone, which decides the EXPIRED stamp
     * @param contacts          the client's contacts, to name who accepted it
     * @param requiredAgreement the current title of the agreement the quote requires, empty for none
     * @param logos             where the workspace logo is loaded from when the document is laid out
     * @param generatedAt       when the document is put together, from the portal's clock
     * @return the printable quote revision
     */
    public static QuoteDocument of(Workspace workspace, Client client, Quote quote, LocalDate today,
                                   List<Contact> contacts, Optional<String> requiredAgreement, LogoSource logos,
                                   Instant generatedAt) {
        StatusMark mark = StatusMark.of(quote, today);
        Optional<Signatory> acceptance = quote.decisions().stream()
                .filter(decision -> decision.kind() == QuoteDecision.Kind.ACCEPTED)
                .reduce((first, second) -> second)
                .map(decision -> Signatory.client(decision.evidence(), Optional.empty(), contacts));
        List<String> printed = new ArrayList<>(2);
        acceptance.ifPresent(signatory -> printed.add(signatory.identity()));
        requiredAgreement.ifPresent(printed::add);
        DocumentKey key = new DocumentKey(workspace.id(), "quote/" + quote.id(), quote.version(),
                workspace.brandingVersion(), Keys.variant(workspace, client, mark, Keys.fingerprint(printed)));
        return new QuoteDocument(key, Letterhead.of(workspace, client, logos), BillTo.of(client), quote, mark,
                acceptance, requiredAgreement, workspace.settings().timeZone(), generatedAt);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.QUOTE;
    }

    /** The quote number with its revision after the first, e.g. {@code Q-2026-00001 revision 2}; DRAFT before. */
    @Override
    public String reference() {
        return quote.number() != null ? quote.describe() : "DRAFT";
    }
}
