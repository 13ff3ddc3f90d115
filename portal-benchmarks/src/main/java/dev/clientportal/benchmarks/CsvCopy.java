package dev.clientportal.benchmarks;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rows of a kept data set written by {@code COPY … FROM STDIN (FORMAT csv)}: template rows the portal itself wrote,
 * read back with {@code COPY … TO STDOUT}, then copied with some columns replaced.
 */
final class CsvCopy {

    private CsvCopy() {
    }

    /** One row of a table as {@code COPY … TO STDOUT (FORMAT csv)} writes it: column names and their texts. */
    record Template(String table, List<String> columns, String[] values) {

        static Template of(CopyManager copy, String table, String where) throws Exception {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            copy.copyOut("copy (select * from " + table + " where " + where + ") to stdout with (format csv, header)",
                    out);
            List<String[]> records = parse(out.toString(StandardCharsets.UTF_8));
            return new Template(table, List.of(records.get(0)), records.size() > 1 ? records.get(1) : null);
        }

        boolean present() {
            return values != null;
        }

        String value(String column) {
            return values[columns.indexOf(column)];
        }
    }

    /**
     * A {@code COPY … FROM STDIN (FORMAT csv)} into one table on a connection of its own (a connection runs one
     * {@code COPY} at a time, and several tables are fed at once), fed row by row, sent in chunks, committed at close.
     */
    static final class Rows implements AutoCloseable {

        private final Connection connection;
        private final CopyIn in;
        private final StringBuilder buffer = new StringBuilder(1 << 20);

        Rows(String schema, Template shape) throws SQLException {
            this.connection = DriverManager.getConnection(KeptDataSet.URL + "?currentSchema=" + schema, "postgres",
                    "test");
            this.in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + shape.table() + " ("
                    + String.join(", ", shape.columns()) + ") from stdin with (format csv)");
        }

        /** A row of the template with some columns replaced (by name). */
        void add(Template template, Map<String, String> replaced) throws SQLException {
            String[] values = template.values().clone();
            replaced.forEach((column, value) -> values[template.columns().indexOf(column)] = value);
            add(values);
        }

        void add(String[] values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append(',');
                }
                if (values[i] != null) {
                    buffer.append('"').append(values[i].replace("\"", "\"\"")).append('"');
                }
            }
            buffer.append('\n');
            if (buffer.length() > (1 << 20) - 4096) {
                flush();
            }
        }

        private void flush() throws SQLException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        @Override
        public void close() throws SQLException {
            try (connection) {
                flush();
                in.endCopy();
            }
        }
    }

    /** Just enough CSV for {@code COPY}'s output: quoted fields, doubled quotes, unquoted empty as null. */
    static List<String[]> parse(String text) {
        List<String[]> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',' || c == '\n') {
                fields.add(field.isEmpty() && !wasQuoted ? null : field.toString());
                field.setLength(0);
                wasQuoted = false;
                if (c == '\n') {
                    records.add(fields.toArray(String[]::new));
                    fields.clear();
                }
            } else if (c != '\r') {
                field.append(c);
            }
        }
        return records;
    }
}
