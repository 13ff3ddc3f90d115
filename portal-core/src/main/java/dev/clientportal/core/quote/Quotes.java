package dev.clientportal.core.quote;

import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.agreement.AgreementRepository;
import dev.clientportal.core.analytics.Analytics;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.invoice.Invoicing;
import dev.clientportal.core.workspace.NumberSequence;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.util.List;

/**
 * Quotes: the business drafts, sends, revises, voids them and reverses acceptances; the client's APPROVER contacts
 * open, accept, reject or ask for changes. Business calls are scoped to the staff principal's workspace, client calls
 * to the portal principal's client: anything outside answers {@link dev.clientportal.core.kernel.ErrorCode#QUOTE_NOT_FOUND},
 * and drafts are invisible to clients.
 *
 * <p>Acceptance converts the quote into invoices exactly once, in the same transaction: without a deposit one invoice
 * with the quote's content is issued; with a deposit, a deposit invoice (one untaxed line) is issued and the quote's
 * full content becomes a draft invoice that deducts the deposit when the business issues it (see
 * {@link dev.clientportal.core.invoice.DraftInvoice#deductingDeposit}). Invoices are priced by the invoice rules at
 * acceptance, with the client's and workspace's tax settings of that moment.
 */
public interface Quotes {

    /**
     * Drafts a quote for a client, in the client's currency, priced with the workspace's tax rounding.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param command   the client, lines, texts, validity, deposit and required agreement
     * @return the draft, revision 1 without a number
     * @throws dev.clientportal.core.kernel.PortalException {@code DEPOSIT_EXCEEDS_TOTAL} for a fixed deposit above the
     *         total, {@code AGREEMENT_NOT_FOUND} for a required agreement that is not the client's
     */
    Quote createDraft(StaffPrincipal principal, DraftQuote command);

    /**
     * Replaces a draft's content.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param quoteId   the draft to change
     * @param command   the new content; its client must be the draft's
     * @return the draft with its new content and totals
     * @throws dev.clientportal.core.kernel.PortalException {@code QUOTE_NOT_EDITABLE} once sent (revise it instead)
     */
    Quote updateDraft(StaffPrincipal principal, QuoteId quoteId, DraftQuote command);

    /**
     * Sends a draft: it takes the next number of the workspace's quote pattern (revision 1), its send date (today
     * in the workspace's zone) and, without one, an expiry date {@link Quote#DEFAULT_VALIDITY_DAYS} days later.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param quoteId   the draft to send
     * @return the sent quote, with its number, send date and expiry date
     */
    Quote send(StaffPrincipal principal, QuoteId quoteId);

    /**
     * Sends a new revision of a sent, changes-requested, rejected or reversed quote with new content: same number,
     * next revision counter, new id. The revised one becomes SUPERSEDED and can no longer be accepted.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param quoteId   the revision to replace
     * @param command   the content of the new revision; its client must be the quote's
     * @return the new revision, already sent
     */
    Quote revise(StaffPrincipal principal, QuoteId quoteId, DraftQuote command);

    /**
     * Withdraws a quote that is not accepted; accepted ones are reversed instead. The reason is required, at most
     * 2,000 characters.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param quoteId   the revision to void
     * @param reason    why it is withdrawn; required, at most 2,000 characters
     * @return the voided revision
     */
    Quote voidQuote(StaffPrincipal principal, QuoteId quoteId, String reason);

    /**
     * Reverses an acceptance, with a reason (required, at most 2,000 characters). Safe rule: the reversal never touches
     * money. It deletes the remainder draft invoice and voids issued invoices of the acceptance that nothing was paid,
     * credited or applied to; invoices already voided or fully credited are left as they are. If any invoice of the
     * acceptance holds money (a payment, client credit, a partial credit note — including a remainder already issued,
     * which consumed the deposit), nothing changes and the call fails with {@code QUOTE_NOT_REVERSIBLE}: the business
     * refunds, credits or voids those invoices first. The quote becomes REVERSED; the business may then revise or void
     * it.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param quoteId   the accepted revision
     * @param reason    why the acceptance is reversed; required, at most 2,000 characters
     * @return the revision, now REVERSED
     */
    Quote reverseAcceptance(StaffPrincipal principal, QuoteId quoteId, String reason);

