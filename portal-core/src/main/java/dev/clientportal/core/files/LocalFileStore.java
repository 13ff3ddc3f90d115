package dev.clientportal.core.files;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;

/**
 * Stores content in a local directory as {@code <root>/ab/cd/<sha-256>}. Uploads stream through a 64 KiB buffer
 * into a temporary file while being hashed, then are hard-linked into place (atomic, and failing when the content is
 * already there, which tells a new content from a known one); a failed upload leaves nothing behind.
 * Paths are built only from validated hex hashes, so no input can reach outside the root.
 */
public final class LocalFileStore implements FileStore {

    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final Path incoming;

    private LocalFileStore(Path root) {
        this.root = root;
        this.incoming = root.resolve("incoming");
    }

    /**
     * A store in a directory, created if missing.
     *
     * @param root the directory that holds the content
     * @return a store keeping content in files under {@code root}, addressed by hash
     * @throws UncheckedIOException when the directory cannot be created
     */
    public static LocalFileStore in(Path root) {
        Path absolute = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.resolve("incoming"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the file store directory " + absolute, e);
        }
        return new LocalFileStore(absolute);
    }

    @Override
    public Added add(InputStream content) {
        Objects.requireNonNull(content, "content");
        @Nullable Path temporary = null;
        try {
            temporary = Files.createTempFile(incoming, "upload-", ".part");
            MessageDigest digest = ContentHash.sha256();
            long size = 0;
            byte[] buffer = new byte[BUFFER];
            try (OutputStream out = Files.newOutputStream(temporary)) {
                int read;
                // a read may return 0 bytes before more arrive; only -1 ends the stream
                while ((read = content.read(buffer)) != -1) {
                    digest.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                    size += read;
                }
            }
            StoredContent stored = new StoredContent(ContentHash.of(digest), size);
            Path target = pathOf(stored.hash());
            Files.createDirectories(target.getParent());
            boolean isNew = placed(temporary, target);
            Files.deleteIfExists(temporary);
            return new Added(stored, isNew);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new PortalException(ErrorCode.FILE_UNREADABLE, "the upload could not be read or stored: "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(temporary);
            throw e;
        }
    }

    /**
     * Puts the finished upload in place, telling whether it was new. A hard link fails atomically when the target
     * exists, so of two uploads of the same new content exactly one is told it added it; a file system that refuses
     * hard links falls back to an atomic move, where content that appeared meanwhile is replaced by the same bytes.
     */
    private static boolean placed(Path temporary, Path target) throws IOException {
        try {
            Files.createLink(target, temporary);
            return true;
        } catch (FileAlreadyExistsException sameContent) {
            return false;
        } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
            boolean existed = Files.exists(target);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            return !existed;
        }
    }

    @Override
    public void delete(ContentHash hash) {
        try {
            Files.deleteIfExists(pathOf(hash));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete stored content " + hash, e);
        }
    }

    @Override
    public InputStream open(ContentHash hash) {
        try {
            return Files.newInputStream(pathOf(hash));
        } catch (NoSuchFileException e) {
            throw PortalException.notFound(ErrorCode.FILE_NOT_FOUND, "content", hash);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stored content " + hash, e);
        }
    }

    @Override
    public Optional<StoredContent> metadata(ContentHash hash) {
        Path path = pathOf(hash);
        try {
            return Files.isRegularFile(path) ? Optional.of(new StoredContent(hash, Files.size(path))) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stored content " + hash, e);
        }
    }

    private Path pathOf(ContentHash hash) {
        String hex = hash.hex();
        return root.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex);
    }

    private static void deleteQuietly(@Nullable Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // the temporary file lives in incoming/, which a host may sweep; the upload has failed either way
        }
    }
}
