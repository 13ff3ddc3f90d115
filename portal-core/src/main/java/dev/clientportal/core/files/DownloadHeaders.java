package dev.clientportal.core.files;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The HTTP response headers a host sends with a library file, so that no browser runs it as a page: its stored
 * content type (text with {@code charset=utf-8}, so no encoding is guessed), {@code X-Content-Type-Options: nosniff},
 * {@code Content-Disposition: attachment} with the name in both RFC 6266 forms, and a sandboxing
 * {@code Content-Security-Policy} in case it is shown anyway. Web hosts copy {@link #asMap()} onto the response.
 *
 * @param contentType           the {@code Content-Type} value
 * @param contentLength         the {@code Content-Length}, in bytes
 * @param contentDisposition    the {@code Content-Disposition} value: {@code attachment; filename="…"; filename*=UTF-8''…}
 * @param contentTypeOptions    the {@code X-Content-Type-Options} value, {@value #NOSNIFF}
 * @param contentSecurityPolicy the {@code Content-Security-Policy} value, {@value #SANDBOX}
 */
public record DownloadHeaders(String contentType, long contentLength, String contentDisposition,
                              String contentTypeOptions, String contentSecurityPolicy) {

    /** Browsers keep to the declared type instead of guessing one from the bytes. */
    public static final String NOSNIFF = "nosniff";
    /** A page shown anyway runs no script, loads nothing and has a unique origin. */
    public static final String SANDBOX = "sandbox; default-src 'none'";

    /**
     * Requires every header and a non-negative length.
     *
     * @param contentType           the {@code Content-Type} value
     * @param contentLength         the {@code Content-Length}, in bytes
     * @param contentDisposition    the {@code Content-Disposition} value: {@code attachment; filename="…";
     *                              filename*=UTF-8''…}
     * @param contentTypeOptions    the {@code X-Content-Type-Options} value, {@value #NOSNIFF}
     * @param contentSecurityPolicy the {@code Content-Security-Policy} value, {@value #SANDBOX}
     */
    public DownloadHeaders {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(contentDisposition, "contentDisposition");
        Objects.requireNonNull(contentTypeOptions, "contentTypeOptions");
        Objects.requireNonNull(contentSecurityPolicy, "contentSecurityPolicy");
        if (contentLength < 0) {
            throw new IllegalArgumentException("contentLength must not be negative: " + contentLength);
        }
    }

    /**
     * The headers for downloading a library file.
     *
     * @param file the library file to be downloaded
     * @return the headers for downloading it as an attachment
     */
    public static DownloadHeaders of(SharedFile file) {
        Objects.requireNonNull(file, "file");
        String type = file.contentType().startsWith("text/") ? file.contentType() + "; charset=utf-8"
                : file.contentType();
        return new DownloadHeaders(type, file.content().size(), attachment(file.name()), NOSNIFF, SANDBOX);
    }

    /**
     * Header name to value, in a stable order, ready to copy onto a response.
     *
     * @return an unmodifiable map from header name to value
     */
    public Map<String, String> asMap() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        headers.put("Content-Length", Long.toString(contentLength));
        headers.put("Content-Disposition", contentDisposition);
        headers.put("X-Content-Type-Options", contentTypeOptions);
        headers.put("Content-Security-Policy", contentSecurityPolicy);
        return Collections.unmodifiableMap(headers);
    }

    /**
     * {@code attachment} with an ASCII fallback name (accents dropped, anything else that is not printable ASCII, and
     * the quote, backslash and percent sign that some browsers would interpret, replaced by {@code _}) and the exact
     * name percent-encoded as UTF-8 (RFC 5987), which current browsers prefer.
     */
    static String attachment(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder fallback = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> fallback.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\'
                && c != '%' ? (char) c : '_'));
        StringBuilder encoded = new StringBuilder(name.length() * 3);
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isAttrChar(c)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }

    /** RFC 5987 attr-char: letters, digits and {@code !#$&+-.^_`|~}. */
    private static boolean isAttrChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0;
    }
}
