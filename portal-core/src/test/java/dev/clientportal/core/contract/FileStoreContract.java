package dev.clientportal.core.contract;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.files.ContentHash;
import dev.clientportal.core.files.FileStore;
import dev.clientportal.core.files.StoredContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link FileStore} must do: address content by its SHA-256, store identical content once, hand back
 * exactly the bytes stored, and keep nothing of an upload whose stream failed.
 */
public abstract class FileStoreContract {

    private FileStore store;

    /** A fresh, empty store. */
    protected abstract FileStore newFileStore();

    @BeforeEach
    void freshStore() {
        store = newFileStore();
    }

    @Test
    void contentIsAddressedByItsSha256_andReadsBackExactly() throws IOException {
        byte[] bytes = "hello, portal".getBytes(StandardCharsets.UTF_8);
        StoredContent stored = store.put(new ByteArrayInputStream(bytes));

        assertThat(stored.hash()).isEqualTo(ContentHash.ofText("hello, portal"));
        assertThat(stored.size()).isEqualTo(bytes.length);
        try (InputStream in = store.open(stored.hash())) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(store.metadata(stored.hash())).contains(stored);
    }

    @Test
    void storingTheSameContentTwice_storesItOnce() {
        StoredContent first = store.put(new ByteArrayInputStream(new byte[] {1, 2, 3}));
        StoredContent second = store.put(new ByteArrayInputStream(new byte[] {1, 2, 3}));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void emptyContentIsContentToo() {
        StoredContent stored = store.put(new ByteArrayInputStream(new byte[0]));
        assertThat(stored.size()).isZero();
        assertThat(store.metadata(stored.hash())).contains(stored);
    }

    @Test
    void aStreamThatReturnsNothingOnce_isStillReadToItsEnd() throws IOException {
        byte[] first = "the first part, ".getBytes(StandardCharsets.UTF_8);
        byte[] rest = "then the rest after a pause".getBytes(StandardCharsets.UTF_8);
        InputStream pausing = new InputStream() {
            private final ByteArrayInputStream head = new ByteArrayInputStream(first);
            private final ByteArrayInputStream tail = new ByteArrayInputStream(rest);
            private boolean paused;

            @Override
            public int read() {
                throw new UnsupportedOperationException("stores read in blocks");
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                int read = head.read(buffer, offset, length);
                if (read > 0 || length == 0) {
                    return Math.max(read, 0);
                }
                if (!paused) {
                    paused = true;
                    return 0;
                }
                return tail.read(buffer, offset, length);
            }
        };

        StoredContent stored = store.put(pausing);

        assertThat(stored.hash()).isEqualTo(ContentHash.ofText("the first part, then the rest after a pause"));
        assertThat(stored.size()).isEqualTo(first.length + rest.length);
        try (InputStream in = store.open(stored.hash())) {
            assertThat(in.readAllBytes()).isEqualTo("the first part, then the rest after a pause"
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void unknownContent_isNotFound() {
        ContentHash unknown = ContentHash.ofText("never stored");
        assertThat(store.metadata(unknown)).isEmpty();
        assertRejected(() -> store.open(unknown), ErrorCode.FILE_NOT_FOUND);
    }

    @Test
    void anUploadWhoseStreamFails_leavesNothingBehind() {
        byte[] prefix = "partial upload".getBytes(StandardCharsets.UTF_8);
        InputStream failing = new InputStream() {
            private int position;

            @Override
            public int read() {
                if (position < prefix.length) {
                    return prefix[position++];
                }
                throw new PortalException(ErrorCode.FILE_TOO_LARGE, "too large");
            }
        };
        assertThatThrownBy(() -> store.put(failing)).isInstanceOf(PortalException.class);
        assertThat(store.metadata(ContentHash.ofText("partial upload"))).isEmpty();
        assertThat(leftovers()).isZero();
    }

    @Test
    void addingContent_tellsWhetherItWasNewToTheStore() {
        FileStore.Added first = store.add(new ByteArrayInputStream(new byte[] {4, 5, 6}));
        FileStore.Added again = store.add(new ByteArrayInputStream(new byte[] {4, 5, 6}));

        assertThat(first.isNew()).isTrue();
        assertThat(again.isNew()).isFalse();
        assertThat(again.content()).isEqualTo(first.content());
    }

    @Test
    void deletedContent_isGone_andCanBeAddedAgainAsNew() {
        StoredContent stored = store.put(new ByteArrayInputStream(new byte[] {7, 8, 9}));

        store.delete(stored.hash());
        store.delete(stored.hash());

        assertThat(store.metadata(stored.hash())).isEmpty();
        assertRejected(() -> store.open(stored.hash()), ErrorCode.FILE_NOT_FOUND);
        assertThat(store.add(new ByteArrayInputStream(new byte[] {7, 8, 9})).isNew()).isTrue();
    }

    @Test
    void deletingOneContent_keepsTheOthers() throws IOException {
        StoredContent kept = store.put(new ByteArrayInputStream(new byte[] {1}));
        StoredContent deleted = store.put(new ByteArrayInputStream(new byte[] {2}));

        store.delete(deleted.hash());

        try (InputStream in = store.open(kept.hash())) {
            assertThat(in.readAllBytes()).containsExactly(1);
        }
    }

    /** How many partial uploads the store keeps after failures (temporary files and the like); must be none. */
    protected long leftovers() {
        return 0;
    }
}
