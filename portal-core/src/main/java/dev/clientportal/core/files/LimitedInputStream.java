package dev.clientportal.core.files;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes a stream through until it exceeds a size, then fails the read with {@link ErrorCode#FILE_TOO_LARGE}. A
 * stream that keeps answering reads with no bytes (and no end) fails with {@link ErrorCode#FILE_UNREADABLE}, so a
 * broken upload cannot keep a store spinning; a few empty reads, as slow network streams give, pass.
 */
final class LimitedInputStream extends FilterInputStream {

    private static final int MAX_EMPTY_READS = 1024;

    private final long maxBytes;
    private long read;
    private int emptyReads;

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
            emptyReads = 0;
            count(count);
        } else if (count == 0 && length > 0 && ++emptyReads > MAX_EMPTY_READS) {
            throw new PortalException(ErrorCode.FILE_UNREADABLE, "the upload stream returned no bytes "
                    + MAX_EMPTY_READS + " times in a row without ending");
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
