package dev.clientportal.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Many clients and open invoices made in seconds on PostgreSQL: one client and one issued invoice are written by the
 * portal, and the rest are copies of their rows with new ids, names, numbers and due dates. Rows are copied whole
 * through {@code jsonb_populate_record}, so a column added by a later migration is copied too.
 */
final class SqlCopies {

    private SqlCopies() {
    }

    /**
     * Copies the template client {@code clients − 1} times and the template invoice (with its one open amount)
     * {@code invoices − 1} times; invoice {@code n} belongs to client {@code n mod clients} (client 0 is the
     * template) and is due on {@code dueDateSql}, an SQL date expression of {@code n}.
     */
    static void copy(DataSource admin, UUID templateClient, UUID templateInvoice, int clients, int invoices,
                     String dueDateSql) throws SQLException {
        String clientOf = "case when n % " + clients + " = 0 then t.client_id"
                + " else md5('client-' || (n % " + clients + "))::uuid end";
        try (Connection connection = admin.getConnection()) {
            execute(connection, "insert into cp_client select (jsonb_populate_record(null::cp_client, to_jsonb(t)"
                    + " || jsonb_build_object('id', md5('client-' || n)::uuid, 'name', 'Client ' || n,"
                    + " 'email', 'ap' || n || '@client.example'))).*"
                    + " from cp_client t, generate_series(1, ?) n where t.id = ?", clients - 1, templateClient);
            execute(connection, "insert into cp_invoice select (jsonb_populate_record(null::cp_invoice, to_jsonb(t)"
                    + " || jsonb_build_object('id', md5('invoice-' || n)::uuid, 'client_id', " + clientOf + ","
                    + " 'number', 'B-' || n, 'due_date', " + dueDateSql + ", 'next_due_date', " + dueDateSql
                    + "))).* from cp_invoice t, generate_series(1, ?) n where t.id = ?", invoices - 1,
                    templateInvoice);
            execute(connection, "insert into cp_invoice_open_amount select (jsonb_populate_record("
                    + "null::cp_invoice_open_amount, to_jsonb(t) || jsonb_build_object("
                    + "'invoice_id', md5('invoice-' || n)::uuid, 'client_id', " + clientOf + ", 'due_date', "
                    + dueDateSql + "))).* from cp_invoice_open_amount t, generate_series(1, ?) n"
                    + " where t.invoice_id = ?", invoices - 1, templateInvoice);
            execute(connection, "analyze cp_client");
            execute(connection, "analyze cp_invoice");
            execute(connection, "analyze cp_invoice_open_amount");
            connection.commit();
        }
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        }
    }
}
