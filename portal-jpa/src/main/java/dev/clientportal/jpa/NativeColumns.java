package dev.clientportal.jpa;

import java.nio.ByteBuffer;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

/** Column values as drivers hand them to native queries, which differ by database. */
final class NativeColumns {

    private NativeColumns() {
    }

    /** An id column: a UUID, its text (MariaDB) or its 16 bytes. */
    static UUID uuid(Object value) {
        if (value instanceof UUID id) {
            return id;
        }
        if (value instanceof byte[] bytes) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(value.toString());
    }

    /** A date column: a {@link LocalDate}, or the {@link java.sql.Date} some drivers hand out. */
    static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** A text column: a string, or a {@link Clob} where a union of text columns made it one (H2); null stays null. */
    static String text(Object value) {
        if (value instanceof Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read a text column", e);
            }
        }
        return value == null ? null : value.toString();
    }
}
