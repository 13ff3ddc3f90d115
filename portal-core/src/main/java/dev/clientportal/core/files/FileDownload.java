package dev.clientportal.core.files;

import java.io.InputStream;

/**
 * A library file opened for reading; the caller closes the stream.
 *
 * @param file    its metadata (name, type, size)
 * @param content its bytes
 */
public record FileDownload(SharedFile file, InputStream content) {
}
