package dev.clientportal.core.analytics;

import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.client.ClientId;

import java.util.Map;
import java.util.Objects;

/**
 * A suggested nudge, with the reason in words and the facts behind it, so the host can decide when and how to
 * follow up.
 *
 * @param kind       why
 * @param document   about which document
 * @param clientId   whose
 * @param clientName the client's name
 * @param title      the document's number or title
 * @param reason     a sentence for the business, e.g. "Viewed 3 times, unpaid, 12 days overdue"
 * @param facts      the figures behind it ({@code daysOverdue}, {@code amountDue}, {@code humanViews}, …)
 * @param urgency    higher first; suggestions are ranked by it
 */
public record FollowUp(FollowUpKind kind, DocumentRef document, ClientId clientId, String clientName, String title,
                       String reason, Map<String, String> facts, int urgency) {

    /**
     * Copies the facts.
     *
     * @param kind       why
     * @param document   about which document
     * @param clientId   whose
     * @param clientName the client's name
     * @param title      the document's number or title
     * @param reason     a sentence for the business, e.g. "Viewed 3 times, unpaid, 12 days overdue"
     * @param facts      the figures behind it ({@code daysOverdue}, {@code amountDue}, {@code humanViews}, …)
     * @param urgency    higher first; suggestions are ranked by it
     */
    public FollowUp {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(document, "document");
        facts = Map.copyOf(facts);
    }
}
