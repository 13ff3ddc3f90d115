package dev.clientportal.core.memory;

import dev.clientportal.core.agreement.Agreement;
import dev.clientportal.core.agreement.AgreementId;
import dev.clientportal.core.agreement.AgreementRepository;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryAgreements implements AgreementRepository {

    private static final Comparator<Agreement> NEWEST_FIRST = Comparator.comparing(Agreement::createdAt)
            .thenComparing(agreement -> agreement.id().value()).reversed();

    private final Table<AgreementId, Agreement> rows;

    InMemoryAgreements(InMemoryTransactions transactions) {
        this.rows = new Table<>(transactions);
    }

    @Override
    public Agreement save(Agreement agreement) {
        return rows.saveVersioned(agreement.id(), agreement, agreement.version(), agreement::withVersion,
                Agreement::version, "agreement");
    }

    @Override
    public Optional<Agreement> find(WorkspaceId workspaceId, AgreementId id) {
        return Optional.ofNullable(rows.get(id)).filter(agreement -> agreement.workspaceId().equals(workspaceId));
    }

    @Override
    public List<Agreement> forClient(WorkspaceId workspaceId, ClientId clientId) {
        return rows.values().stream()
                .filter(agreement -> agreement.workspaceId().equals(workspaceId)
                        && agreement.clientId().equals(clientId))
                .sorted(NEWEST_FIRST).toList();
    }

    @Override
    public long countAwaitingSignature(WorkspaceId workspaceId, ContactId contactId) {
        return rows.values().stream()
                .filter(agreement -> agreement.workspaceId().equals(workspaceId)
                        && agreement.awaitsSignatureOf(contactId))
                .count();
    }
}
