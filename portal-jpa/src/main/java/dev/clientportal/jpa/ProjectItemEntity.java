package dev.clientportal.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * The project an invoice belongs to, in {@code cp_project_invoice}: one row per (workspace, invoice), written only by
 * the upsert of {@link JpaProjects#assignInvoice}; mapped so that the links can be read with JPQL.
 */
@Entity(name = "ProjectInvoice")
@Table(name = "cp_project_invoice")
@IdClass(ProjectInvoiceEntity.Key.class)
class ProjectInvoiceEntity {

    @Id
    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Id
    @Column(name = "invoice_id", nullable = false)
    UUID invoiceId;

    @Column(name = "project_id", nullable = false)
    UUID projectId;

    protected ProjectInvoiceEntity() {
    }

    /** The workspace and the invoice. */
    static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        UUID workspaceId;
        UUID invoiceId;

        protected Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.workspaceId.equals(workspaceId) && key.invoiceId.equals(invoiceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(workspaceId, invoiceId);
        }
    }
}
