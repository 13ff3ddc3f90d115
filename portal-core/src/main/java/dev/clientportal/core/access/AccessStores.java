package dev.clientportal.core.access;

/**
 * The stores of the access feature.
 *
 * @param tokens    sign-in tokens
 * @param sessions  portal sessions
 * @param sessionQueries the facts of a session check in one answer
 * @param links     document links
 * @param access    portal access per contact
 * @param sends     the document send log (share links count as sends)
 * @param rateLimits sign-in attempt counters
 */
record AccessStores(LoginTokenRepository tokens, PortalSessionRepository sessions, SessionQueries sessionQueries,
             DocumentLinkRepository links, PortalAccessRepository access, DocumentSendLog sends, RateLimitCounter rateLimits) {
}
