package dev.clientportal.benchmarks;

import dev.clientportal.core.automation.ReminderCursor;
import dev.clientportal.core.automation.ReminderFacts;
import dev.clientportal.core.automation.ReminderQueries;
import dev.clientportal.core.spi.TransactionRunner;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Finding what is due among {@value ReminderDueDataSet#INVOICES} open invoices on the local PostgreSQL: one page of
 * {@value #PAGE} amounts due in the reminder run's window, through {@code ReminderQueries.openAmountsDue} of
 * {@code JpaPortalStores} (the page by the open-amount index and the steps logged for it), beside the page statement
 * alone by plain JDBC in the same run. The data set is {@link ReminderDueDataSet} ({@value ReminderDueDataSet#CLIENTS}
 * clients of one workspace; due dates spread evenly over a year, so about a tenth of the invoices fall in the window),
 * kept between runs and verified through the adapter at every setup. Each call reads the page after the previous one
 * and starts again at the end. Target: ≤ 50 ms per page of 1,000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ReminderDueQueryBenchmark {

    static final int PAGE = 1_000;
    private static final LocalDate FROM = ReminderDueDataSet.FROM;
    private static final LocalDate TO = ReminderDueDataSet.TO;

    private KeptDataSet.Opened dataSet;
    private ReminderQueries queries;
    private TransactionRunner transactions;
    private Optional<ReminderCursor> after = Optional.empty();
    private Object[] bareAfter;
    private Connection bare;
    private PreparedStatement barePage;

    /** The kept data set (loaded first if missing) and verified, one instance's stores over it, and the bare page. */
    @Setup(Level.Trial)
    public void open() throws Exception {
        dataSet = ReminderDueDataSet.open(false);
        ReminderDueDataSet.verify(dataSet);
        queries = dataSet.stores().reminders().orElseThrow().queries();
        transactions = dataSet.stores().transactions();
        bare = dataSet.dataSource().getConnection();
        barePage = bare.prepareStatement("select o.workspace_id, o.client_id, o.invoice_id, o.due_date, o.currency,"
                + " sum(o.amount) from cp_invoice_open_amount o join cp_invoice i on i.id = o.invoice_id"
                + " where o.due_date between ? and ? and i.status in ('OPEN', 'PARTIALLY_PAID')"
                + " and (o.workspace_id, o.client_id, o.invoice_id, o.due_date) > (?, ?, ?, ?)"
                + " group by o.workspace_id, o.client_id, o.invoice_id, o.due_date, o.currency"
                + " order by o.workspace_id, o.client_id, o.invoice_id, o.due_date limit " + PAGE);
        bareAfter = first();
    }

    private static Object[] first() {
        UUID zero = new UUID(0, 0);
        return new Object[]{zero, zero, zero, LocalDate.of(1970, 1, 1)};
    }

    /** The portal: the next page of amounts due, with the steps logged for them. */
    @Benchmark
    public int openAmountsDue() {
        Optional<ReminderCursor> from = after;
        List<ReminderFacts> page = transactions.inReadOnlyTransaction(
                () -> queries.openAmountsDue(FROM, TO, from, PAGE));
        after = page.size() < PAGE ? Optional.empty() : Optional.of(page.get(page.size() - 1).cursor());
        return page.size();
    }

    /** The bound: the same page by the same index, plain JDBC. */
    @Benchmark
    public int barePageStatement() throws SQLException {
        barePage.setObject(1, FROM);
        barePage.setObject(2, TO);
        for (int p = 0; p < 4; p++) {
            barePage.setObject(3 + p, bareAfter[p]);
        }
        List<Object[]> rows = new ArrayList<>(PAGE);
        try (ResultSet result = barePage.executeQuery()) {
            while (result.next()) {
                rows.add(new Object[]{result.getObject(1), result.getObject(2), result.getObject(3),
                        result.getObject(4, LocalDate.class), result.getString(5), result.getLong(6)});
            }
        }
        bare.commit();
        bareAfter = rows.size() < PAGE ? first() : rows.get(rows.size() - 1);
        return rows.size();
    }

    /** Closes everything; the data set is kept for the next run. */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
        bare.close();
        dataSet.close();
    }
}
