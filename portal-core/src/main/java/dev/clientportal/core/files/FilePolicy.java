package dev.clientportal.core.files;

import dev.clientportal.core.ErrorCode;
import dev.clientportal.core.PortalException;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What may be uploaded: a size limit and an allow-list of content types.
 *
 * @param maxBytes            the largest file accepted
 * @param allowedContentTypes media types accepted (lower case, without parameters)
 */
public record FilePolicy(long maxBytes, Set<String> allowedContentTypes) {

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

    /** Requires a positive limit and normalizes the types. */
    public FilePolicy {
        if (maxBytes < 1) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "maxBytes", maxBytes, "must be positive");
        }
        allowedContentTypes = PortalException.requireField(allowedContentTypes, "allowedContentTypes").stream()
                .map(FilePolicy::normalize).collect(Collectors.toUnmodifiableSet());
    }

    /** This policy with another size limit. */
    public FilePolicy withMaxBytes(long newMaxBytes) {
        return new FilePolicy(newMaxBytes, allowedContentTypes);
    }

    /**
     * The content type as checked against the allow-list.
     *
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
