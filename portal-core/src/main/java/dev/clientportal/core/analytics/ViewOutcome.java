package dev.clientportal.core.analytics;

/**
 * What recording a view did.
 *
 * @param classification   what kind of visitor it was
 * @param counted          whether it added to the document's human view count
 * @param firstHumanView   whether it was the first human view of the document ever
 */
public record ViewOutcome(ViewClass classification, boolean counted, boolean firstHumanView) {
}
