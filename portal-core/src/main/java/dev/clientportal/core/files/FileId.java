package dev.clientportal.core.files;

import dev.clientportal.core.kernel.TypedId;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a file in a client's document library.
 *
 * @param value the UUID
 */
public record FileId(UUID value) implements TypedId {

    /**
     * Requires a value.
     *
     * @param value the UUID
     */
    public FileId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the text form.
     *
     * @param text the UUID as text
     * @return the id
     */
    public static FileId of(String text) {
        return new FileId(TypedId.parse(text, "fileId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
