package dev.clientportal.core.kernel;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one exception family the SDK throws for rejected calls.
 *
 * <p>Every instance carries a stable {@link ErrorCode}, and its message starts with that code's string
 * ({@code invoice.not_editable: invoice INV-7 is OPEN; …}); the rest names the field, the value and the rule that
 * was broken. A host acts on {@link #kind()}, {@link #retryable()}, {@link #field()} and {@link #rejectedValue()},
 * never on the message text. A call that throws a {@code PortalException} has written nothing.
 */
public class PortalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** How many characters of a rejected value are kept: enough to recognise it, too few to flood a log. */
    static final int MAX_REJECTED_VALUE_LENGTH = 64;
    /** Above this many bits a decimal is described by its size: printing it would cost a power of ten. */
    private static final int MAX_UNSCALED_BITS = 400;

    /** The stable code of the failure. */
    private final ErrorCode errorCode;
    /** The input field or subject the failure is about, {@code null} when none is known. */
    private final @Nullable String field;
    /** The rejected value as safe, shortened text, {@code null} when none is known. */
    private final @Nullable String rejectedValue;

    /**
     * Creates an exception with a code and a developer-facing message.
     *
     * @param errorCode the stable code of the failure
     * @param message   what went wrong, for developers and logs; never shown to end users as is
     */
    public PortalException(ErrorCode errorCode, String message) {
        this(errorCode, null, null, message, null);
    }

    /**
     * Creates an exception with a code, a message and the underlying cause.
     *
     * @param errorCode the stable code of the failure
     * @param message   what went wrong, for developers and logs; never shown to end users as is
     * @param cause     the failure that led to this one
     */
    public PortalException(ErrorCode errorCode, String message, Throwable cause) {
        this(errorCode, null, null, message, cause);
    }

    private PortalException(ErrorCode errorCode, @Nullable String field, @Nullable String rejectedValue,
            String message, @Nullable Throwable cause) {
        super(Objects.requireNonNull(errorCode, "errorCode").code() + ": " + message, cause);
        this.errorCode = errorCode;
        this.field = field;
        this.rejectedValue = rejectedValue;
    }

    /**
     * The stable code that identifies this failure.
     *
     * @return the stable code that identifies this failure
     */
    public ErrorCode errorCode() {
        return errorCode;
    }

    /**
     * The stable code string, shorthand for {@code errorCode().code()}.
     *
     * @return the stable code string, e.g. {@code invoice.not_editable}
     */
    public String code() {
        return errorCode.code();
    }

    /**
     * How a host should answer, shorthand for {@code errorCode().kind()}.
     *
     * @return the kind of the failure's code
     */
    public ErrorCode.Kind kind() {
        return errorCode.kind();
    }

    /**
     * Whether the same call may succeed when made again in a new transaction, shorthand for
     * {@code errorCode().retryable()}.
     *
     * @return whether retrying the unchanged call in a new transaction may succeed
     */
    public boolean retryable() {
        return errorCode.retryable();
    }

    /**
     * The input field (or the subject, for not-found answers) the failure is about, when one is known.
     *
     * @return the field or subject, empty when none is known
     */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /**
     * The rejected value as safe text, when one is known: at most {@value #MAX_REJECTED_VALUE_LENGTH} characters
     * then {@code …}, control, format and unassigned characters escaped as {@code \\uXXXX}, so it may be logged or
     * shown without carrying the raw input.
     *
     * @return the rejected value as safe text, empty when none is known
     */
    public Optional<String> rejectedValue() {
        return Optional.ofNullable(rejectedValue);
    }

    /**
     * Rejects a value of a named field: the message reads {@code field = value: rule}.
     *
     * @param code  the stable code of the failure
     * @param field the input field the value came in
     * @param value the rejected value; kept as safe, shortened text
     * @param rule  what the value must be, e.g. {@code must not be negative}
     * @return the exception, for the caller to throw
     */
    public static PortalException invalid(ErrorCode code, String field, @Nullable Object value, String rule) {
        String safe = safeText(value);
        return new PortalException(code, field, safe, field + " = " + safe + ": " + rule, null);
    }

    /**
     * Rejects a missing required field.
     *
     * @param field the missing field
     * @return a {@link ErrorCode#REQUIRED} exception, for the caller to throw
     */
    public static PortalException required(String field) {
        return new PortalException(ErrorCode.REQUIRED, field, null, field + " is required", null);
    }

    /**
     * Answers that a subject does not exist for the caller (also used when it exists outside its scope); the subject
     * is the {@link #field()}, the id the {@link #rejectedValue()}.
     *
     * @param code    the not-found code of the subject, e.g. {@link ErrorCode#INVOICE_NOT_FOUND}
     * @param subject what was looked up, e.g. {@code invoice}
     * @param id      the id that was looked up
     * @return the exception, for the caller to throw
     */
    public static PortalException notFound(ErrorCode code, String subject, Object id) {
        String safe = safeText(id);
        return new PortalException(code, subject, safe, subject + " " + safe + " was not found", null);
    }

    /**
     * Checks that a required value is present and returns it.
     *
     * @param <T>   the type of the value
     * @param value the value, or {@code null}
     * @param field the field it came in, named in the exception
     * @return {@code value}, never {@code null}
     */
    public static <T> T requireField(@Nullable T value, String field) {
        if (value == null) {
            throw required(field);
        }
        return value;
    }

    /**
     * An optional free text, trimmed ({@code null} becomes empty).
     *
     * @param value     the text, or {@code null}
     * @param field     the field it came in, named in any exception
     * @param maxLength the most characters allowed after trimming
     * @return the text trimmed, empty for {@code null}
     * @throws PortalException {@link ErrorCode#INVALID_VALUE} when it is longer than {@code maxLength}
     */
    public static String limitText(@Nullable String value, String field, int maxLength) {
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

    /**
     * Checks that a required text is present and not blank and returns it trimmed.
     *
     * @param value the text
     * @param field the field it came in, named in any exception
     * @return the text trimmed, never empty
     */
    public static String requireText(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw required(field);
        }
        return value.strip();
    }

    /**
     * A required free text (several lines allowed), trimmed and at most {@code maxLength} characters.
     *
     * @param value     the text
     * @param field     the field it came in, named in any exception
     * @param maxLength the most characters allowed after trimming
     * @return the text trimmed, never empty
     * @throws PortalException {@link ErrorCode#REQUIRED} when missing or blank, {@link ErrorCode#INVALID_VALUE} when
     *                         too long or holding control characters other than tab and line breaks
     */
    public static String requireText(@Nullable String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw required(field);
        }
        return checkedText(value, field, maxLength);
    }

    /**
     * An optional free text (several lines allowed), trimmed ({@code null} becomes empty) and at most
     * {@code maxLength} characters.
     *
     * @param value     the text, or {@code null}
     * @param field     the field it came in, named in any exception
     * @param maxLength the most characters allowed after trimming
     * @return the text trimmed, empty for {@code null}
     * @throws PortalException {@link ErrorCode#INVALID_VALUE} when too long or holding control characters other than
     *                         tab and line breaks
     */
    public static String optionalText(@Nullable String value, String field, int maxLength) {
        return value == null ? "" : checkedText(value, field, maxLength);
    }

    /**
     * A required one-line text (a name, a reference, a subject), trimmed and at most {@code maxLength} characters.
     *
     * @param value     the text
     * @param field     the field it came in, named in any exception
     * @param maxLength the most characters allowed after trimming
     * @return the text trimmed, never empty
     * @throws PortalException {@link ErrorCode#REQUIRED} when missing or blank, {@link ErrorCode#INVALID_VALUE} when
     *                         too long or holding any control character (line breaks included)
     */
    public static String requireLine(@Nullable String value, String field, int maxLength) {
        return checkedLine(requireText(value, field, maxLength), field);
    }

    /**
     * An optional one-line text, trimmed ({@code null} becomes empty) and at most {@code maxLength} characters.
     *
     * @param value     the text, or {@code null}
     * @param field     the field it came in, named in any exception
     * @param maxLength the most characters allowed after trimming
     * @return the text trimmed, empty for {@code null}
     * @throws PortalException {@link ErrorCode#INVALID_VALUE} when too long or holding any control character
     */
    public static String optionalLine(@Nullable String value, String field, int maxLength) {
        return checkedLine(optionalText(value, field, maxLength), field);
    }

    /**
     * An optional list copied element by element ({@code null} becomes empty).
     *
     * @param <T>     the type of the elements
     * @param values  the list, or {@code null}
     * @param field   the field it came in; an element is named {@code field[i]}
     * @param maxSize the most elements allowed
     * @return an unmodifiable copy, empty for {@code null}
     * @throws PortalException {@link ErrorCode#REQUIRED} naming {@code field[i]} for a {@code null} element,
     *                         {@link ErrorCode#INVALID_VALUE} when it holds more than {@code maxSize} elements
     */
    public static <T> List<T> elements(@Nullable Collection<? extends T> values, String field, int maxSize) {
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
     * @param <T>     the type of the elements
     * @param values  the list
     * @param field   the field it came in; an element is named {@code field[i]}
     * @param maxSize the most elements allowed
     * @return an unmodifiable copy, possibly empty
     * @throws PortalException {@link ErrorCode#REQUIRED} when the list or one of its elements is {@code null}
     */
    public static <T> List<T> requireElements(@Nullable Collection<? extends T> values, String field, int maxSize) {
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

    /**
     * A value as a message may quote it: a decimal never in its full plain expansion (see {@code DecimalInput}),
     * anything else by its string form cut to {@value #MAX_REJECTED_VALUE_LENGTH} characters, with characters that
     * could forge log lines or reorder text (controls, bidi overrides, lone surrogates) escaped.
     */
    static String safeText(@Nullable Object value) {
        if (value == null) {
            return "null";
        }
        String text;
        if (value instanceof BigDecimal decimal) {
            // a decimal of millions of digits would cost more to print than the rejection is worth
            int bits = decimal.unscaledValue().bitLength();
            text = bits > MAX_UNSCALED_BITS ? "a number of about " + (long) Math.ceil(bits * 0.30103) + " digits"
                    : decimal.toString();
        } else {
            text = String.valueOf(value);
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_REJECTED_VALUE_LENGTH) + 8);
        int i = 0;
        // the budget counts what is written, so escapes shorten the quote instead of lengthening the message
        while (i < text.length() && out.length() < MAX_REJECTED_VALUE_LENGTH) {
            int c = text.codePointAt(i);
            int type = Character.getType(c);
            boolean unsafe = Character.isISOControl(c) || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            if (unsafe) {
                for (char unit : Character.toChars(c)) {
                    out.append(String.format("\\u%04X", (int) unit));
                }
            } else {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return i < text.length() ? out.append('…').toString() : out.toString();
    }
}
