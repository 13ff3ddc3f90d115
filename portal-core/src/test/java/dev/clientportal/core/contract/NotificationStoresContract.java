package dev.clientportal.core.contract;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.notices.NotificationStores;
import dev.clientportal.core.notices.NotificationTemplate;
import dev.clientportal.core.notices.SentCursor;
import dev.clientportal.core.notices.SentNotification;
import dev.clientportal.core.notification.Notification.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link NotificationStores}: templates keyed by (workspace, kind, language), replaced on save, removed on delete,
 * listed per workspace only; the sent log read back with every field, per client and per document, newest first
 * (equal instants by id text), in pages after a cursor that add up, scoped by workspace. Run by every adapter.
 */
public abstract class NotificationStoresContract extends StoreContract {

    private static final Instant NOW = Instant.parse("2026-03-31T10:00:00.123456Z");
    private static final Locale SWISS_GERMAN = Locale.forLanguageTag("de-CH");

    private NotificationStores ports;
    private WorkspaceId acme;
    private WorkspaceId other;
    private ClientId globex;
    private ClientId initech;

    @BeforeEach
    void twoWorkspaces() {
        ports = stores.notifications().orElseThrow(() -> new AssertionError("these stores keep no notifications"));
        acme = storedWorkspace("Acme").id();
        other = storedWorkspace("Other").id();
        globex = storedClient(acme, "Globex", CurrencyUnit.USD).id();
        initech = storedClient(other, "Initech", CurrencyUnit.USD).id();
    }

    @Test
    void aTemplate_isKeptPerWorkspaceKindAndLanguage_replacedOnSave_andRemovedOnDelete() {
        NotificationTemplate german = template(Kind.RECEIPT, Locale.GERMAN, "Beleg von {{business.name}}");
        NotificationTemplate swiss = template(Kind.RECEIPT, SWISS_GERMAN, "Quittung von {{business.name}}");
        NotificationTemplate reminder = template(Kind.PAYMENT_REMINDER, Locale.GERMAN, "Erinnerung");
        inTransaction(() -> {
            ports.templates().save(acme, german);
            ports.templates().save(acme, swiss);
            ports.templates().save(acme, reminder);
            ports.templates().save(other, german);
        });
        NotificationTemplate replaced = template(Kind.RECEIPT, Locale.GERMAN, "Zahlung erhalten");
        inTransaction(() -> ports.templates().save(acme, replaced));

        assertThat(inTransaction(() -> ports.templates().find(acme, Kind.RECEIPT, Locale.GERMAN))).contains(replaced);
        assertThat(inTransaction(() -> ports.templates().find(acme, Kind.RECEIPT, SWISS_GERMAN))).contains(swiss);
        assertThat(inTransaction(() -> ports.templates().find(acme, Kind.RECEIPT, Locale.ENGLISH))).isEmpty();
        assertThat(inTransaction(() -> ports.templates().find(other, Kind.RECEIPT, Locale.GERMAN))).contains(german);
        assertThat(inTransaction(() -> ports.templates().list(acme))).containsExactly(reminder, replaced, swiss);

        assertThat(inTransaction(() -> ports.templates().delete(acme, Kind.RECEIPT, Locale.GERMAN))).isTrue();
        assertThat(inTransaction(() -> ports.templates().delete(acme, Kind.RECEIPT, Locale.GERMAN))).isFalse();
        assertThat(inTransaction(() -> ports.templates().list(acme))).containsExactly(reminder, swiss);
        assertThat(inTransaction(() -> ports.templates().list(other))).containsExactly(german);
    }

    @Test
    void theSentLog_readsBackEveryField_appendedOneByOneOrTogether_perClientAndDocument_newestFirst_inPagesThatAddUp() {
        DocumentRef invoice = new DocumentRef(DocumentType.INVOICE, UUID.randomUUID());
        List<SentNotification> sent = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // two entries share each instant, so the id orders them
            Instant at = NOW.plusSeconds(i / 2);
            sent.add(entry(acme, Optional.of(globex), i % 3 == 0 ? Optional.empty() : Optional.of(invoice), at));
        }
        SentNotification elsewhere = entry(other, Optional.of(initech), Optional.of(invoice), NOW);
        inTransaction(() -> {
            sent.subList(0, 3).forEach(ports.sentLog()::append);
            ports.sentLog().appendAll(sent.subList(3, sent.size()));
            ports.sentLog().appendAll(List.of());
            ports.sentLog().append(elsewhere);
        });
        List<SentNotification> newestFirst = sent.stream().sorted((a, b) -> {
            int byTime = b.sentAt().compareTo(a.sentAt());
            return byTime != 0 ? byTime : b.id().toString().compareTo(a.id().toString());
        }).toList();

        assertThat(pagesOfClient(acme, globex, 3)).containsExactlyElementsOf(newestFirst);
        assertThat(pagesOfDocument(acme, invoice, 2)).containsExactlyElementsOf(
                newestFirst.stream().filter(entry -> entry.about().isPresent()).toList());
        assertThat(inTransaction(() -> ports.sentLog().ofClient(acme, initech, Optional.empty(), 10))).isEmpty();
        assertThat(inTransaction(() -> ports.sentLog().aboutDocument(other, invoice, Optional.empty(), 10)))
                .containsExactly(elsewhere);
    }

    private List<SentNotification> pagesOfClient(WorkspaceId workspaceId, ClientId clientId, int size) {
        List<SentNotification> all = new ArrayList<>();
        Optional<SentCursor> after = Optional.empty();
        while (true) {
            Optional<SentCursor> from = after;
            List<SentNotification> page = inTransaction(() -> ports.sentLog().ofClient(workspaceId, clientId, from,
                    size));
            all.addAll(page);
            if (page.size() < size) {
                return all;
            }
            after = Optional.of(page.get(page.size() - 1).cursor());
        }
    }

    private List<SentNotification> pagesOfDocument(WorkspaceId workspaceId, DocumentRef document, int size) {
        List<SentNotification> all = new ArrayList<>();
        Optional<SentCursor> after = Optional.empty();
        while (true) {
            Optional<SentCursor> from = after;
            List<SentNotification> page = inTransaction(() -> ports.sentLog().aboutDocument(workspaceId, document,
                    from, size));
            all.addAll(page);
            if (page.size() < size) {
                return all;
            }
            after = Optional.of(page.get(page.size() - 1).cursor());
        }
    }

    private static SentNotification entry(WorkspaceId workspaceId, Optional<ClientId> clientId,
                                          Optional<DocumentRef> about, Instant at) {
        return new SentNotification(UUID.randomUUID(), workspaceId, Kind.PAYMENT_REMINDER, "billing@globex.example",
                clientId, Optional.of(new ContactId(UUID.randomUUID())), about, "INV-1 d-3, INV-2 d+7",
                SWISS_GERMAN, "Zahlungserinnerung: 2 Rechnungen von Acme", at);
    }

    private static NotificationTemplate template(Kind kind, Locale language, String subject) {
        return new NotificationTemplate(kind, language, subject, "Text {{client.name}} ünd €", "<p>{{client.name}}</p>");
    }
}
