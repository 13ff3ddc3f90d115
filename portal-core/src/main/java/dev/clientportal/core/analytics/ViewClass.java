package dev.clientportal.core.analytics;

/** What kind of visitor a document view came from. Only {@link #HUMAN} views count as "viewed". */
public enum ViewClass {
    /** A person on the client's side. */
    HUMAN,
    /**
     * Looks like a link scanner because it came seconds after the document was sent; becomes {@link #HUMAN} if the
     * same address views the document again later, otherwise it never counts.
     */
    PROBABLE_SCANNER,
    /** An email security scanner, link pre-fetcher or chat unfurler. */
    LINK_SCANNER,
    /** Someone of the business looking at the client's portal. */
    INTERNAL
}
