package dev.clientportal.core.agreement;

import dev.clientportal.core.kernel.TypedId;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an agreement (all of its versions).
 *
 * @param value the UUID
 */
public record AgreementId(UUID value) implements TypedId {

    /**
     * Requires a value.
     *
     * @param value the UUID
     */
    public AgreementId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the text form.
     *
     * @param text the UUID as text
     * @return the id
     */
    public static AgreementId of(String text) {
        return new AgreementId(TypedId.parse(text, "agreementId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
