package dev.clientportal.core.contract;

import dev.clientportal.core.ErrorCode;
import dev.clientportal.core.access.LoginToken;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.workspace.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of {@link dev.clientportal.core.access.LoginTokenRepository}: tokens are found by their hash in any
 * workspace, hashes are unique, and a contact's tokens list newest first.
 */
public abstract class LoginTokenRepositoryContract extends VersionedRepositoryContract<LoginToken> {

    private WorkspaceId workspaceId;
    private ClientId clientId;
    private Contact ana;

    @BeforeEach
    void storeAContact() {
        workspaceId = storedWorkspace("Acme Design").id();
        clientId = storedClient(workspaceId, "Globex", USD).id();
        ana = storedContact(workspaceId, clientId, "Ana Ruiz");
    }

    @Override
    protected LoginToken newAggregate() {
        return Samples.loginToken(ana, Samples.CREATED);
    }

    @Override
    protected LoginToken save(LoginToken token) {
        return stores.loginTokens().save(token);
    }

    @Override
    protected Optional<LoginToken> find(LoginToken token) {
        return stores.loginTokens().findByHash(token.tokenHash());
    }

    @Override
    protected LoginToken withVersion(LoginToken token, long version) {
        return token.withVersion(version);
    }

    @Override
    protected long versionOf(LoginToken token) {
        return token.version();
    }

    /** Uses the token, then revokes it, then moves the revocation on: every end marker is written and rewritten. */
    @Override
    protected LoginToken changed(LoginToken token) {
        Instant usedAt = token.usedAt() == null ? token.createdAt().plusSeconds(61) : token.usedAt();
        Instant revokedAt = token.usedAt() == null ? null
                : token.revokedAt() == null ? usedAt.plusSeconds(1) : token.revokedAt().plusSeconds(1);
        return new LoginToken(token.id(), token.workspaceId(), token.clientId(), token.contactId(), token.purpose(),
                token.tokenHash(), token.createdAt(), token.expiresAt(), usedAt, revokedAt, token.version());
    }

    @Test
    void findByHash_findsATokenOfAnyWorkspace_andNothingForAnUnknownHash() {
        WorkspaceId other = storedWorkspace("Initech").id();
        Contact bob = storedContact(other, storedClient(other, "Hooli", USD).id(), "Bob Stone");
        LoginToken theirs = inTransaction(() -> save(Samples.loginToken(bob, Samples.CREATED)));

        assertThat(inTransaction(() -> stores.loginTokens().findByHash(theirs.tokenHash()))).contains(theirs);
        assertThat(inTransaction(() -> stores.loginTokens().findByHash(Samples.tokenHash()))).isEmpty();
    }

    @Test
    void anotherTokenWithAStoredHash_failsWithDuplicateKey_andIsNotStored() {
        LoginToken first = inTransaction(() -> save(newAggregate()));
        LoginToken twin = Samples.loginToken(ana, Samples.CREATED.plusSeconds(1));
        LoginToken sameHash = new LoginToken(twin.id(), twin.workspaceId(), twin.clientId(), twin.contactId(),
                LoginToken.Purpose.SIGN_IN, first.tokenHash(), twin.createdAt(), twin.expiresAt(), null, null, 0);

        assertFailsWith(ErrorCode.DUPLICATE_KEY, () -> inTransaction(() -> save(sameHash)));

        assertThat(inTransaction(() -> stores.loginTokens().findByHash(first.tokenHash()))).contains(first);
        assertThat(forContact(workspaceId, ana)).containsExactly(first);
    }

    @Test
    void forContact_listsTheContactsTokensNewestFirst_usedAndRevokedToo() {
        LoginToken oldest = inTransaction(() -> save(newAggregate()));
        LoginToken used = inTransaction(() -> save(changed(save(Samples.loginToken(ana,
                Samples.CREATED.plus(Duration.ofMinutes(5)))))));
        LoginToken newest = inTransaction(() -> save(Samples.loginToken(ana, Samples.CREATED.plus(Duration.ofDays(1)))));
        Contact bob = storedContact(workspaceId, clientId, "Bob Stone");
        inTransaction(() -> save(Samples.loginToken(bob, Samples.CREATED.plus(Duration.ofHours(1)))));

        assertThat(forContact(workspaceId, ana)).containsExactly(newest, used, oldest);
        assertThat(used.usedAt()).isNotNull();
    }

    @Test
    void forContact_withAnotherWorkspacesId_isEmpty() {
        inTransaction(() -> save(newAggregate()));
        WorkspaceId other = storedWorkspace("Initech").id();

        assertThat(forContact(other, ana)).isEmpty();
    }

    private List<LoginToken> forContact(WorkspaceId workspace, Contact contact) {
        return inTransaction(() -> stores.loginTokens().forContact(workspace, contact.id()));
    }
}
