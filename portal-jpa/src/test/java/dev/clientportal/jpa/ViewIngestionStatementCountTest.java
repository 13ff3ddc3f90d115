package dev.clientportal.jpa;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.access.AccessChannel;
import dev.clientportal.core.analytics.DocumentView;
import dev.clientportal.core.analytics.ViewClass;
import dev.clientportal.core.analytics.ViewStore;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.contract.Samples;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.kernel.WorkspaceId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch of views costs at most one statement for its ids and one insert per
 * {@value ViewLogInsert#ROWS_PER_ARRAY_STATEMENT} views on PostgreSQL ({@code unnest} of array literals) or per
 * {@value ViewLogInsert#ROWS_PER_STATEMENT} views elsewhere (multi-row), never a statement per view; the ids it takes from the sequence
 * never collide with the ids the provider's pooled optimizer hands out.
 */
class ViewIngestionStatementCountTest {

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aBatch_takesOneIdQueryAtMost_andFewInserts(Vendor vendor) {
        PortalStores stores = JpaTestStores.fresh(vendor);
        ViewStore views = stores.viewStore();
        WorkspaceId workspaceId = new WorkspaceId(UUID.randomUUID());
        ClientId clientId = new ClientId(UUID.randomUUID());
        DocumentRef invoice = new DocumentRef(DocumentType.INVOICE, UUID.randomUUID());
        views.append(view(workspaceId, clientId, invoice));

        assertThat(statements(views, batch(workspaceId, clientId, invoice, 1))).as("an id query once per 50 views")
                .isBetween(1L, 2L);
        if (vendor == Vendor.POSTGRESQL) {
            assertThat(statements(views, batch(workspaceId, clientId, invoice, 1000))).as("one unnest insert")
                    .isEqualTo(1 + 1);
            assertThat(statements(views, batch(workspaceId, clientId, invoice, 5001))).isEqualTo(1 + 2);
        } else {
            assertThat(statements(views, batch(workspaceId, clientId, invoice, 1000))).isEqualTo(1 + 5);
            assertThat(statements(views, batch(workspaceId, clientId, invoice, 1001))).isEqualTo(1 + 6);
        }
        assertThat(views.recentViews(workspaceId, invoice, 500)).hasSize(500);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void anyText_andEveryField_readBackAsWritten(Vendor vendor) {
        ViewStore views = JpaTestStores.fresh(vendor).viewStore();
        WorkspaceId workspaceId = new WorkspaceId(UUID.randomUUID());
        ClientId clientId = new ClientId(UUID.randomUUID());
        DocumentRef invoice = new DocumentRef(DocumentType.INVOICE, UUID.randomUUID());
        String[] texts = {"", "NULL", "a \"quoted\" agent", "back\\slash\\", "{braces}, commas", " spaces ",
            "tab\tand\nnewline", "ünïcödé ✓ 日本"};
        List<DocumentView> batch = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            batch.add(new DocumentView(UUID.randomUUID(), workspaceId, clientId, invoice, "contact:" + texts[i],
                    AccessChannel.values()[i % AccessChannel.values().length],
                    Samples.CREATED.plusNanos(123_456_000L + i * 1_000L), texts[i], texts[texts.length - 1 - i],
                    texts[i], ViewClass.values()[i % ViewClass.values().length]));
        }
        views.appendAll(batch);

        assertThat(views.recentViews(workspaceId, invoice, 100)).containsExactlyInAnyOrderElementsOf(batch);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void batchIds_andIdsTheProviderHandsOut_neverCollide(Vendor vendor) {
        PortalStores stores = JpaTestStores.fresh(vendor);
        EntityManagerFactory factory = TestDatabase.of(vendor).entityManagerFactory();
        WorkspaceId workspaceId = new WorkspaceId(UUID.randomUUID());
        ClientId clientId = new ClientId(UUID.randomUUID());
        DocumentRef invoice = new DocumentRef(DocumentType.INVOICE, UUID.randomUUID());

        persistedByTheProvider(factory, batch(workspaceId, clientId, invoice, 3));
        stores.viewStore().appendAll(batch(workspaceId, clientId, invoice, 120));
        persistedByTheProvider(factory, batch(workspaceId, clientId, invoice, 60));
        stores.viewStore().appendAll(batch(workspaceId, clientId, invoice, 10));

        EntityManager entityManager = factory.createEntityManager();
        try {
            List<?> ids = entityManager.createQuery("select v.id from DocumentView v where v.workspaceId = :workspace")
                    .setParameter("workspace", workspaceId.value()).getResultList();
            assertThat(ids).hasSize(193).doesNotHaveDuplicates();
        } finally {
            entityManager.close();
        }
    }

    /** Persists views entity by entity, ids from the provider's pooled optimizer. */
    private static void persistedByTheProvider(EntityManagerFactory factory, List<DocumentView> views) {
        EntityManager entityManager = factory.createEntityManager();
        try {
            entityManager.getTransaction().begin();
            views.forEach(view -> entityManager.persist(DocumentViewEntity.of(view)));
            entityManager.getTransaction().commit();
        } finally {
            entityManager.close();
        }
    }

    private static long statements(ViewStore views, List<DocumentView> batch) {
        QueryCountHolder.clear();
        views.appendAll(batch);
        return TestDatabase.statements().getTotal();
    }

    private static List<DocumentView> batch(WorkspaceId workspaceId, ClientId clientId, DocumentRef document,
                                            int size) {
        List<DocumentView> batch = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            batch.add(view(workspaceId, clientId, document));
        }
        return batch;
    }

    private static DocumentView view(WorkspaceId workspaceId, ClientId clientId, DocumentRef document) {
        return new DocumentView(UUID.randomUUID(), workspaceId, clientId, document, "contact:ana",
                AccessChannel.SESSION, Samples.CREATED, "198.51.100.7", "Mozilla/5.0", "GET", ViewClass.HUMAN);
    }
}
