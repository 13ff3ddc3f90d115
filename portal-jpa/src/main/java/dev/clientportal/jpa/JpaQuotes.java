package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.core.quote.QuoteId;
import dev.clientportal.core.quote.QuoteRepository;
import dev.clientportal.core.quote.QuoteStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Quote revisions in {@code cp_quote}. A number and revision counter are taken once per workspace
 * ({@code cp_quote_revision_uk}), and an invoice is the conversion of one accepted quote only
 * ({@code cp_quote_invoice_uk}, {@code cp_quote_deposit_invoice_uk}): either violation is
 * {@link ErrorCode#DUPLICATE_KEY}. Every read is one statement.
 */
final class JpaQuotes implements QuoteRepository {

    private final EntityManagers entityManagers;

    JpaQuotes(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public Quote save(Quote quote) {
        return Versioned.save(entityManagers.current(), QuoteEntity.class, quote.id().value(), quote.version(),
                "quote", () -> QuoteEntity.of(quote), entity -> entity.copy(quote), entity -> entity.version,
                (entity, next) -> entity.version = next, entity -> quote.withVersion(entity.version));
    }

    @Override
    public Optional<Quote> find(WorkspaceId workspaceId, QuoteId id) {
        return Versioned.read("find a quote", () -> {
            QuoteEntity entity = entityManagers.current().find(QuoteEntity.class, id.value());
            return entity == null || !entity.workspaceId.equals(workspaceId.value()) ? Optional.<Quote>empty()
                    : Optional.of(entity.toQuote());
        });
    }

    @Override
    public List<Quote> revisions(WorkspaceId workspaceId, String number) {
        return Versioned.read("list the revisions of a quote", () -> entityManagers.current()
                .createQuery("select q from Quote q where q.workspaceId = :workspace and q.number = :number"
                        + " order by q.revision", QuoteEntity.class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("number", number)
                .getResultList().stream().map(QuoteEntity::toQuote).toList());
    }

    @Override
    public List<Quote> forClient(WorkspaceId workspaceId, ClientId clientId) {
        return Versioned.read("list a client's quotes", () -> entityManagers.current()
                .createQuery("select q from Quote q where q.workspaceId = :workspace and q.clientId = :client"
                        + " order by q.createdAt desc, q.id desc", QuoteEntity.class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("client", clientId.value())
                .getResultList().stream().map(QuoteEntity::toQuote).toList());
    }

    @Override
    public long countAwaitingDecision(WorkspaceId workspaceId, ClientId clientId, LocalDate today) {
        return quotesAwaiting(workspaceId, clientId, today);
    }

    /**
     * How many quotes of a client are sent and not expired on {@code today}: one counting statement, for the
     * portal views.
     */
    int quotesAwaiting(WorkspaceId workspaceId, ClientId clientId, LocalDate today) {
        return Versioned.read("count the quotes awaiting a decision", () -> entityManagers.current()
                .createQuery("select count(q) from Quote q where q.workspaceId = :workspace"
                        + " and q.clientId = :client and q.status = :sent and q.expiresOn >= :today", Long.class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("client", clientId.value())
                .setParameter("sent", QuoteStatus.SENT.name())
                .setParameter("today", today)
                .getSingleResult().intValue());
    }
}
