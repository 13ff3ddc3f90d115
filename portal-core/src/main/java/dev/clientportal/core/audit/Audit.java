package dev.clientportal.core.audit;

import dev.clientportal.core.internal.AuditLog;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.kernel.StaffPrincipal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reading and verifying the caller's workspace audit trail. */
public interface Audit {

    /** Re-computes the workspace's hash chain and reports the first entry that does not match. */
    ChainVerification verify(StaffPrincipal principal);

    /**
     * Re-computes the chain as {@link #verify(StaffPrincipal)} does and also checks it against a checkpoint taken
     * earlier, which finds removed newest entries and a chain rewritten since.
     *
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#INVALID_VALUE} when the
     *         checkpoint belongs to another workspace
     */
    ChainVerification verify(StaffPrincipal principal, AuditCheckpoint checkpoint);

    /** The current head of the caller's workspace chain, for the host to keep outside the portal's database. */
    AuditCheckpoint checkpoint(StaffPrincipal principal);

    /** Every entry about one subject (e.g. {@code "invoice"}, an invoice id), oldest first. */
    List<AuditEntry> forSubject(StaffPrincipal principal, String subjectType, String subjectId);

    /** A page of the chain from a sequence number on; {@code limit} is 1 to 1000. */
    List<AuditEntry> entries(StaffPrincipal principal, long fromSequence, int limit);

    /** The action prefix every security event of the trail carries, e.g. {@code security.sign_in_failed}. */
    String SECURITY_PREFIX = "security.";

    /**
     * The caller's security events from a sequence number on, oldest first, at most {@code limit} (1 to 1000):
     * failed sign-ins and refused document links, rate-limit trips, links issued, document links opened and files
     * downloaded — every entry whose action starts with {@link #SECURITY_PREFIX}. They carry link ids, never tokens.
     */
    List<AuditEntry> securityEvents(StaffPrincipal principal, long fromSequence, int limit);

    /**
     * The personal data of one entry of the caller's workspace (or its tombstone, once erased), if it has any.
     * {@link #verify(StaffPrincipal)} tells whether it still matches what the entry committed to.
     */
    Optional<AuditPersonalData> personalData(StaffPrincipal principal, UUID entryId);

    /**
     * Erases, on request, the personal data of every entry about a subject and every entry the subject made as
     * actor {@code subjectType:subjectId} (for a contact: {@code "contact"}, its id — its sign-ins, decisions and
     * messages). Appends one {@value AuditLog#PERSONAL_DATA_ERASED} entry naming the erased entries; the chain keeps
     * verifying and reports them in {@link ChainVerification#personalDataErased()}. Erasing again erases nothing
     * and writes no entry.
     */
    PersonalDataErasure erasePersonalData(StaffPrincipal principal, String subjectType, String subjectId);

    /**
     * Erases the personal data of the given entries of the caller's workspace, at most 1000; ids of entries
     * without personal data, erased already or of another workspace are skipped.
     */
    PersonalDataErasure erasePersonalData(StaffPrincipal principal, Collection<UUID> entryIds);
}
