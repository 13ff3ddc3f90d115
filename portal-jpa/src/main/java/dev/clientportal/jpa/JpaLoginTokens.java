package dev.clientportal.jpa;

import dev.clientportal.core.access.LoginToken;
import dev.clientportal.core.access.LoginTokenRepository;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.List;
import java.util.Optional;

/**
 * Sign-in tokens in {@code cp_login_token}: found by hash through its unique key (which also refuses a second token
 * with the same hash), listed per contact through the (workspace, contact, created) index. Two redemptions of one
 * token race on its version: the second fails with a conflict.
 */
final class JpaLoginTokens implements LoginTokenRepository {

    private final EntityManagers entityManagers;

    JpaLoginTokens(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public LoginToken save(LoginToken token) {
        return Versioned.save(entityManagers.current(), LoginTokenEntity.class, token.id().value(), token.version(),
                "sign-in token", () -> LoginTokenEntity.of(token), entity -> entity.copy(token),
                entity -> entity.version, (entity, next) -> entity.version = next,
                entity -> token.withVersion(entity.version));
    }

    @Override
    public Optional<LoginToken> findByHash(String tokenHash) {
        return Versioned.read("find a sign-in token", () -> entityManagers.current()
                .createQuery("select t from LoginToken t where t.tokenHash = :hash", LoginTokenEntity.class)
                .setParameter("hash", tokenHash)
                .getResultStream().findFirst().map(LoginTokenEntity::toLoginToken));
    }

    @Override
    public List<LoginToken> forContact(WorkspaceId workspaceId, ContactId contactId) {
        return Versioned.read("list a contact's sign-in tokens", () -> entityManagers.current()
                .createQuery("select t from LoginToken t where t.workspaceId = :workspace and t.contactId = :contact"
                        + " order by t.createdAt desc, t.id desc", LoginTokenEntity.class)
                .setParameter("workspace", workspaceId.value()).setParameter("contact", contactId.value())
                .getResultStream().map(LoginTokenEntity::toLoginToken).toList());
    }
}
