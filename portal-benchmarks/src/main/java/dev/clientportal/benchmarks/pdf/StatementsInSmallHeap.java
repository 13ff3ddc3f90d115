package dev.clientportal.benchmarks.pdf;

import dev.clientportal.core.document.StatementDocument;
import dev.clientportal.pdf.OpenPdfRenderer;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;

/**
 * Two 2,000-movement statements rendered at the same time in a 64 MB heap: the fork runs with {@code -Xmx64m}, and
 * an {@link OutOfMemoryError} fails the run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xmx64m", "-Xms64m"})
@Threads(2)
public class StatementsInSmallHeap {

    private OpenPdfRenderer renderer;
    private StatementDocument document;

    /** Builds the statement once. */
    @Setup(Level.Trial)
    public void setUp() {
        renderer = OpenPdfRenderer.create();
        document = SampleDocuments.statement(2000);
    }

    /** portal-pdf, two threads at once. */
    @Benchmark
    public int openPdfTwoAtOnce(Sink sink) {
        ByteArrayOutputStream out = sink.empty();
        renderer.render(document, out);
        return out.size();
    }
}
