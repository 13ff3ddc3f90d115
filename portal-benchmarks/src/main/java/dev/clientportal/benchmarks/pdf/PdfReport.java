package dev.clientportal.benchmarks.pdf;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs every PDF benchmark in one JMH run (with the GC profiler) and prints the figures docs/PERFORMANCE.md reports:
 * p50 and p99, throughput, allocation per document, and the ratios (linearity, OpenHTMLtoPDF against portal-pdf)
 * with their spread over the measurement iterations.
 *
 * <pre>java -cp portal-benchmarks/target/benchmarks.jar dev.clientportal.benchmarks.pdf.PdfReport</pre>
 */
public final class PdfReport {

    private PdfReport() {
    }

    /** Runs the benchmarks and prints the report; JMH's own output comes first. */
    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(InvoiceRendering.class.getName())
                .include(StatementRendering.class.getName())
                .include(StatementPeerRendering.class.getName())
                .include(StatementsInSmallHeap.class.getName())
                .addProfiler(GCProfiler.class)
                .build();
        Map<String, RunResult> runs = new LinkedHashMap<>();
        for (RunResult run : new Runner(options).run()) {
            String lines = run.getParams().getParam("lines");
            runs.put(run.getParams().getBenchmark().replaceAll(".*\\.pdf\\.", "") + (lines == null ? "" : ":" + lines),
                    run);
        }
        print(runs, System.out);
    }

    private static void print(Map<String, RunResult> runs, PrintStream out) {
        out.println();
        out.println("| benchmark | p50 | p99 | throughput | allocated per document |");
        out.println("|---|---|---|---|---|");
        runs.forEach((name, run) -> {
            Result<?> primary = run.getPrimaryResult();
            boolean throughput = primary.getScoreUnit().endsWith("/s");
            out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", name,
                    throughput ? "" : ms(primary.getStatistics().getPercentile(50)),
                    throughput ? "" : ms(primary.getStatistics().getPercentile(99)),
                    throughput ? String.format(Locale.ROOT, "%.0f docs/s (± %.0f)", primary.getScore(),
                            primary.getScoreError()) : "",
                    allocated(run));
        });
        out.println();
        ratio(out, "OpenHTMLtoPDF / portal-pdf, 1-page invoice", runs.get("InvoiceRendering.openHtmlToPdf"),
                runs.get("InvoiceRendering.openPdf"));
        ratio(out, "OpenHTMLtoPDF / portal-pdf, 2,000-line statement", runs.get("StatementPeerRendering.openHtmlToPdf"),
                runs.get("StatementRendering.openPdf:2000"));
        ratio(out, "4,000 / 2,000 lines, portal-pdf statement", runs.get("StatementRendering.openPdf:4000"),
                runs.get("StatementRendering.openPdf:2000"));
    }

    /**
     * The ratio of two benchmarks' medians, with its spread: the lowest and highest ratio any measurement
     * iteration of one against any of the other gives (iteration medians).
     */
    private static void ratio(PrintStream out, String label, RunResult numerator, RunResult denominator) {
        if (numerator == null || denominator == null) {
            return;
        }
        List<Double> top = iterationMedians(numerator);
        List<Double> bottom = iterationMedians(denominator);
        double median = numerator.getPrimaryResult().getStatistics().getPercentile(50)
                / denominator.getPrimaryResult().getStatistics().getPercentile(50);
        double low = top.stream().mapToDouble(Double::doubleValue).min().orElseThrow()
                / bottom.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double high = top.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                / bottom.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        out.printf(Locale.ROOT, "%s: %.2f× (iterations: %.2f× to %.2f×)%n", label, median, low, high);
    }

    private static List<Double> iterationMedians(RunResult run) {
        List<Double> medians = new ArrayList<>();
        Collection<BenchmarkResult> forks = run.getBenchmarkResults();
        for (BenchmarkResult fork : forks) {
            for (IterationResult iteration : fork.getIterationResults()) {
                medians.add(iteration.getPrimaryResult().getStatistics().getPercentile(50));
            }
        }
        return medians;
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, "%.2f ms", value);
    }

    private static String allocated(RunResult run) {
        Result<?> norm = run.getSecondaryResults().get("gc.alloc.rate.norm");
        if (norm == null) {
            return "";
        }
        double bytes = norm.getScore();
        return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / (1 << 20))
                : String.format(Locale.ROOT, "%.0f KB", bytes / 1024);
    }
}
