package dev.clientportal.benchmarks.pdf;

import dev.clientportal.core.document.StatementDocument;
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
import org.openjdk.jmh.annotations.Warmup;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;

/** The 2,000-movement statement as HTML through OpenHTMLtoPDF; seconds per document, so fewer, longer iterations. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 4, time = 15)
@Fork(1)
public class StatementPeerRendering {

    private HtmlPeer peer;
    private String html;

    /** Builds the statement and its HTML once. */
    @Setup(Level.Trial)
    public void setUp() {
        StatementDocument document = SampleDocuments.statement(2000);
        peer = new HtmlPeer();
        html = HtmlPeer.statement(document, SampleDocuments.logoDataUri());
    }

    /** OpenHTMLtoPDF, one thread. */
    @Benchmark
    public int openHtmlToPdf(Sink sink) {
        ByteArrayOutputStream out = sink.empty();
        peer.render(html, out);
        return out.size();
    }
}
