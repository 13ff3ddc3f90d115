package dev.clientportal.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
        // the length is checked before stripping, so a megabyte of blanks costs no copy
        if (value != null && value.length() > maxLength + SURROUNDING_BLANKS) {
            throw tooLong(value, field, maxLength);
        }
        String text = value == null ? "" : value.strip();
        if (text.length() > maxLength) {
            throw tooLong(text, field, maxLength);
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

    /**
     * A required free text (several lines allowed), trimmed and at most {@code maxLength} characters.
     *
     * @throws PortalException {@link ErrorCode#REQUIRED} when missing or blank, {@link ErrorCode#INVALID_VALUE} when
     *                         too long or holding control characters other than tab and line breaks
     */
    public static String requireText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw required(field);
        }
        return checkedText(value, field, maxLength);
    }

    /**
     * An optional free text (several lines allowed), trimmed ({@code null} becomes empty) and at most
     * {@code maxLength} characters.
     *
     * @throws PortalException {@link ErrorCode#INVALID_VALUE} when too long or holding control characters other than
     *                         tab and line breaks
     */
    public static String optionalText(String value, String field, int maxLength) {
        return value == null ? "" : checkedText(value, field, maxLength);
    }

    /**
     * A required one-line text (a name, a reference, a subject), trimmed and at most {@code maxLength} characters.
     *
     * @throws PortalException {@link ErrorCode#REQUIRED} when missing or blank, {@link ErrorCode#INVALID_VALUE} when
     *                         too long or holding any control character (line breaks included)
     */
    public static String requireLine(String value, String field, int maxLength) {
        return checkedLine(requireText(value, field, maxLength), field);
    }

    /**
     * An optional one-line text, trimmed ({@code null} becomes empty) and at most {@code maxLength} characters.
     *
     * @throws PortalException {@link ErrorCode#INVALID_VALUE} when too long or holding any control character
     */
    public static String optionalLine(String value, String field, int maxLength) {
        return checkedLine(optionalText(value, field, maxLength), field);
    }

    /**
     * An optional list copied element by element ({@code null} becomes empty).
     *
     * @throws PortalException {@link ErrorCode#REQUIRED} naming {@code field[i]} for a {@code null} element,
     *                         {@link ErrorCode#INVALID_VALUE} when it holds more than {@code maxSize} elements
     */
    public static <T> List<T> elements(Collection<? extends T> values, String field, int maxSize) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > maxSize) {
            throw invalid(ErrorCode.INVALID_VALUE, field, values.size() + " elements",
                    "must hold at most " + maxSize);
        }
        List<T> copy = new ArrayList<>(values.size());
        int index = 0;
        for (T value : values) {
            if (value == null) {
                throw required(field + "[" + index + "]");
            }
            copy.add(value);
            index++;
        }
        return List.copyOf(copy);
    }

    /**
     * A required list copied element by element, as {@link #elements}, that may be empty.
     *
     * @throws PortalException {@link ErrorCode#REQUIRED} when the list or one of its elements is {@code null}
     */
    public static <T> List<T> requireElements(Collection<? extends T> values, String field, int maxSize) {
        return elements(requireField(values, field), field, maxSize);
    }

    /** The most blanks around a text that do not count towards its limit. */
    private static final int SURROUNDING_BLANKS = 64;

    private static String checkedText(String value, String field, int maxLength) {
        String text = limitText(value, field, maxLength);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw invalid(ErrorCode.INVALID_VALUE, field, "control character U+" + hex(c) + " at " + i,
                        "only tab and line breaks may appear among control characters");
            }
        }
        return text;
    }

    private static String checkedLine(String text, String field) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                throw invalid(ErrorCode.INVALID_VALUE, field, "control character U+" + hex(c) + " at " + i,
                        "must be one line without control characters");
            }
        }
        return text;
    }

    private static PortalException tooLong(String text, String field, int maxLength) {
        // quotes a short prefix only: the message must not carry the oversized input along
        int cut = Math.min(40, text.length());
        if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return invalid(ErrorCode.INVALID_VALUE, field, text.substring(0, cut) + "… (" + text.length()
                + " characters)", "must be at most " + maxLength + " characters");
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
