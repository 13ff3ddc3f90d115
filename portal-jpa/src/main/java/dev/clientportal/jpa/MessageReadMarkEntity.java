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
 * How far one participant has read one thread, in {@code cp_message_read}. Written only by the upsert of
 * {@link JpaMessages#markRead}, which never moves it backwards; mapped so that unread counts can be JPQL.
 */
@Entity(name = "MessageReadMark")
@Table(name = "cp_message_read")
@IdClass(MessageReadMarkEntity.Key.class)
class MessageReadMarkEntity {

    @Id
    @Column(name = "thread_id", nullable = false)
    UUID threadId;

    @Id
    @Column(name = "participant", nullable = false, length = 300)
    String participant;

    @Column(name = "up_to_sequence", nullable = false)
    int upToSequence;

    protected MessageReadMarkEntity() {
    }

    /** The thread and the reader. */
    static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        UUID threadId;
        String participant;

        protected Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.threadId.equals(threadId) && key.participant.equals(participant);
        }

        @Override
        public int hashCode() {
            return Objects.hash(threadId, participant);
        }
    }
}
