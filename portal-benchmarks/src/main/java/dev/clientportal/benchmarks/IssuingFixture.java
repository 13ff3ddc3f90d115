package dev.clientportal.benchmarks;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.workspace.CreateWorkspace;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.jpa.JpaPortalStores;
import jakarta.persistence.EntityManagerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * What the JPA issuing benchmarks share: a portal per host instance on {@link JpaPortalStores}, a workspace with one
 * client, drafts made in bulk, and the check that the issued numbers are exactly 1..n.
 */
final class IssuingFixture {

    /** The day every invoice is issued on, so all numbers share the scope {@code INV-2026-}. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    final AtomicLong delivered = new AtomicLong();
    private final DataSource admin;
    private StaffPrincipal owner;
    private Client client;

    IssuingFixture(DataSource admin) {
        this.admin = admin;
    }

    /**
     * A portal (one host instance) on its own entity manager factory; events are counted as delivered. Issuing
     * stores no files, so the file store is an in-memory one.
     */
    ClientPortal portal(EntityManagerFactory factory) {
        return ClientPortal.builder()
                .clock(CLOCK)
                .stores(JpaPortalStores.create(factory))
                .fileStore(InMemoryStores.create().fileStore())
                .events(event -> delivered.incrementAndGet())
                .build();
    }

    /** Creates the workspace and its client through the portal; returns the owner. */
    StaffPrincipal workspace(ClientPortal portal) {
        Workspace workspace = portal.workspaces().create(new CreateWorkspace("Acme Design", CurrencyUnit.USD,
                PaymentTerms.net(30)));
        owner = StaffPrincipal.of(workspace.id(), "owner@acme.example");
        client = portal.clients().create(owner, new CreateClient("Globex", "ap@globex.example"));
        return owner;
    }

    /**
     * {@code count} drafts: one written by the portal, the rest copies of its row made by one {@code INSERT …
     * SELECT} (fresh ids), so that making a million drafts takes seconds, not the benchmark's time.
     */
    List<InvoiceId> drafts(ClientPortal portal, int count) throws SQLException {
        DraftInvoice content = DraftInvoice.forClient(client.id())
                .line("Design", "3", "h", Money.of("95.00", CurrencyUnit.USD), TaxRate.of("VAT", "20"));
        InvoiceId template = portal.invoicing().createDraft(owner, content).id();
        List<InvoiceId> drafts = new ArrayList<>(count);
        drafts.add(template);
        try (Connection connection = admin.getConnection()) {
            List<String> columns = new ArrayList<>();
            try (ResultSet rows = connection.getMetaData().getColumns(null, connection.getSchema(), "cp_invoice",
                    null)) {
                while (rows.next()) {
                    columns.add(rows.getString("COLUMN_NAME"));
                }
            }
            String copied = columns.stream().map(column -> column.equals("id") ? "gen_random_uuid()" : column)
                    .collect(Collectors.joining(", "));
            String batch = "draft_" + Long.toHexString(System.nanoTime());
            try (Statement statement = connection.createStatement()) {
                statement.execute("create temporary table " + batch + " (id uuid primary key) on commit drop");
            }
            try (PreparedStatement copy = connection.prepareStatement("with made as (insert into cp_invoice ("
                    + String.join(", ", columns) + ") select " + copied + " from cp_invoice, generate_series(2, ?)"
                    + " where id = ? returning id) insert into " + batch + " select id from made")) {
                copy.setInt(1, count);
                copy.setObject(2, template.value());
                copy.executeUpdate();
            }
            try (Statement statement = connection.createStatement();
                 ResultSet ids = statement.executeQuery("select id from " + batch)) {
                while (ids.next()) {
                    drafts.add(new InvoiceId(ids.getObject(1, UUID.class)));
                }
            }
            connection.commit();
        }
        if (drafts.size() != count) {
            throw new IllegalStateException("made " + drafts.size() + " drafts, wanted " + count);
        }
        return drafts;
    }

    /**
     * Fails unless the workspace's invoices issued by the portal ({@code INV-2026-…}) carry exactly the numbers 1..n,
     * each once; returns n.
     */
    long checkNumbersAreGaplessAndUnique(WorkspaceId workspaceId) throws SQLException {
        try (Connection connection = admin.getConnection();
             PreparedStatement query = connection.prepareStatement("select count(*), count(distinct number),"
                     + " coalesce(max(cast(substring(number from 10) as bigint)), 0),"
                     + " coalesce(min(cast(substring(number from 10) as bigint)), 1)"
                     + " from cp_invoice where workspace_id = ? and number like 'INV-2026-%'")) {
            query.setObject(1, workspaceId.value());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                long issued = row.getLong(1);
                long distinct = row.getLong(2);
                long highest = row.getLong(3);
                long lowest = row.getLong(4);
                connection.commit();
                if (issued != distinct || lowest != 1 || highest != issued) {
                    throw new IllegalStateException(issued + " invoices issued with " + distinct
                            + " distinct numbers from " + lowest + " to " + highest + ": gaps or duplicates");
                }
                return issued;
            }
        }
    }

    /** Fails unless every issued invoice's event was delivered after its commit. */
    void checkEventsDelivered(long issued) {
        if (delivered.get() < issued) {
            throw new IllegalStateException(delivered.get() + " events delivered for " + issued + " invoices");
        }
    }
}
