package dev.clientportal.core.analytics;

import dev.clientportal.core.access.AccessChannel;
import dev.clientportal.core.access.ClientRequest;

import java.time.Instant;
import java.util.Optional;

/**
 * What a classification rule may look at.
 *
 * @param channel    how the viewer reached the portal
 * @param request    address, user agent and method of the request
 * @param at         when the view happened
 * @param lastSentAt when the document was last sent, if ever
 */
public record ViewFacts(AccessChannel channel, ClientRequest request, Instant at, Optional<Instant> lastSentAt) {
}
