package dev.clientportal.core.files;

import dev.clientportal.core.ErrorCode;
import dev.clientportal.core.PortalException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Passes a stream through until it exceeds a size, then fails the read with {@link ErrorCode#FILE_TOO_LARGE}. */
final class LimitedInputStream extends FilterInputStream {

    private final long maxBytes;
    private long read;

    LimitedInputStream(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int next = super.read();
        if (next >= 0) {
            count(1);
        }
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        if (count > 0) {
            count(count);
        }
        return count;
    }

    private void count(int bytes) {
        read += bytes;
        if (read > maxBytes) {
            throw PortalException.invalid(ErrorCode.FILE_TOO_LARGE, "file", "more than " + maxBytes + " bytes",
                    "files may be at most " + maxBytes + " bytes");
        }
    }
}
