package dev.clientportal.core.workspace;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.testing.PortalFixture;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static dev.clientportal.core.money.CurrencyUnit.EUR;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkspaceAppearanceTest {

    private final PortalFixture fixture = PortalFixture.inMemory();
    private final Workspaces workspaces = fixture.portal.workspaces();
    private final StaffPrincipal acme = fixture.workspace("Acme Design", USD);
    private final StaffPrincipal globex = fixture.workspace("Globex Studio", EUR);

    @Test
    void aWorkspacesPublicPages_showItsOwnNameAndBrandingWithoutAPrincipal() {
        workspaces.updateBranding(acme, new Branding("logos/acme.png", "#112233", "#AABBCC"));

        WorkspaceAppearance appearance = workspaces.appearance(acme.workspaceId());

        assertThat(appearance.workspaceId()).isEqualTo(acme.workspaceId());
        assertThat(appearance.name()).isEqualTo("Acme Design");
        assertThat(appearance.branding()).isEqualTo(new Branding("logos/acme.png", "#112233", "#AABBCC"));
        assertThat(appearance.brandingVersion()).isEqualTo(workspaces.get(acme).brandingVersion());
        assertThat(workspaces.appearance(globex.workspaceId()).name()).isEqualTo("Globex Studio");
    }

    @Test
    void aBrandingChange_bumpsTheVersionAPageCachesBy() {
        long before = workspaces.appearance(acme.workspaceId()).brandingVersion();

        workspaces.updateBranding(acme, new Branding("", "#000000", "#FFFFFF"));

        assertThat(workspaces.appearance(acme.workspaceId()).brandingVersion()).isEqualTo(before + 1);
    }

    @Test
    void anUnknownWorkspace_isNotFound_andAMissingIdIsRequired() {
        assertThatThrownBy(() -> workspaces.appearance(new WorkspaceId(UUID.randomUUID())))
                .isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.WORKSPACE_NOT_FOUND));
        assertThatThrownBy(() -> workspaces.appearance(null))
                .isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.REQUIRED));
    }
}
