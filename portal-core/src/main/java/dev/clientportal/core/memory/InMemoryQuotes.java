package dev.clientportal.core.memory;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.core.quote.QuoteId;
import dev.clientportal.core.quote.QuoteRepository;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryQuotes implements QuoteRepository {

    private static final Comparator<Quote> NEWEST_FIRST = Comparator.comparing(Quote::createdAt)
            .thenComparing(quote -> quote.id().value()).reversed();

    private final InMemoryTransactions transactions;
    private final Table<QuoteId, Quote> rows;
    /** The unique (number, revision) of each sent revision in its workspace. */
    private final Table<ScopedKey, QuoteId> revisions;

    InMemoryQuotes(InMemoryTransactions transactions) {
        this.transactions = transactions;
        this.rows = new Table<>(transactions);
        this.revisions = new Table<>(transactions);
    }

    @Override
    public Quote save(Quote quote) {
        return transactions.inTransaction(() -> {
            if (quote.number() != null) {
                ScopedKey key = new ScopedKey(quote.workspaceId(), quote.number() + "#" + quote.revision());
                QuoteId holder = revisions.insertIfAbsent(key, quote.id());
                if (holder != null && !holder.equals(quote.id())) {
                    throw PortalException.invalid(ErrorCode.DUPLICATE_KEY, "quote.number", quote.describe(),
                            "is already used by another quote revision of the workspace");
                }
            }
            return rows.saveVersioned(quote.id(), quote, quote.version(), quote::withVersion, Quote::version,
                    "quote");
        });
    }

    @Override
    public Optional<Quote> find(WorkspaceId workspaceId, QuoteId id) {
        return Optional.ofNullable(rows.get(id)).filter(quote -> quote.workspaceId().equals(workspaceId));
    }

    @Override
    public List<Quote> revisions(WorkspaceId workspaceId, String number) {
        return rows.values().stream()
                .filter(quote -> quote.workspaceId().equals(workspaceId) && number.equals(quote.number()))
                .sorted(Comparator.comparingInt(Quote::revision)).toList();
    }

    @Override
    public List<Quote> forClient(WorkspaceId workspaceId, ClientId clientId) {
        return rows.values().stream()
                .filter(quote -> quote.workspaceId().equals(workspaceId) && quote.clientId().equals(clientId))
                .sorted(NEWEST_FIRST).toList();
    }

    @Override
    public long countAwaitingDecision(WorkspaceId workspaceId, ClientId clientId, LocalDate today) {
        return rows.values().stream()
                .filter(quote -> quote.workspaceId().equals(workspaceId) && quote.clientId().equals(clientId)
                        && quote.awaitsDecision(today))
                .count();
    }
}
