package dev.clientportal.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The last number handed out by one sequence of a workspace; its row lock makes numbering gapless. */
@Entity(name = "Counter")
@Table(name = "cp_number_sequence")
class CounterEntity {

    @EmbeddedId
    Key key;

    @Column(name = "last_value", nullable = false)
    long lastValue;

    protected CounterEntity() {
    }

    CounterEntity(Key key, long lastValue) {
        this.key = key;
        this.lastValue = lastValue;
    }

    /** A workspace and the sequence's scope within it. */
    @Embeddable
    static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "workspace_id", nullable = false)
        UUID workspaceId;

        @Column(name = "scope", nullable = false, length = 200)
        String scope;

        protected Key() {
        }

        Key(UUID workspaceId, String scope) {
            this.workspaceId = workspaceId;
            this.scope = scope;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.workspaceId.equals(workspaceId) && key.scope.equals(scope);
        }

        @Override
        public int hashCode() {
            return Objects.hash(workspaceId, scope);
        }
    }
}
