package dev.clientportal.core.contract;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.payment.GatewayCustomers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.clientportal.core.money.CurrencyUnit.EUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link GatewayCustomers}: one customer per client and gateway, the first remembered stays. */
public abstract class GatewayCustomersContract extends StoreContract {

    private WorkspaceId workspaceId;
    private ClientId clientId;

    @BeforeEach
    void storeAWorkspaceWithAClient() {
        workspaceId = storedWorkspace("Acme").id();
        clientId = storedClient(workspaceId, "Globex", EUR).id();
    }

    @Test
    void aClientWithoutCustomer_hasNone() {
        assertThat(find(workspaceId, clientId, "stripe")).isEmpty();
    }

    @Test
    void aRememberedCustomer_isFoundAgain_trimmed() {
        assertThat(remember(workspaceId, clientId, "stripe", " cus_1 ")).isEqualTo("cus_1");

        assertThat(find(workspaceId, clientId, "stripe")).contains("cus_1");
    }

    @Test
    void rememberingAnotherCustomerLater_keepsTheFirst_andAnswersIt() {
        remember(workspaceId, clientId, "stripe", "cus_first");

        assertThat(remember(workspaceId, clientId, "stripe", "cus_second")).isEqualTo("cus_first");
        assertThat(find(workspaceId, clientId, "stripe")).contains("cus_first");
    }

    @Test
    void customersAreKeptPerWorkspaceClientAndGateway() {
        ClientId otherClient = storedClient(workspaceId, "Initech", EUR).id();
        WorkspaceId otherWorkspace = storedWorkspace("Umbrella").id();
        ClientId otherWorkspacesClient = storedClient(otherWorkspace, "Hooli", EUR).id();
        remember(workspaceId, clientId, "stripe", "cus_globex");

        assertThat(remember(workspaceId, clientId, "paddle", "ctm_globex")).isEqualTo("ctm_globex");
        assertThat(remember(workspaceId, otherClient, "stripe", "cus_initech")).isEqualTo("cus_initech");
        assertThat(find(workspaceId, clientId, "stripe")).contains("cus_globex");
        assertThat(find(workspaceId, clientId, "paddle")).contains("ctm_globex");
        assertThat(find(otherWorkspace, clientId, "stripe")).as("another workspace's view of the client").isEmpty();
        assertThat(find(otherWorkspace, otherWorkspacesClient, "stripe")).isEmpty();
    }

    @Test
    void aCustomerRememberedInARolledBackTransaction_isForgotten() {
        assertThatThrownBy(() -> stores.transactions().inTransaction(() -> {
            stores.gatewayCustomers().remember(workspaceId, clientId, "stripe", "cus_lost");
            throw new IllegalStateException("the host's work failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(find(workspaceId, clientId, "stripe")).isEmpty();
        assertThat(remember(workspaceId, clientId, "stripe", "cus_kept")).isEqualTo("cus_kept");
    }

    @Test
    void aBlankReferenceOrGateway_isRefused_andNothingIsRemembered() {
        assertFailsWith(ErrorCode.REQUIRED, () -> remember(workspaceId, clientId, "stripe", " "));
        assertFailsWith(ErrorCode.REQUIRED, () -> remember(workspaceId, clientId, "", "cus_1"));

        assertThat(find(workspaceId, clientId, "stripe")).isEmpty();
    }

    /** Two instances created a customer for one client at the same moment: both go on with the first one's. */
    @Test
    void racingRemembersOfOneClient_bothAnswerTheFirst_andNeitherFails() {
        String second = InterleavedInserts.bothSucceed(stores.transactions(),
                () -> stores.gatewayCustomers().remember(workspaceId, clientId, "stripe", "cus_first"),
                () -> stores.gatewayCustomers().remember(workspaceId, clientId, "stripe", "cus_second"));

        assertThat(second).isEqualTo("cus_first");
        assertThat(find(workspaceId, clientId, "stripe")).contains("cus_first");
    }

    private String remember(WorkspaceId workspace, ClientId client, String gateway, String reference) {
        return inTransaction(() -> stores.gatewayCustomers().remember(workspace, client, gateway, reference));
    }

    private Optional<String> find(WorkspaceId workspace, ClientId client, String gateway) {
        return inTransaction(() -> stores.gatewayCustomers().find(workspace, client, gateway));
    }
}
