package dev.clientportal.core.agreement;

import dev.clientportal.core.kernel.TypedId;

import java.util.Objects;
import java.util.UUID;

/** Identifies an agreement (all of its versions). */
public record AgreementId(UUID value) implements TypedId {

    /** Requires a value. */
    public AgreementId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses the text form. */
    public static AgreementId of(String text) {
        return new AgreementId(TypedId.parse(text, "agreementId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
