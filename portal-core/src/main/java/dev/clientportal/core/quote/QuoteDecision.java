package dev.clientportal.core.quote;

import dev.clientportal.core.access.Evidence;

import java.util.Objects;

/**
 * One decision on a quote revision, kept as history: the client's acceptance, rejection or change request, or the
 * business's reversal or void.
 *
 * @param kind     what was decided
 * @param evidence who, when, from where, on which content hash, under which typed name
 * @param text     the rejection reason, the change request, or the business's reason; empty for an acceptance
 */
public record QuoteDecision(Kind kind, Evidence evidence, String text) {

    /** What was decided. */
    public enum Kind {
        /** The client accepted, with a typed-name signature. */
        ACCEPTED,
        /** The client rejected, with a reason. */
        REJECTED,
        /** The client asked for changes, with a comment. */
        CHANGES_REQUESTED,
        /** The business reversed the acceptance, with a reason. */
        ACCEPTANCE_REVERSED,
        /** The business voided the quote, with a reason. */
        VOIDED
    }

    /**
     * Requires every part.
     *
     * @param kind     what was decided
     * @param evidence who, when, from where, on which content hash, under which typed name
     * @param text     the rejection reason, the change request, or the business's reason; empty for an acceptance
     */
    public QuoteDecision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(evidence, "evidence");
        text = Objects.requireNonNullElse(text, "");
    }
}
