package dev.clientportal.jpa;

import dev.clientportal.core.analytics.DocumentView;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Writes views to {@code cp_document_view} in as few statements as a batch allows: one query takes the row ids for
 * the batch from {@code cp_document_view_seq} (none while ids of an earlier block are left), then, on PostgreSQL,
 * one {@code INSERT … SELECT FROM unnest(…)} per {@value #ROWS_PER_ARRAY_STATEMENT} rows whose 13 parameters are
 * one array literal per column (the server parses 13 values, not 13 per row), and elsewhere multi-row
 * {@code INSERT}s of up to {@value #ROWS_PER_STATEMENT} rows each. Entity-at-a-time persistence costs a statement
 * per view (grouped into JDBC batches only if the host turned that on); this needs no provider or driver option.
 * PostgreSQL's {@code reWriteBatchedInserts=true} (the host's JDBC URL setting) changes nothing here: the inserts
 * are multi-row already.
 *
 * <p>Plain JPA: native queries with positional parameters, so the provider binds UUIDs and instants exactly as it
 * maps them in {@link DocumentViewEntity} (JPA 3.1 has no way to reach the JDBC connection; Hibernate refuses
 * {@code unwrap(Connection.class)} on an entity manager). Ids: each sequence value {@code v} stands for the block
 * {@code v-49..v}, exactly as the provider's pooled optimizer reads it ({@link DocumentViewEntity#ALLOCATION}), so
 * ids taken here and ids the provider hands out never collide.
 */
final class ViewLogInsert {

    /** Rows per {@code INSERT}: 13 parameters each, far below every driver's limit of 32k/65k parameters. */
    static final int ROWS_PER_STATEMENT = 200;

    /** Rows per PostgreSQL {@code unnest} insert: bounds the array literals a statement carries to a few MB. */
    static final int ROWS_PER_ARRAY_STATEMENT = 5_000;

    private static final int COLUMN_COUNT = 13;
    /** The column types in {@link #COLUMNS}' order, for the casts of the array literals. */
    private static final String[] ARRAY_TYPES = {"bigint", "uuid", "uuid", "uuid", "varchar", "uuid", "varchar",
        "varchar", "timestamptz", "varchar", "varchar", "varchar", "varchar"};
    private static final String UNNEST_INSERT = unnestInsert();
    private static final String COLUMNS = "insert into cp_document_view (id, view_id, workspace_id, client_id,"
            + " document_type, document_id, viewer_key, channel, viewed_at, address, user_agent, method,"
            + " classification) values ";

    private final Supplier<SqlDialect> dialect;
    /** Ids taken from the sequence and not used yet, ascending: the rest of the last block; guarded by this. */
    private final ArrayDeque<Long> spareIds = new ArrayDeque<>();

    ViewLogInsert(Supplier<SqlDialect> dialect) {
        this.dialect = dialect;
    }

    /** Inserts the views, in their order (ascending ids), in the entity manager's transaction. */
    void insert(EntityManager entityManager, List<DocumentView> views) {
        if (views.isEmpty()) {
            return;
        }
        List<Long> ids = ids(entityManager, views.size());
        if (dialect.get() == SqlDialect.POSTGRESQL) {
            for (int from = 0; from < views.size(); from += ROWS_PER_ARRAY_STATEMENT) {
                insertArrays(entityManager, views, ids, from, Math.min(views.size(), from + ROWS_PER_ARRAY_STATEMENT));
            }
            return;
        }
        for (int from = 0; from < views.size(); from += ROWS_PER_STATEMENT) {
            int rows = Math.min(ROWS_PER_STATEMENT, views.size() - from);
            Query insert = entityManager.createNativeQuery(statement(rows));
            int p = 0;
            for (int i = from; i < from + rows; i++) {
                DocumentView view = views.get(i);
                insert.setParameter(++p, ids.get(i));
                insert.setParameter(++p, view.id());
                insert.setParameter(++p, view.workspaceId().value());
                insert.setParameter(++p, view.clientId().value());
                insert.setParameter(++p, view.document().type().name());
                insert.setParameter(++p, view.document().id());
                insert.setParameter(++p, view.viewerKey());
                insert.setParameter(++p, view.channel().name());
                insert.setParameter(++p, view.at().truncatedTo(ChronoUnit.MICROS));
                insert.setParameter(++p, view.address());
                insert.setParameter(++p, view.userAgent());
                insert.setParameter(++p, view.method());
                insert.setParameter(++p, view.classification().name());
            }
            insert.executeUpdate();
        }
    }

    /**
     * {@code count} row ids, ascending: the spare ids of earlier blocks first, then as many new blocks as still
     * needed, in one query. A single view takes a query once per 50, as the pooled optimizer does; new blocks are
     * above every spare id, since the sequence only grows.
     */
    private synchronized List<Long> ids(EntityManager entityManager, int count) {
        while (spareIds.size() < count) {
            int needed = count - spareIds.size();
            int blocks = (needed + DocumentViewEntity.ALLOCATION - 1) / DocumentViewEntity.ALLOCATION;
            List<Long> values = new ArrayList<>(blocks);
            for (Object value : entityManager.createNativeQuery(nextValues()).setParameter(1, blocks)
                    .getResultList()) {
                values.add(((Number) value).longValue());
            }
            Collections.sort(values);
            for (long value : values) {
                // the sequence's first value, 1, is a block of one for the pooled optimizer too
                for (long id = Math.max(1, value - DocumentViewEntity.ALLOCATION + 1); id <= value; id++) {
                    spareIds.addLast(id);
                }
            }
        }
        List<Long> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(spareIds.removeFirst());
        }
        return ids;
    }

    /** A query answering {@code ?1} values of the view sequence, one per row. */
    private String nextValues() {
        return switch (dialect.get()) {
            case POSTGRESQL -> "select nextval('cp_document_view_seq') from generate_series(1, ?1)";
            case MARIADB -> "with recursive n (i) as (select 1 union all select i + 1 from n where i < ?1)"
                    + " select nextval(cp_document_view_seq) from n";
            case H2 -> "select next value for cp_document_view_seq from system_range(1, ?1)";
        };
    }

    /** Inserts views {@code from} (inclusive) to {@code to} with one {@code unnest} statement of 13 array literals. */
    private static void insertArrays(EntityManager entityManager, List<DocumentView> views, List<Long> ids, int from,
                                     int to) {
        List<ArrayLiteral> columns = new ArrayList<>(COLUMN_COUNT);
        for (int column = 0; column < COLUMN_COUNT; column++) {
            columns.add(new ArrayLiteral(to - from));
        }
        for (int i = from; i < to; i++) {
            DocumentView view = views.get(i);
            columns.get(0).plain(ids.get(i).toString());
            columns.get(1).plain(view.id().toString());
            columns.get(2).plain(view.workspaceId().value().toString());
            columns.get(3).plain(view.clientId().value().toString());
            columns.get(4).quoted(view.document().type().name());
            columns.get(5).plain(view.document().id().toString());
            columns.get(6).quoted(view.viewerKey());
            columns.get(7).quoted(view.channel().name());
            columns.get(8).plain(view.at().truncatedTo(ChronoUnit.MICROS).toString());
            columns.get(9).quoted(view.address());
            columns.get(10).quoted(view.userAgent());
            columns.get(11).quoted(view.method());
            columns.get(12).quoted(view.classification().name());
        }
        Query insert = entityManager.createNativeQuery(UNNEST_INSERT);
        for (int column = 0; column < COLUMN_COUNT; column++) {
            insert.setParameter(column + 1, columns.get(column).toString());
        }
        insert.executeUpdate();
    }

    /** {@code insert … select * from unnest(cast(?1 as bigint[]), …)}: one array literal per column. */
    private static String unnestInsert() {
        StringBuilder sql = new StringBuilder(COLUMNS.replace(" values ", " select * from unnest("));
        for (int column = 0; column < COLUMN_COUNT; column++) {
            sql.append(column == 0 ? "" : ", ").append("cast(?").append(column + 1).append(" as ")
                    .append(ARRAY_TYPES[column]).append("[])");
        }
        return sql.append(')').toString();
    }

    /**
     * A PostgreSQL array literal built element by element: {@code {a,b}} for values whose text holds no quote,
     * backslash, comma, brace or space (ids, numbers, ISO instants); {@code {"a b","c\"d"}} for any text.
     */
    static final class ArrayLiteral {
        private final StringBuilder text;

        ArrayLiteral(int elements) {
            text = new StringBuilder(elements * 40).append('{');
        }

        /** Appends a value whose text needs no quoting (checked by the caller's choice of type: ids, instants). */
        void plain(String value) {
            separate();
            text.append(value);
        }

        /** Appends any text, double-quoted, with quotes and backslashes escaped by a backslash. */
        void quoted(String value) {
            separate();
            text.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"' || c == '\\') {
                    text.append('\\');
                }
                text.append(c);
            }
            text.append('"');
        }

        private void separate() {
            if (text.length() > 1) {
                text.append(',');
            }
        }

        @Override
        public String toString() {
            return text + "}";
        }
    }

    /** {@code insert … values (?1, …, ?13), (?14, …)} for {@code rows} rows. */
    private static String statement(int rows) {
        StringBuilder sql = new StringBuilder(COLUMNS.length() + rows * COLUMN_COUNT * 7).append(COLUMNS);
        int p = 0;
        for (int row = 0; row < rows; row++) {
            sql.append(row == 0 ? "(" : ", (");
            for (int column = 0; column < COLUMN_COUNT; column++) {
                sql.append(column == 0 ? "?" : ", ?").append(++p);
            }
            sql.append(')');
        }
        return sql.toString();
    }
}
