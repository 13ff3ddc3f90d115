package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.files.LocalFileStore;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.examples.demo.DemoWorkspace;
import dev.clientportal.jpa.JpaPortalStores;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Seeds the {@link DemoWorkspace} on the first start ({@code portal.seed-demo=true}), when the database holds no
 * workspace, and tells where to begin.
 */
@Singleton
@Requires(property = "portal.seed-demo", value = "true")
class DemoSeed {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeed.class);

    private final JpaPortalStores stores;
    private final TransactionOperations<Session> transactions;
    private final Path dataDir;

    DemoSeed(JpaPortalStores stores, TransactionOperations<Session> transactions,
             @Value("${portal.data-dir}") Path dataDir) {
        this.stores = stores;
        this.transactions = transactions;
        this.dataDir = dataDir;
    }

    /**
     * The demo workspace: the oldest workspace in the database.
     *
     * @return its id; empty before the seed ran
     */
    Optional<WorkspaceId> workspaceId() {
        List<UUID> ids = transactions.executeRead(status -> status.getConnection()
                .createQuery("select w.id from Workspace w order by w.createdAt", UUID.class)
                .setMaxResults(1)
                .getResultList());
        return ids.isEmpty() ? Optional.empty() : Optional.of(WorkspaceId.of(ids.get(0).toString()));
    }

    @EventListener
    void onStartup(StartupEvent event) {
        WorkspaceId workspace = workspaceId().orElseGet(() -> {
            DemoWorkspace.Seeded seeded = DemoWorkspace.seed(stores, LocalFileStore.in(dataDir.resolve("files")),
                    Instant.now());
            LOG.info("Seeded the demo workspace {}", seeded);
            return seeded.workspaceId();
        });
        LOG.info("Client portal API ready: ask for a sign-in link for {} in workspace {} "
                + "(POST /api/sign-in/links); links arrive at GET /dev/mailbox", DemoWorkspace.ANA, workspace);
    }
}
