package dev.clientportal.core;

import java.util.Objects;

/**
 * The one exception family the SDK throws for rejected calls.
 *
 * <p>Every instance carries a stable {@link ErrorCode}; the message names the field, the value and the rule
 * that was broken. A call that throws a {@code PortalException} has written nothing.
 */
public class PortalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode errorCode;

    /** Creates an exception with a code and a developer-facing message. */
    public PortalException(ErrorCode errorCode, String message) {
        super(Objects.requireNonNull(errorCode, "errorCode") + ": " + message);
        this.errorCode = errorCode;
    }

    /** Creates an exception with a code, a message and the underlying cause. */
    public PortalException(ErrorCode errorCode, String message, Throwable cause) {
        super(Objects.requireNonNull(errorCode, "errorCode") + ": " + message, cause);
        this.errorCode = errorCode;
    }

    /** The stable code that identifies this failure. */
    public ErrorCode errorCode() {
        return errorCode;
    }

    /** The stable code string, shorthand for {@code errorCode().code()}. */
    public String code() {
        return errorCode.code();
    }

    /** Rejects a value of a named field: the message reads {@code field = value: rule}. */
    public static PortalException invalid(ErrorCode code, String field, Object value, String rule) {
        return new PortalException(code, field + " = " + value + ": " + rule);
    }

    /** Rejects a missing required field. */
    public static PortalException required(String field) {
        return new PortalException(ErrorCode.REQUIRED, field + " is required");
    }

    /** Answers that a subject does not exist for the caller (also used when it exists outside its scope). */
    public static PortalException notFound(ErrorCode code, String subject, Object id) {
        return new PortalException(code, subject + " " + id + " was not found");
    }

    /** Checks that a required value is present and returns it. */
    public static <T> T requireField(T value, String field) {
        if (value == null) {
            throw required(field);
        }
        return value;
    }

    /**
     * An optional free text, trimmed ({@code null} becomes empty).
     *
     * @throws PortalException {@link ErrorCode#INVALID_VALUE} when it is longer than {@code maxLength}
     */
    public static String limitText(String value, String field, int maxLength) {
        String text = value == null ? "" : value.strip();
        if (text.length() > maxLength) {
            throw invalid(ErrorCode.INVALID_VALUE, field, text.substring(0, 40) + "…",
                    "must be at most " + maxLength + " characters");
        }
        return text;
    }

    /** Checks that a required text is present and not blank and returns it trimmed. */
    public static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw required(field);
        }
        return value.strip();
    }
}
