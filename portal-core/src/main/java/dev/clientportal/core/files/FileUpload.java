package dev.clientportal.core.files;

import dev.clientportal.core.kernel.PortalException;

import java.io.InputStream;

/**
 * A file to put into a library. The stream is read once, to its end, and not closed by the portal.
 *
 * @param name        the file name; any path is cut off, control and format characters (bidi overrides,
 *                    zero-width) removed, NFC, at most 255 characters cut on a code point; the library then gives
 *                    it the extension of its content type ({@link FilePolicy#storedName})
 * @param contentType the declared media type; must be allowed and match the content's signature
 * @param content     the bytes
 */
public record FileUpload(String name, String contentType, InputStream content) {

    /**
     * Cleans the name and requires every part.
     *
     * @param name        the file name; any path is cut off, control and format characters (bidi overrides, zero-width)
     *                    removed, NFC, at most 255 characters cut on a code point; the library then gives it the
     *                    extension of its content type ({@link FilePolicy#storedName})
     * @param contentType the declared media type; must be allowed and match the content's signature
     * @param content     the bytes
     */
    public FileUpload {
        name = FileNames.clean(PortalException.requireText(name, "name"));
        PortalException.requireText(contentType, "contentType");
        PortalException.requireField(content, "content");
    }
}
