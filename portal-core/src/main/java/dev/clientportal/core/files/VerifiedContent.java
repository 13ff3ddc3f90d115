package dev.clientportal.core.files;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;

/**
 * Serves stored content only while it still has the SHA-256 it was stored under. Content is read once to check it
 * before any byte is handed out (a file changed on disk fails with {@link ErrorCode#FILE_CONTENT_CORRUPTED} instead of
 * being served), and the stream handed out checks again as it is read, failing its last read if the content changed
 * in between. Reading twice costs a second pass over at most the policy's size limit; serving altered bytes under a
 * signed hash would cost the evidence.
 */
final class VerifiedContent extends FilterInputStream {

    private static final int BUFFER = 64 * 1024;

    private final StoredContent expected;
    private final MessageDigest digest = ContentHash.sha256();
    private long size;
    private boolean checked;

    private VerifiedContent(InputStream in, StoredContent expected) {
        super(in);
        this.expected = expected;
    }

    /**
     * The stored content, checked against its hash before it is returned; the caller closes the stream.
     *
     * @throws PortalException {@link ErrorCode#FILE_CONTENT_CORRUPTED} when the stored bytes are not the hashed ones,
     *         {@link ErrorCode#FILE_NOT_FOUND} when the store has nothing under the hash
     */
    static InputStream open(FileStore store, StoredContent expected) {
        MessageDigest check = ContentHash.sha256();
        long length = 0;
        try (InputStream in = store.open(expected.hash())) {
            byte[] buffer = new byte[BUFFER];
            int read;
            while ((read = in.read(buffer)) != -1) {
                check.update(buffer, 0, read);
                length += read;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stored content " + expected.hash(), e);
        }
        if (length != expected.size() || !ContentHash.of(check).equals(expected.hash())) {
            throw corrupted(expected);
        }
        return new VerifiedContent(store.open(expected.hash()), expected);
    }

    @Override
    public int read() throws IOException {
        int next = super.read();
        if (next < 0) {
            verifyAtEnd();
        } else {
            digest.update((byte) next);
            size++;
        }
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        if (count < 0) {
            verifyAtEnd();
        } else {
            digest.update(buffer, offset, count);
            size += count;
        }
        return count;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipped bytes must still be hashed
        return n > 0 && read() >= 0 ? 1 : 0;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readLimit) {
        // not supported: a reset would hash bytes twice
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    private void verifyAtEnd() throws IOException {
        if (checked) {
            return;
        }
        checked = true;
        if (size != expected.size() || !ContentHash.of(digest).equals(expected.hash())) {
            throw new IOException(corrupted(expected));
        }
    }

    private static PortalException corrupted(StoredContent expected) {
        return new PortalException(ErrorCode.FILE_CONTENT_CORRUPTED, "stored content " + expected.hash()
                + " no longer has that SHA-256 (or its " + expected.size() + " bytes); it is not served");
    }
}
