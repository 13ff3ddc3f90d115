package dev.clientportal.core.files;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * File names as shown and offered for download: no path, no invisible or direction-changing characters (a name
 * with U+202E can show {@code invoice<U+202E>fdp.exe} as {@code invoiceexe.pdf}), NFC, at most {@link #MAX_LENGTH}
 * characters cut on a code point, and an extension taken from the file's content type.
 */
final class FileNames {

    /** The longest name kept, in UTF-16 characters. */
    static final int MAX_LENGTH = 255;

    private static final int MAX_EXTENSION = 16;
    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]{1," + MAX_EXTENSION + "}");

    private FileNames() {
    }

    /**
     * The last path segment without control, format (bidi controls, zero-width), surrogate, private-use or unassigned
     * characters; line and paragraph separators become spaces; NFC; stripped and cut on a code point.
     *
     * @throws PortalException {@link ErrorCode#INVALID_VALUE} when nothing of a file name is left
     */
    static String clean(String raw) {
        String base = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(base.length());
        base.codePoints().forEach(codePoint -> {
            switch (Character.getType(codePoint)) {
                case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                     Character.UNASSIGNED -> { }
                case Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> kept.append(' ');
                default -> kept.appendCodePoint(codePoint);
            }
        });
        String name = cut(Normalizer.normalize(kept, Normalizer.Form.NFC).strip(), MAX_LENGTH).strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "name", raw, "must name a file");
        }
        return name;
    }

    /**
     * The name with an extension its content type allows: kept when its extension is one of {@code extensions}
     * (any case), otherwise its extension (if any) is replaced by the first of them, so {@code invoice.html} stored
     * as {@code text/plain} becomes {@code invoice.txt}.
     */
    static String withExtension(String name, List<String> extensions) {
        int dot = name.lastIndexOf('.');
        String suffix = dot > 0 ? name.substring(dot + 1) : "";
        boolean hasExtension = EXTENSION.matcher(suffix).matches();
        if (hasExtension && extensions.contains(suffix.toLowerCase(Locale.ROOT))) {
            return name;
        }
        String base = hasExtension || (dot > 0 && suffix.isEmpty()) ? name.substring(0, dot) : name;
        String extension = extensions.get(0);
        return cut(base, MAX_LENGTH - 1 - extension.length()).strip() + "." + extension;
    }

    /** At most {@code max} characters, never splitting a surrogate pair. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
