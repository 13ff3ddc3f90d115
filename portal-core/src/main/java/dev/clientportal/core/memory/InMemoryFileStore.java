package dev.clientportal.core.memory;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.files.ContentHash;
import dev.clientportal.core.files.FileStore;
import dev.clientportal.core.files.StoredContent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** File content in memory, keyed by SHA-256; for tests and demos (it holds every file whole). */
final class InMemoryFileStore implements FileStore {

    private final ConcurrentMap<ContentHash, byte[]> contents = new ConcurrentHashMap<>();

    @Override
    public Added add(InputStream content) {
        MessageDigest digest = ContentHash.sha256();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DigestOutputStream out = new DigestOutputStream(bytes, digest)) {
            content.transferTo(out);
        } catch (IOException e) {
            throw new PortalException(ErrorCode.FILE_UNREADABLE, "the upload could not be read: " + e.getMessage(), e);
        }
        ContentHash hash = ContentHash.of(digest);
        byte[] stored = bytes.toByteArray();
        boolean isNew = contents.putIfAbsent(hash, stored) == null;
        return new Added(new StoredContent(hash, stored.length), isNew);
    }

    @Override
    public void delete(ContentHash hash) {
        contents.remove(hash);
    }

    @Override
    public InputStream open(ContentHash hash) {
        byte[] stored = contents.get(hash);
        if (stored == null) {
            throw PortalException.notFound(ErrorCode.FILE_NOT_FOUND, "content", hash);
        }
        return new ByteArrayInputStream(stored);
    }

    @Override
    public Optional<StoredContent> metadata(ContentHash hash) {
        return Optional.ofNullable(contents.get(hash)).map(stored -> new StoredContent(hash, stored.length));
    }
}
