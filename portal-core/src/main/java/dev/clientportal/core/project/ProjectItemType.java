package dev.clientportal.core.project;

/** The kinds of things that can belong to a project; each belongs to at most one project of its client. */
public enum ProjectItemType {
    /** An invoice; its totals count towards the project's budget. */
    INVOICE,
    /** A quote or proposal; the invoices its acceptance creates join its project. */
    QUOTE,
    /** A deliverable under review; its approval counts towards the project's progress. */
    DELIVERABLE,
    /** An agreement to sign. */
    AGREEMENT,
    /** A message thread. */
    THREAD,
    /** A file of the client's library. */
    FILE
}
