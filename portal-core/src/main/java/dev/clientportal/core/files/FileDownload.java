package dev.clientportal.core.files;

import java.io.InputStream;

/**
 * A library file opened for reading; the caller closes the stream. Its bytes were checked against the stored SHA-256
 * before it was opened, and the stream fails its last read with an {@code IOException} if they changed since.
 *
 * @param file    its metadata (name, type, size)
 * @param content its bytes
 */
public record FileDownload(SharedFile file, InputStream content) {

    /**
     * The response headers a web host must send with the bytes (type, nosniff, attachment, sandbox).
     *
     * @return the headers to send with the bytes
     */
    public DownloadHeaders headers() {
        return DownloadHeaders.of(file);
    }
}
