package dev.clientportal.core.memory;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.access.LoginToken;
import dev.clientportal.core.access.LoginTokenId;
import dev.clientportal.core.access.LoginTokenRepository;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryLoginTokens implements LoginTokenRepository {

    private final InMemoryTransactions transactions;
    private final Table<LoginTokenId, LoginToken> rows;
    private final Table<String, LoginTokenId> byHash;

    InMemoryLoginTokens(InMemoryTransactions transactions) {
        this.transactions = transactions;
        this.rows = new Table<>(transactions);
        this.byHash = new Table<>(transactions);
    }

    @Override
    public LoginToken save(LoginToken token) {
        return transactions.inTransaction(() -> {
            LoginTokenId holder = byHash.insertIfAbsent(token.tokenHash(), token.id());
            if (holder != null && !holder.equals(token.id())) {
                throw new PortalException(ErrorCode.DUPLICATE_KEY, "another sign-in token has the same hash");
            }
            return rows.saveVersioned(token.id(), token, token.version(), token::withVersion, LoginToken::version,
                    "sign-in token");
        });
    }

    @Override
    public Optional<LoginToken> findByHash(String tokenHash) {
        return Optional.ofNullable(byHash.get(tokenHash)).map(rows::get);
    }

    @Override
    public List<LoginToken> forContact(WorkspaceId workspaceId, ContactId contactId) {
        return rows.values().stream()
                .filter(token -> token.workspaceId().equals(workspaceId) && token.contactId().equals(contactId))
                .sorted(Comparator.comparing(LoginToken::createdAt).thenComparing(token -> token.id().value())
                        .reversed())
                .toList();
    }

    List<LoginToken> all() {
        return List.copyOf(rows.values());
    }
}
