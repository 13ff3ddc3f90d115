package dev.clientportal.core.files;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What may be uploaded: a size limit and an allow-list of content types. Only types the portal knows a file name
 * extension for can be allowed, and none that a browser runs as a page (HTML, XHTML, SVG, XML): every stored name
 * ends in an extension of its type ({@link #storedName}), and text uploads ({@code text/*}) are refused when they
 * contain a NUL byte or start like markup (see {@link #requireAllowed}).
 *
 * @param maxBytes            the largest file accepted
 * @param allowedContentTypes media types accepted (lower case, without parameters), each among the known types
 */
public record FilePolicy(long maxBytes, Set<String> allowedContentTypes) {

    /** The file name extensions of each type a policy may allow; the first is given to names that lack one. */
    private static final Map<String, List<String>> EXTENSIONS = Map.ofEntries(
            Map.entry("application/pdf", List.of("pdf")),
            Map.entry("image/png", List.of("png")),
            Map.entry("image/jpeg", List.of("jpg", "jpeg")),
            Map.entry("image/gif", List.of("gif")),
            Map.entry("image/webp", List.of("webp")),
            Map.entry("text/plain", List.of("txt", "text", "log")),
            Map.entry("text/csv", List.of("csv")),
            Map.entry("text/markdown", List.of("md", "markdown")),
            Map.entry("application/zip", List.of("zip")),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx")),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", List.of("pptx")),
            Map.entry("application/vnd.oasis.opendocument.text", List.of("odt")),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", List.of("ods")),
            Map.entry("application/vnd.oasis.opendocument.presentation", List.of("odp")));

    /**
     * 25 MB of documents, images, spreadsheets, presentations, text and archives. SVG and HTML are left out on
     * purpose: they can carry scripts.
     */
    public static final FilePolicy DEFAULTS = new FilePolicy(25L * 1024 * 1024, Set.of("application/pdf",
            "image/png", "image/jpeg", "image/gif", "image/webp", "text/plain", "text/csv", "application/zip",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet"));

    /**
     * Requires a positive limit and known types, and normalizes the types.
     *
     * @param maxBytes            the largest file accepted
     * @param allowedContentTypes media types accepted (lower case, without parameters), each among the known types
     * @throws PortalException {@link ErrorCode#INVALID_VALUE} for a type without a known extension, which includes
     *         every type a browser would run as a page
     */
    public FilePolicy {
        if (maxBytes < 1) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "maxBytes", maxBytes, "must be positive");
        }
        allowedContentTypes = PortalException.requireField(allowedContentTypes, "allowedContentTypes").stream()
                .map(FilePolicy::normalize).collect(Collectors.toUnmodifiableSet());
        for (String type : allowedContentTypes) {
            if (!EXTENSIONS.containsKey(type)) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "allowedContentTypes", type,
                        "must be among the types the portal stores safely " + EXTENSIONS.keySet().stream().sorted()
                                .toList());
            }
        }
    }

    /**
     * This policy with another size limit.
     *
     * @param newMaxBytes the largest file accepted, in bytes; positive
     * @return a copy of this policy with that limit and the same types
     */
    public FilePolicy withMaxBytes(long newMaxBytes) {
        return new FilePolicy(newMaxBytes, allowedContentTypes);
    }

    /**
     * The name a file of this type is stored and offered under: cleaned as {@link FileUpload} cleans names, with its
     * extension kept when the type allows it and replaced (or added) otherwise, so {@code invoice.html} uploaded as
     * {@code text/plain} is stored as {@code invoice.txt} and {@code report} as {@code text/csv} as
     * {@code report.csv}.
     *
     * @param name        the file name as uploaded
     * @param contentType the declared media type
     * @return the cleaned name with the type's extension
     * @throws PortalException {@link ErrorCode#FILE_TYPE_NOT_ALLOWED} when the type is not allowed,
     *         {@link ErrorCode#INVALID_VALUE} when nothing of a file name is left
     */
    public String storedName(String name, String contentType) {
        String type = requireAllowed(contentType);
        List<String> extensions = EXTENSIONS.get(type);
        if (extensions == null) {
            // the constructor admits only known types, so an allowed type always has its extensions
            throw new IllegalStateException("no extensions known for allowed type " + type);
        }
        return FileNames.withExtension(FileNames.clean(PortalException.requireText(name, "name")), extensions);
    }

    /**
     * The content type as checked against the allow-list. The content is checked while it streams: it must start
     * like its type (a "PNG" that is an HTML page is refused), and text ({@code text/*}) must hold no NUL byte and no
     * markup a browser could run ({@code <html}, {@code <script}, {@code <svg}, {@code <!doctype}, {@code <?xml},
     * {@code <iframe}, … in any case, at its start after a byte order mark and white space, or the most dangerous
     * ones anywhere in its first 4 KiB); either fails with {@link ErrorCode#FILE_TYPE_NOT_ALLOWED}.
     *
     * @param contentType the declared media type, in any case, parameters allowed
     * @return the type normalized: lower case, without parameters
     * @throws PortalException {@link ErrorCode#FILE_TYPE_NOT_ALLOWED} when it is not allowed
     */
    public String requireAllowed(String contentType) {
        String type = normalize(PortalException.requireText(contentType, "contentType"));
        if (!allowedContentTypes.contains(type)) {
            throw PortalException.invalid(ErrorCode.FILE_TYPE_NOT_ALLOWED, "contentType", contentType,
                    "is not among the allowed types " + allowedContentTypes.stream().sorted().toList());
        }
        return type;
    }

    private static String normalize(String contentType) {
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip()
                .toLowerCase(Locale.ROOT);
    }
}
