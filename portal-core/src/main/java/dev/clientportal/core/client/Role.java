package dev.clientportal.core.client;

/** What a contact may do in the portal. A contact may hold several roles. */
public enum Role {
    /** Sees invoices, statements and payments, and pays. */
    BILLING,
    /** Decides on deliverables and quotes. */
    APPROVER,
    /** Reads, never acts. */
    VIEWER
}
