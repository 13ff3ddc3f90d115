package dev.clientportal.jpa;

import dev.clientportal.core.access.AccessChannel;
import dev.clientportal.core.analytics.DocumentView;
import dev.clientportal.core.analytics.ViewClass;
import dev.clientportal.core.analytics.ViewStore;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.contract.Samples;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.kernel.WorkspaceId;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch of views costs one statement for its ids and one multi-row insert per
 * {@value ViewLogInsert#ROWS_PER_STATEMENT} views, never a statement per view.
 */
class ViewIngestionStatementCountTest {

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aBatch_takesOneIdQuery_andOneInsertPer200Views(Vendor vendor) {
        JpaTestStores stores = JpaTestStores.fresh(vendor);
        ViewStore views = stores.viewStore();
        WorkspaceId workspaceId = new WorkspaceId(UUID.randomUUID());
        ClientId clientId = new ClientId(UUID.randomUUID());
        DocumentRef invoice = new DocumentRef(DocumentType.INVOICE, UUID.randomUUID());
        views.append(view(workspaceId, clientId, invoice));

        assertThat(statements(views, batch(workspaceId, clientId, invoice, 1))).isEqualTo(2);
        assertThat(statements(views, batch(workspaceId, clientId, invoice, 1000))).isEqualTo(1 + 5);
        assertThat(statements(views, batch(workspaceId, clientId, invoice, 1001))).isEqualTo(1 + 6);
        assertThat(views.recentViews(workspaceId, invoice, 500)).hasSize(500);
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
