package dev.clientportal.benchmarks;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.clientportal.core.exports.ExportFilter;
import dev.clientportal.core.exports.ExportSummary;
import dev.clientportal.core.exports.InvoiceExportRow;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.Money;
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
import org.postgresql.PGConnection;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

/**
 * Every invoice of {@link ReceivablesDataSet}'s workspace (1,000,000 rows and the 15 templates) exported to CSV, in a JVM of 128 MB heap:
 * <ul>
 *   <li>{@code portalToCsv}: {@code portal.exports().invoices(owner, filter, sink)} on {@code JpaPortalStores} over
 *   local PostgreSQL, each row written by Jackson's CSV module (amounts as decimals, dates ISO) into a counting
 *   stream that keeps nothing — what a host's {@code /exports/invoices.csv} does minus the network;</li>
 *   <li>{@code copyToStdout}: PostgreSQL's {@code COPY (select … the same columns, the same order) TO STDOUT (FORMAT
 *   csv)} through the driver's {@code CopyManager} into the same kind of stream: the floor (amounts as minor
 *   units, formatted by nothing).</li>
 * </ul>
 * One export per invocation (single-shot time, seconds); rows per second are 1,000,015 ÷ the score. Target: the portal
 * at ≥ 100,000 rows/s. The heap of 128 MB is the issue's memory bound: an export that collected its rows would fail
 * with {@code OutOfMemoryError}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms128m", "-Xmx128m"})
public class InvoiceExportBenchmark {

    private static final String[] COLUMNS = {"number", "client_id", "client_name", "status", "currency",
            "issue_date", "due_date", "subtotal", "discount", "tax", "total", "credited", "paid", "amount_due",
            "closed_on"};

    private KeptDataSet.Opened dataSet;
    private StaffPrincipal owner;
    private ExportFilter everything;
    private CsvMapper csv;
    private CsvSchema schema;
    private String copy;
    private long expectedRows;

    /** Opens (loading it if missing) the data set; the period covers every invoice it holds. */
    @Setup(Level.Trial)
    public void open() throws Exception {
        dataSet = ReceivablesDataSet.open(false);
        owner = dataSet.owner();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        everything = ExportFilter.period(today.minusDays(ExportFilter.MAX_DAYS - 10), today.plusDays(1))
                .pageSize(ExportFilter.MAX_PAGE_SIZE);
        csv = new CsvMapper();
        CsvSchema.Builder columns = CsvSchema.builder();
        for (String column : COLUMNS) {
            columns.addColumn(column);
        }
        schema = columns.build().withHeader();
        copy = "copy (select i.number, i.client_id, c.name, i.status, i.currency, i.issue_date, i.due_date,"
                + " i.subtotal, i.discount_total, i.tax_total, i.total, i.credit_notes_total, i.paid, i.amount_due,"
                + " i.closed_on from cp_invoice i join cp_client c on c.id = i.client_id"
                + " where i.workspace_id = '" + owner.workspaceId().value() + "' and i.status <> 'DRAFT'"
                + " and i.issue_date between '" + everything.from() + "' and '" + everything.to() + "'"
                + " order by i.issue_date, i.number) to stdout (format csv, header)";
        try (Connection connection = dataSet.dataSource().getConnection();
             PreparedStatement count = connection.prepareStatement("select count(*) from cp_invoice"
                     + " where workspace_id = ? and status <> 'DRAFT' and issue_date between ? and ?")) {
            count.setObject(1, owner.workspaceId().value());
            count.setObject(2, everything.from());
            count.setObject(3, everything.to());
            try (ResultSet row = count.executeQuery()) {
                row.next();
                expectedRows = row.getLong(1);
            }
            connection.commit();
        }
        if (expectedRows < ReceivablesDataSet.INVOICES) {
            throw new IllegalStateException("the data set holds " + expectedRows + " issued invoices, expected "
                    + ReceivablesDataSet.INVOICES + " at least");
        }
    }

    /** Closes the factory and the pool; the data set stays. */
    @TearDown(Level.Trial)
    public void close() {
        dataSet.close();
    }

    /** The portal's invoice export, written as CSV by Jackson; answers the rows written. */
    @Benchmark
    public long portalToCsv() throws IOException {
        CountingStream bytes = new CountingStream();
        try (OutputStream out = new BufferedOutputStream(bytes, 1 << 16);
             SequenceWriter rows = csv.writerFor(String[].class).with(schema).writeValues(out)) {
            ExportSummary summary = dataSet.portal().exports().invoices(owner, everything, row -> write(rows, row));
            return check(summary.rows(), bytes);
        }
    }

    /** PostgreSQL's own CSV of the same columns in the same order; answers the rows written. */
    @Benchmark
    public long copyToStdout() throws Exception {
        CountingStream bytes = new CountingStream();
        try (Connection connection = dataSet.dataSource().getConnection();
             OutputStream out = new BufferedOutputStream(bytes, 1 << 16)) {
            long rows = connection.unwrap(PGConnection.class).getCopyAPI().copyOut(copy, out);
            connection.commit();
            return check(rows, bytes);
        }
    }

    private static void write(SequenceWriter rows, InvoiceExportRow row) {
        try {
            rows.write(new String[]{row.number(), row.clientId().value().toString(), row.clientName(),
                    row.status().name(), row.currency().code(), row.issueDate().toString(), row.dueDate().toString(),
                    decimal(row.subtotal()), decimal(row.discount()), decimal(row.tax()), decimal(row.total()),
                    decimal(row.credited()), decimal(row.paid()), decimal(row.amountDue()),
                    row.closedOn() == null ? "" : row.closedOn().toString()});
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static String decimal(Money amount) {
        return amount.amount().toPlainString();
    }

    private long check(long rows, CountingStream bytes) {
        if (rows != expectedRows || bytes.count < rows * 60) {
            throw new IllegalStateException("exported " + rows + " rows in " + bytes.count + " bytes, expected "
                    + expectedRows + " rows");
        }
        return rows;
    }

    /** Counts what is written and keeps none of it. */
    private static final class CountingStream extends OutputStream {

        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
