package dev.clientportal.core.quote;

import dev.clientportal.core.catalog.DocumentInfo;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.catalog.DocumentResolver;
import dev.clientportal.core.kernel.DocumentType;
import java.util.Map;
import java.util.Optional;
import dev.clientportal.core.agreement.AgreementRepository;
import dev.clientportal.core.analytics.Analytics;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.internal.Internal;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.invoice.Invoicing;
import dev.clientportal.core.workspace.NumberSequence;
import dev.clientportal.core.workspace.PeriodLocks;
import dev.clientportal.core.workspace.WorkspaceRepository;

/** Builds {@link Quotes} from its stores for {@code ClientPortal}: wiring, not API. */
@Internal
public final class QuotesWiring {

    private QuotesWiring() {
    }

    /** The use cases over their stores and the portal runtime. */
    public static Quotes create(QuoteRepository quotes, AgreementRepository agreements, WorkspaceRepository workspaces,
                                ClientRepository clients, NumberSequence numbers, Invoicing invoicing, Analytics analytics,
                                PeriodLocks periodLocks, PortalRuntime runtime) {
        return new QuoteService(quotes, agreements, workspaces, clients, numbers, invoicing, analytics, periodLocks,
                runtime);
    }

    /** Quotes, which clients see once sent (never as drafts). */
    public static Map<DocumentType, DocumentResolver> documents(QuoteRepository quotes) {
        return Map.of(DocumentType.QUOTE, (workspaceId, id) -> quotes.find(workspaceId, new QuoteId(id))
                .filter(quote -> quote.status() != QuoteStatus.DRAFT)
                .map(quote -> new DocumentInfo(new DocumentRef(DocumentType.QUOTE, id), quote.clientId(),
                        "Quote " + quote.describe(), Optional.of(quote.requireExpiresOn()))));
    }
}
