package dev.clientportal.core.files;

import dev.clientportal.core.ErrorCode;
import dev.clientportal.core.PortalException;

import java.io.InputStream;

/**
 * A file to put into a library. The stream is read once, to its end, and not closed by the portal.
 *
 * @param name        the file name; any path is cut off, control characters removed
 * @param contentType the declared media type; must be allowed and match the content's signature
 * @param content     the bytes
 */
public record FileUpload(String name, String contentType, InputStream content) {

    private static final int MAX_NAME = 255;

    /** Cleans the name and requires every part. */
    public FileUpload {
        String raw = PortalException.requireText(name, "name");
        String base = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "name", raw, "must name a file");
        }
        name = base.length() > MAX_NAME ? base.substring(0, MAX_NAME) : base;
        PortalException.requireText(contentType, "contentType");
        PortalException.requireField(content, "content");
    }
}
