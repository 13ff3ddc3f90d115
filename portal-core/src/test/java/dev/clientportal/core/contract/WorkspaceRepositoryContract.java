package dev.clientportal.core.contract;

import dev.clientportal.core.workspace.Branding;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.workspace.WorkspaceSettings;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static dev.clientportal.core.money.CurrencyUnit.JPY;
import static org.assertj.core.api.Assertions.assertThat;

/** The contract of {@link dev.clientportal.core.workspace.WorkspaceRepository}. */
public abstract class WorkspaceRepositoryContract extends VersionedRepositoryContract<Workspace> {

    @Override
    protected Workspace newAggregate() {
        return Samples.workspace("Ateliér Nord GmbH");
    }

    @Override
    protected Workspace save(Workspace workspace) {
        return stores.workspaces().save(workspace);
    }

    @Override
    protected Optional<Workspace> find(Workspace workspace) {
        return stores.workspaces().find(workspace.id());
    }

    @Override
    protected Workspace withVersion(Workspace workspace, long version) {
        return workspace.withVersion(version);
    }

    @Override
    protected long versionOf(Workspace workspace) {
        return workspace.version();
    }

    @Override
    protected Workspace changed(Workspace workspace) {
        WorkspaceSettings settings = workspace.settings();
        return new Workspace(workspace.id(), settings.withPaymentTerms(PaymentTerms.net(settings.paymentTerms().days() + 1)),
                workspace.branding(), workspace.brandingVersion() + 1, workspace.createdAt(), workspace.version());
    }

    @Test
    void aWorkspaceWithDefaultSettingsComesBackEqual() {
        Workspace plain = new Workspace(new WorkspaceId(UUID.randomUUID()),
                WorkspaceSettings.defaults("Tokyo Ink", JPY, PaymentTerms.dueOnReceipt()),
                Branding.DEFAULT, 1, Samples.CREATED, 0);

        Workspace saved = inTransaction(() -> stores.workspaces().save(plain));

        assertThat(inTransaction(() -> stores.workspaces().find(plain.id()))).contains(saved);
    }

    @Test
    void anUnknownIdIsNotFound() {
        assertThat(inTransaction(() -> stores.workspaces().find(new WorkspaceId(UUID.randomUUID())))).isEmpty();
    }
}
