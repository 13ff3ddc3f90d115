package dev.clientportal.core.workspace;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How document numbers are formed, e.g. {@code INV-{yyyy}-{seq:5}} → {@code INV-2026-00042}.
 *
 * <p>Placeholders: {@code {yyyy}}, {@code {yy}}, {@code {MM}} for the issue date, and exactly one {@code {seq}} or
 * {@code {seq:N}} (zero-padded to N digits). The sequence restarts whenever the text around it changes, so a
 * pattern with {@code {yyyy}} counts from 1 each year. Literal text may use letters, digits and {@code - _ / .}.
 */
public final class NumberingPattern {

    private static final Pattern TOKEN = Pattern.compile("\\{([^}]*)}");
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9_./-]*");
    private static final Pattern SEQ = Pattern.compile("seq(?::([1-9]))?");
    private static final int MAX_LENGTH = 40;

    private final String pattern;
    private final List<Segment> segments;

    private NumberingPattern(String pattern, List<Segment> segments) {
        this.pattern = pattern;
        this.segments = segments;
    }

    /**
     * Parses a pattern.
     *
     * @param pattern the pattern, e.g. {@code INV-{yyyy}-{seq:5}}; at most 40 characters
     * @return the parsed pattern
     * @throws PortalException {@link ErrorCode#INVALID_NUMBERING_PATTERN} naming what is wrong
     */
    public static NumberingPattern of(String pattern) {
        String text = PortalException.requireText(pattern, "numberingPattern");
        if (text.length() > MAX_LENGTH) {
            throw invalid(text, "must be at most " + MAX_LENGTH + " characters");
        }
        List<Segment> segments = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        int last = 0;
        int sequences = 0;
        while (matcher.find()) {
            addLiteral(segments, text, text.substring(last, matcher.start()));
            String token = matcher.group(1);
            Matcher seq = SEQ.matcher(token);
            if (seq.matches()) {
                sequences++;
                segments.add(new Segment(Kind.SEQUENCE, "", seq.group(1) == null ? 1 : Integer.parseInt(seq.group(1))));
            } else {
                segments.add(switch (token) {
                    case "yyyy" -> new Segment(Kind.YEAR, "", 4);
                    case "yy" -> new Segment(Kind.YEAR, "", 2);
                    case "MM" -> new Segment(Kind.MONTH, "", 2);
                    default -> throw invalid(text, "unknown placeholder {" + token + "}; use {yyyy}, {yy}, {MM} or {seq:N}");
                });
            }
            last = matcher.end();
        }
        addLiteral(segments, text, text.substring(last));
        if (sequences != 1) {
            throw invalid(text, "must contain exactly one {seq} or {seq:N} placeholder");
        }
        return new NumberingPattern(text, List.copyOf(segments));
    }

    private static void addLiteral(List<Segment> segments, String pattern, String literal) {
        if (literal.isEmpty()) {
            return;
        }
        if (!LITERAL.matcher(literal).matches()) {
            throw invalid(pattern, "literal text '" + literal + "' may use only letters, digits and - _ / .");
        }
        segments.add(new Segment(Kind.LITERAL, literal, 0));
    }

    private static PortalException invalid(String pattern, String rule) {
        return PortalException.invalid(ErrorCode.INVALID_NUMBERING_PATTERN, "numberingPattern", pattern, rule);
    }

    /**
     * The scope the sequence counts in for a document issued on the given date: the pattern with its date
     * placeholders filled in, e.g. {@code INV-2026-{seq}}. A {@link NumberSequence} counts per scope.
     *
     * @param date the issue date
     * @return the pattern with its date placeholders filled in, e.g. {@code INV-2026-{seq}}
     */
    public String scope(LocalDate date) {
        return render(date, -1);
    }

    /**
     * The document number for the given date and sequence value.
     *
     * @param date     the issue date
     * @param sequence the sequence value in the date's scope, from 1
     * @return the number, e.g. {@code INV-2026-00042}
     */
    public String format(LocalDate date, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive: " + sequence);
        }
        return render(date, sequence);
    }

    private String render(LocalDate date, long sequence) {
        StringBuilder out = new StringBuilder(pattern.length() + 8);
        for (Segment segment : segments) {
            switch (segment.kind) {
                case LITERAL -> out.append(segment.text);
                case YEAR -> pad(out, segment.width == 4 ? date.getYear() : date.getYear() % 100, segment.width);
                case MONTH -> pad(out, date.getMonthValue(), 2);
                case SEQUENCE -> {
                    if (sequence < 0) {
                        out.append("{seq}");
                    } else {
                        pad(out, sequence, segment.width);
                    }
                }
                default -> throw new IllegalStateException(segment.kind.name());
            }
        }
        return out.toString();
    }

    private static void pad(StringBuilder out, long value, int width) {
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        out.append(digits);
    }

    /**
     * The pattern text.
     *
     * @return the pattern as given to {@link #of}
     */
    public String pattern() {
        return pattern;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NumberingPattern that && pattern.equals(that.pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public String toString() {
        return pattern;
    }

    private enum Kind { LITERAL, YEAR, MONTH, SEQUENCE }

    private record Segment(Kind kind, String text, int width) {
    }
}
