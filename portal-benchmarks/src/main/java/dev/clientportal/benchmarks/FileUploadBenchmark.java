package dev.clientportal.benchmarks;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.files.FileLibrary;
import dev.clientportal.core.files.FilePolicy;
import dev.clientportal.core.files.FileUpload;
import dev.clientportal.core.files.LocalFileStore;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.workspace.CreateWorkspace;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.workspace.Workspace;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Uploads a 100 MB file through {@code files().share(...)} into a {@link LocalFileStore}: allow-list and signature
 * check, size limit, SHA-256 while streaming, temporary file, atomic move, metadata and audit entry. The fork runs
 * with {@code -Xmx16m}, so the run itself proves the upload never holds the file in memory; the content is
 * generated while it is read. Throughput = 100 MB ÷ the time per upload; target ≥ 300 MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms16m", "-Xmx16m", "-XX:+UseSerialGC"})
public class FileUploadBenchmark {

    static final long SIZE = 100L * 1024 * 1024;

    private Path directory;
    private FileLibrary files;
    private StaffPrincipal owner;
    private Client client;
    private long seed;

    /** A portal whose file store is a fresh temporary directory. */
    @Setup(Level.Trial)
    public void prepare() throws IOException {
        directory = Files.createTempDirectory("portal-upload-bench");
        ClientPortal portal = ClientPortal.builder().stores(InMemoryStores.create())
                .fileStore(LocalFileStore.in(directory)).filePolicy(FilePolicy.DEFAULTS.withMaxBytes(SIZE)).build();
        Workspace workspace = portal.workspaces().create(new CreateWorkspace("Acme Design", CurrencyUnit.USD,
                PaymentTerms.net(30)));
        owner = StaffPrincipal.of(workspace.id(), "owner@acme.example");
        client = portal.clients().create(owner, new CreateClient("Globex", "ap@globex.example"));
        files = portal.files();
    }

    /** Uploads 100 MB of new content (each upload differs, so none is deduplicated). */
    @Benchmark
    public SharedFile upload100Megabytes() {
        return files.share(owner, client.id(), new FileUpload("footage.zip", "application/zip",
                new GeneratedContent(SIZE, ++seed)));
    }

    /** Deletes what the iteration stored, so the disk does not fill up. */
    @TearDown(Level.Iteration)
    public void deleteStoredContent() throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).filter(path -> !path.equals(directory)
                    && !path.equals(directory.resolve("incoming"))).forEach(path -> {
                        try {
                            Files.deleteIfExists(path);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }
    }

    /**
     * Pseudo-random bytes produced as they are read, starting with a ZIP signature: a 64 KiB random block repeated
     * with a per-upload and per-block twist, so generating them costs far less than storing them.
     */
    static final class GeneratedContent extends InputStream {
        private static final byte[] BLOCK = new byte[64 * 1024];

        static {
            new SplittableRandom(42).nextBytes(BLOCK);
        }

        private final long size;
        private final byte twist;
        private long position;

        GeneratedContent(long size, long seed) {
            this.size = size;
            this.twist = (byte) seed;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int count = (int) Math.min(length, size - position);
            for (int i = 0; i < count; i++) {
                long at = position + i;
                buffer[offset + i] = (byte) (BLOCK[(int) (at & (BLOCK.length - 1))] ^ twist ^ (at >>> 16));
            }
            if (position == 0) {
                byte[] zip = {'P', 'K', 3, 4};
                System.arraycopy(zip, 0, buffer, offset, Math.min(4, count));
            }
            position += count;
            return count;
        }
    }
}
