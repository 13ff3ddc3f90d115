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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;

/** Long client statements through portal-pdf: 2,000 and 4,000 movements, to show the time grows linearly. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 4)
@Fork(2)
public class StatementRendering {

    /** Movements on the statement. */
    @Param({"2000", "4000"})
    public int lines;

    private OpenPdfRenderer renderer;
    private StatementDocument document;

    /** Builds the statement once. */
    @Setup(Level.Trial)
    public void setUp() {
        renderer = OpenPdfRenderer.create();
        document = SampleDocuments.statement(lines);
    }

    /** portal-pdf, one thread. */
    @Benchmark
    public int openPdf(Sink sink) {
        ByteArrayOutputStream out = sink.empty();
        renderer.render(document, out);
        return out.size();
    }
}
