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

    /**
     * Re-computes the workspace's hash chain and reports the first entry that does not match.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @return how many entries were checked and the first broken link, if any
     */
    ChainVerification verify(StaffPrincipal principal);

    /**
     * Re-computes the chain as {@link #verify(StaffPrincipal)} does and also checks it against a checkpoint taken
     * earlier, which finds removed newest entries and a chain rewritten since.
     *
     * @param principal  the staff member acting; must belong to the workspace
     * @param checkpoint a head of this workspace's chain the host kept from {@link #checkpoint}
     * @return how many entries were checked and the first broken link, if any
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#INVALID_VALUE} when the
     *         checkpoint belongs to another workspace
     */
    ChainVerification verify(StaffPrincipal principal, AuditCheckpoint checkpoint);

    /**
     * The current head of the caller's workspace chain, for the host to keep outside the portal's database.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @return the sequence and hash of the last entry; the genesis checkpoint for an empty chain
     */
    AuditCheckpoint checkpoint(StaffPrincipal principal);

    /**
     * Every entry about one subject (e.g. {@code "invoice"}, an invoice id), oldest first.
     *
     * @param principal   the staff member acting; must belong to the workspace
     * @param subjectType the kind of subject, e.g. {@code "invoice"}
     * @param subjectId   the subject's id as text
     * @return the entries about it, oldest first; empty when there are none
     */
    List<AuditEntry> forSubject(StaffPrincipal principal, String subjectType, String subjectId);

    /**
     * A page of the chain from a sequence number on; {@code limit} is 1 to 1000.
     *
     * @param principal    the staff member acting; must belong to the workspace
     * @param fromSequence the first sequence to return; the chain starts at 1
     * @param limit        the most entries to return, 1 to 1000
     * @return up to {@code limit} entries in sequence order; fewer at the end of the chain
     */
    List<AuditEntry> entries(StaffPrincipal principal, long fromSequence, int limit);

    /** The action prefix every security event of the trail carries, e.g. {@code security.sign_in_failed}. */
    String SECURITY_PREFIX = "security.";

    /**
     * The caller's security events from a sequence number on, oldest first, at most {@code limit} (1 to 1000):
     * failed sign-ins and refused document links, rate-limit trips, links issued, document links opened and files
     * downloaded — every entry whose action starts with {@link #SECURITY_PREFIX}. They carry link ids, never tokens.
     *
     * @param principal    the staff member acting; must belong to the workspace
     * @param fromSequence the first sequence to consider; the chain starts at 1
     * @param limit        the most entries to return, 1 to 1000
     * @return up to {@code limit} security events in sequence order
     */
    List<AuditEntry> securityEvents(StaffPrincipal principal, long fromSequence, int limit);

    /**
     * The personal data of one entry of the caller's workspace (or its tombstone, once erased), if it has any.
     * {@link #verify(StaffPrincipal)} tells whether it still matches what the entry committed to.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param entryId   the id of the entry
     * @return the entry's personal data or its tombstone, empty when it has none or is not in the caller's workspace
     */
    Optional<AuditPersonalData> personalData(StaffPrincipal principal, UUID entryId);

    /**
     * Erases, on request, the personal data of every entry about a subject and every entry the subject made as
     * actor {@code subjectType:subjectId} (for a contact: {@code "contact"}, its id — its sign-ins, decisions and
     * messages). Appends one {@value AuditLog#PERSONAL_DATA_ERASED} entry naming the erased entries; the chain keeps
     * verifying and reports them in {@link ChainVerification#personalDataErased()}. Erasing again erases nothing
     * and writes no entry.
     *
     * @param principal   the staff member acting; must belong to the workspace
     * @param subjectType the kind of subject, e.g. {@code "contact"}
     * @param subjectId   the subject's id as text
     * @return the erasure entry's sequence and the entries erased now
     */
    PersonalDataErasure erasePersonalData(StaffPrincipal principal, String subjectType, String subjectId);

    /**
     * Erases the personal data of the given entries of the caller's workspace, at most 1000; ids of entries
     * without personal data, erased already or of another workspace are skipped.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param entryIds  the ids of the entries to erase, at most 1000
     * @return the erasure entry's sequence and the entries erased now
     */
    PersonalDataErasure erasePersonalData(StaffPrincipal principal, Collection<UUID> entryIds);
}
