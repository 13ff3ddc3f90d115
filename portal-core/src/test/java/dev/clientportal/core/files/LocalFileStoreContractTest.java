package dev.clientportal.core.files;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.contract.FileStoreContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class LocalFileStoreContractTest extends FileStoreContract {

    @TempDir
    Path root;

    @Override
    protected FileStore newFileStore() {
        return LocalFileStore.in(root);
    }

    @Override
    protected long leftovers() {
        try (Stream<Path> incoming = Files.list(root.resolve("incoming"))) {
            return incoming.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void contentLandsUnderItsHashInsideTheRoot() {
        StoredContent stored = newFileStore().put(new ByteArrayInputStream(new byte[] {42}));
        String hex = stored.hash().hex();
        assertThat(root.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex)).isRegularFile();
    }

    @Test
    void aHashCanNeverNameAPath() {
        assertRejected(() -> new ContentHash("../../etc/passwd"), ErrorCode.INVALID_VALUE);
        assertRejected(() -> new ContentHash("A".repeat(64)), ErrorCode.INVALID_VALUE);
    }
}
