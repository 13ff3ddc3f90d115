package dev.clientportal.core.analytics;

import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.client.ClientId;

import java.time.Instant;

/**
 * How a document has been looked at by people on the client's side (human views only).
 *
 * @param document       the document
 * @param clientId       its client
 * @param firstViewedAt  the first human view
 * @param lastViewedAt   the latest human view
 * @param humanViews     human views, repeats by the same viewer within the dedup window counted once
 * @param uniqueViewers  distinct viewers
 */
public record DocumentEngagement(DocumentRef document, ClientId clientId, Instant firstViewedAt, Instant lastViewedAt,
                                 long humanViews, int uniqueViewers) {
}
