package dev.clientportal.jpa;

import dev.clientportal.core.access.DocumentSendLog;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.spi.TransactionRunner;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The latest send per document in {@code cp_document_send}, one row per (workspace, document type, document id).
 * Each send commits on its own ({@link OwnTransactions}): a send is one upsert that keeps the later of the stored and
 * the new instant, so sends recorded at once by several instances, in any order, leave the latest.
 */
final class JpaDocumentSendLog implements DocumentSendLog {

    private static final String POSTGRESQL_UPSERT = "insert into cp_document_send as s"
            + " (workspace_id, document_type, document_id, last_sent_at) values (:workspace, :type, :document, :at)"
            + " on conflict (workspace_id, document_type, document_id)"
            + " do update set last_sent_at = greatest(s.last_sent_at, excluded.last_sent_at)";
    private static final String MARIADB_UPSERT = "insert into cp_document_send"
            + " (workspace_id, document_type, document_id, last_sent_at) values (:workspace, :type, :document, :at)"
            + " on duplicate key update last_sent_at = greatest(last_sent_at, values(last_sent_at))";

    private final OwnTransactions transactions;
    private final EntityManagers entityManagers;
    private final TransactionRunner callers;

    /** Sends written in transactions of their own; read in the caller's transaction when one is open. */
    JpaDocumentSendLog(OwnTransactions transactions, EntityManagers entityManagers, TransactionRunner callers) {
        this.transactions = transactions;
        this.entityManagers = entityManagers;
        this.callers = callers;
    }

    @Override
    public void recordSend(WorkspaceId workspaceId, DocumentRef document, Instant at) {
        DocumentSendEntity.Key key = key(workspaceId, document);
        Instant sentAt = InputLimits.requireInstant(PortalException.requireField(at, "at"), "at")
                .truncatedTo(ChronoUnit.MICROS);
        transactions.write("record a send of " + document, entityManager -> {
            switch (transactions.dialect()) {
                case POSTGRESQL -> upsert(entityManager, POSTGRESQL_UPSERT, key, sentAt);
                case MARIADB -> upsert(entityManager, MARIADB_UPSERT, key, sentAt);
                case H2 -> lockThenWrite(entityManager, key, sentAt);
            }
            return null;
        });
    }

    /**
     * One read by key: in the caller's transaction when one is open (a page reading its document asks in the same
     * transaction, so the read costs no transaction of its own), else in a transaction of its own. The row is not
     * kept in the caller's persistence context.
     */
    @Override
    public Optional<Instant> lastSentAt(WorkspaceId workspaceId, DocumentRef document) {
        DocumentSendEntity.Key key = key(workspaceId, document);
        String action = "read the last send of " + document;
        if (callers.isTransactionOpen()) {
            return Versioned.read(action, () -> lastSentAt(entityManagers.current(), key));
        }
        return transactions.read(action, entityManager -> lastSentAt(entityManager, key));
    }

    private static Optional<Instant> lastSentAt(EntityManager entityManager, DocumentSendEntity.Key key) {
        DocumentSendEntity row = entityManager.find(DocumentSendEntity.class, key);
        if (row == null) {
            return Optional.empty();
        }
        entityManager.detach(row);
        return Optional.of(row.lastSentAt);
    }

    private static DocumentSendEntity.Key key(WorkspaceId workspaceId, DocumentRef document) {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(document, "document");
        return new DocumentSendEntity.Key(workspaceId.value(), document.type().name(), document.id());
    }

    private static void upsert(EntityManager entityManager, String sql, DocumentSendEntity.Key key, Instant at) {
        entityManager.createNativeQuery(sql)
                .setParameter("workspace", key.workspaceId)
                .setParameter("type", key.documentType)
                .setParameter("document", key.documentId)
                .setParameter("at", at)
                .executeUpdate();
    }

    /** A racing first send makes the insert fail as a duplicate; {@link OwnTransactions} runs it again. */
    private static void lockThenWrite(EntityManager entityManager, DocumentSendEntity.Key key, Instant at) {
        DocumentSendEntity row = entityManager.find(DocumentSendEntity.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            entityManager.persist(new DocumentSendEntity(key, at));
        } else if (row.lastSentAt.isBefore(at)) {
            row.lastSentAt = at;
        }
    }
}
