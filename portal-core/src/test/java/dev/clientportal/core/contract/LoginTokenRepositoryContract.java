package dev.clientportal.core.contract;

import dev.clientportal.core.access.LoginToken;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of {@link dev.clientportal.core.access.LoginTokenRepository}: besides what every store of secrets
 * promises, a contact's tokens list newest first, used and revoked ones too.
 */
public abstract class LoginTokenRepositoryContract extends ContactSecretRepositoryContract<LoginToken> {

    @Override
    protected LoginToken sample(Contact contact, Instant createdAt) {
        return Samples.loginToken(contact, createdAt);
    }

    @Override
    protected LoginToken withHash(LoginToken token, String tokenHash) {
        return new LoginToken(token.id(), token.workspaceId(), token.clientId(), token.contactId(),
                LoginToken.Purpose.SIGN_IN, tokenHash, token.createdAt(), token.expiresAt(), null, null,
                token.version());
    }

    @Override
    protected String hashOf(LoginToken token) {
        return token.tokenHash();
    }

    @Override
    protected Optional<LoginToken> findByHash(String tokenHash) {
        return stores.loginTokens().findByHash(tokenHash);
    }

    @Override
    protected List<LoginToken> listed(WorkspaceId workspace, Contact contact) {
        return stores.loginTokens().forContact(workspace, contact.id());
    }

    @Override
    protected LoginToken save(LoginToken token) {
        return stores.loginTokens().save(token);
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
    void forContact_listsTheContactsTokensNewestFirst_usedAndRevokedToo() {
        LoginToken oldest = inTransaction(() -> save(newAggregate()));
        LoginToken used = inTransaction(() -> save(changed(save(sample(ana,
                Samples.CREATED.plus(Duration.ofMinutes(5)))))));
        LoginToken newest = inTransaction(() -> save(sample(ana, Samples.CREATED.plus(Duration.ofDays(1)))));
        Contact bob = storedContact(workspaceId, clientId, "Bob Stone");
        inTransaction(() -> save(sample(bob, Samples.CREATED.plus(Duration.ofHours(1)))));

        assertThat(inTransaction(() -> listed(workspaceId, ana))).containsExactly(newest, used, oldest);
        assertThat(used.usedAt()).isNotNull();
    }
}
