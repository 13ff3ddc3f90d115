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
 * The project an item belongs to, in {@code cp_project_item}: one row per (workspace, item type, item id), written
 * only by the upsert of {@link JpaProjects#assign}; mapped so that the links can be read with JPQL.
 */
@Entity(name = "ProjectItem")
@Table(name = "cp_project_item")
@IdClass(ProjectItemEntity.Key.class)
class ProjectItemEntity {

    @Id
    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Id
    @Column(name = "item_type", nullable = false, length = 20)
    String itemType;

    @Id
    @Column(name = "item_id", nullable = false)
    UUID itemId;

    @Column(name = "project_id", nullable = false)
    UUID projectId;

    protected ProjectItemEntity() {
    }

    /** The workspace, the item's type and its id. */
    static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        UUID workspaceId;
        String itemType;
        UUID itemId;

        protected Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.workspaceId.equals(workspaceId) && key.itemType.equals(itemType)
                    && key.itemId.equals(itemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(workspaceId, itemType, itemId);
        }
    }
}
