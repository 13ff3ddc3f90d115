package dev.clientportal.benchmarks.pdf;

import dev.clientportal.core.document.InvoiceDocument;
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
 * The 1-page invoice (20 lines, logo, two tax rates, pay link and QR code): latency on one thread (p50/p99 from
 * SampleTime), throughput on two threads, and the same invoice through OpenHTMLtoPDF in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(2)
public class InvoiceRendering {

    private OpenPdfRenderer renderer;
    private InvoiceDocument document;
    private HtmlPeer peer;
    private String html;

    /** Builds the invoice once; the renderer and the peer are warmed by the warm-up iterations. */
    @Setup(Level.Trial)
    public void setUp() {
        renderer = OpenPdfRenderer.create();
        document = SampleDocuments.invoice();
        peer = new HtmlPeer();
        html = HtmlPeer.invoice(document, SampleDocuments.logoDataUri(),
                SampleDocuments.qrDataUri(document.payUrl().orElseThrow().toString()));
    }

    /** portal-pdf, one thread. */
    @Benchmark
    public int openPdf(Sink sink) {
        ByteArrayOutputStream out = sink.empty();
        renderer.render(document, out);
        return out.size();
    }

    /** portal-pdf, two threads sharing one renderer. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public int openPdfOnTwoThreads(Sink sink) {
        ByteArrayOutputStream out = sink.empty();
        renderer.render(document, out);
        return out.size();
    }

    /** The same invoice as HTML through OpenHTMLtoPDF, one thread. */
    @Benchmark
    public int openHtmlToPdf(Sink sink) {
        ByteArrayOutputStream out = sink.empty();
        peer.render(html, out);
        return out.size();
    }
}