    /**
     * One revision.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param quoteId   the revision
     * @return the revision
     */
    Quote get(StaffPrincipal principal, QuoteId quoteId);

    /**
     * Every revision of the quote this revision belongs to, revision 1 first.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param quoteId   any revision of the quote
     * @return the revisions, revision 1 first; only the draft for a quote not sent yet
     */
    List<Quote> revisions(StaffPrincipal principal, QuoteId quoteId);

    /**
     * A client's quotes (every revision), drafts included, newest first.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param clientId  the client whose quotes to list
     * @return every revision of the client's quotes, drafts included, newest first
     */
    List<Quote> forClient(StaffPrincipal principal, ClientId clientId);

    /**
     * Opens a quote for a client, recording a QUOTE view.
     *
     * @param principal the contact, link holder or previewing staff member acting; scopes the call to their client
     * @param quoteId   the revision to open; drafts are never shown to clients
     * @param request   the HTTP request the call serves, recorded as evidence
     * @return the revision
     */
    Quote open(PortalPrincipal principal, QuoteId quoteId, ClientRequest request);

    /**
     * The quotes the principal can see (every sent revision), newest first.
     *
     * @param principal the contact, link holder or previewing staff member acting; scopes the call to their client
     * @return the sent revisions of the principal's client it may see, newest first
     */
    List<Quote> list(PortalPrincipal principal);

    /**
     * Accepts a quote with a typed-name signature (one line of at most 200 characters); the evidence records the
     * request's address and user agent and {@link Quote#contentHash()}. Converts the quote into invoices (see the type's documentation) exactly once.
     *
     * @param principal the contact, link holder or previewing staff member acting; scopes the call to their client
     * @param quoteId   the revision to accept
     * @param typedName the name the contact types as a signature; one line, at most 200 characters
     * @param request   the HTTP request the call serves, recorded as evidence
     * @return the accepted revision, with its decision and the invoices created
     * @throws dev.clientportal.core.kernel.PortalException {@code QUOTE_NOT_FOUND} outside the principal's scope,
     *         {@code READ_ONLY_ACCESS} for links and previews, {@code ROLE_REQUIRED} without the APPROVER role,
     *         {@code QUOTE_EXPIRED} after its expiry date, {@code QUOTE_AGREEMENT_UNSIGNED} while a required agreement
     *         lacks a client signature, {@code QUOTE_ALREADY_ACCEPTED} (or {@code CONCURRENT_MODIFICATION} from a
     *         database) when another acceptance got there first, {@code QUOTE_TRANSITION} when superseded, rejected
     *         or void, {@code PERIOD_LOCKED} while today, the invoices' issue date, is in a closed period
     */
    Quote accept(PortalPrincipal principal, QuoteId quoteId, String typedName, ClientRequest request);

    /**
     * Rejects a quote with a reason: required, at most 2,000 characters ({@code INVALID_VALUE} beyond).
     *
     * @param principal the contact, link holder or previewing staff member acting; scopes the call to their client
     * @param quoteId   the revision to reject
     * @param reason    why the client rejects it; required, at most 2,000 characters
     * @param request   the HTTP request the call serves, recorded as evidence
     * @return the rejected revision, with the decision
     */
    Quote reject(PortalPrincipal principal, QuoteId quoteId, String reason, ClientRequest request);

    /**
     * Asks the business for changes, with a comment (required, at most 2,000 characters); the client can still
     * accept or reject this revision.
     *
     * @param principal the contact, link holder or previewing staff member acting; scopes the call to their client
     * @param quoteId   the revision to ask changes of
     * @param comment   what the client wants changed; required, at most 2,000 characters
     * @param request   the HTTP request the call serves, recorded as evidence
     * @return the revision, CHANGES_REQUESTED, with the decision
     */
    Quote requestChanges(PortalPrincipal principal, QuoteId quoteId, String comment, ClientRequest request);
}
