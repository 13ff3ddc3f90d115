package dev.clientportal.examples.springhost;

import dev.clientportal.core.files.LocalFileStore;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.examples.demo.DemoWorkspace;
import dev.clientportal.jpa.JpaPortalStores;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Seeds the {@link DemoWorkspace} on the first start ({@code portal.seed-demo=true}), when the database holds no
 * workspace, and tells where to sign in.
 */
@Component
@ConditionalOnProperty(name = "portal.seed-demo", havingValue = "true")
class DemoSeed implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeed.class);

    private final JpaPortalStores stores;
    private final PortalProperties properties;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;

    DemoSeed(JpaPortalStores stores, PortalProperties properties, EntityManager entityManager,
             TransactionTemplate transactions) {
        this.stores = stores;
        this.properties = properties;
        this.entityManager = entityManager;
        this.transactions = transactions;
    }

    /**
     * The demo workspace: the oldest workspace in the database.
     *
     * @return its id; empty before the seed ran
     */
    Optional<WorkspaceId> workspaceId() {
        List<UUID> ids = transactions.execute(status -> entityManager
                .createQuery("select w.id from Workspace w order by w.createdAt", UUID.class)
                .setMaxResults(1)
                .getResultList());
        return ids == null || ids.isEmpty() ? Optional.empty() : Optional.of(WorkspaceId.of(ids.get(0).toString()));
    }

    @Override
    public void run(ApplicationArguments args) {
        WorkspaceId workspace = workspaceId().orElseGet(() -> {
            DemoWorkspace.Seeded seeded = DemoWorkspace.seed(stores,
                    LocalFileStore.in(properties.dataDir().resolve("files")), Instant.now());
            LOG.info("Seeded the demo workspace; {} opens without signing in at {}/d/{}", seeded.sharedDocument(),
                    properties.baseUrl(), seeded.sharedDocumentToken());
            return seeded.workspaceId();
        });
        LOG.info("Client portal ready: sign in as {} at {}/w/{}/sign-in{}", DemoWorkspace.ANA, properties.baseUrl(),
                workspace,
                properties.devMailbox() ? " (links arrive at " + properties.baseUrl() + "/dev/mailbox)" : "");
    }
}
