package dev.clientportal.core.contract;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.PortalStores;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.analytics.ViewOutcome;
import dev.clientportal.core.analytics.ViewStore;
import dev.clientportal.core.automation.RunBudget;
import dev.clientportal.core.automation.RunResult;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.client.UpdateClient;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.notices.NotificationTemplate;
import dev.clientportal.core.notices.SentNotification;
import dev.clientportal.core.notification.Notification;
import dev.clientportal.core.outbox.RelaySettings;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.testing.Race;
import dev.clientportal.core.testing.RecordingNotificationSender;
import dev.clientportal.core.testing.StoresWith;
import dev.clientportal.core.workspace.Workspace;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalFixture.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Notifications over real stores: a German client gets its reminder in German, in its workspace's own wording, and
 * the sent log records it with its step; the business hears of a client's first view of an invoice exactly once,
 * though two instances record views of it at the same moment and again later. An adapter runs it by extending it.
 */
public abstract class NotificationsScenario {

    private final PortalStores stores = newStores();
    private final RecordingNotificationSender sender = RecordingNotificationSender.watching(stores.transactions());
    private final PortalFixture fixture = PortalFixture.over(stores, builder -> builder.notifications(sender)
            .signInPage(URI.create("https://portal.acme.example/sign-in"))
            .payLinks(invoice -> Optional.of(URI.create("https://pay.acme.example/" + invoice.id())))
            .relaySettings(RelaySettings.defaults().withOwner("instance-a")));
    private final ClientPortal portal = fixture.portal;

    /** Fresh, empty stores whose transactions interleave as a database's do; called once per test. */
    protected abstract PortalStores newStores();

    @Test
    void aGermanClient_getsItsReminderInGerman_inTheWorkspacesOwnWording_andTheSentLogKeepsItsStep() {
        StaffPrincipal acme = fixture.workspace("Acme", USD);
        Client globex = fixture.client(acme, "Globex");
        portal.clients().update(acme, UpdateClient.of(globex).withLocale(Locale.GERMANY));
        portal.notifications().setTemplate(acme, new NotificationTemplate(Notification.Kind.PAYMENT_REMINDER,
                Locale.GERMAN, "Erinnerung von {{business.name}}: {{invoices.summary}}",
                "Hallo {{client.name}},\n{{invoices}}\nBeste Grüße\n",
                "<p>Hallo {{client.name}},</p><ul>{{invoices}}</ul>"));
        StaffPrincipal other = fixture.workspace("Other", USD);
        Invoice invoice = fixture.issuedInvoice(acme, globex, "100.00");

        portal.automation().runDue(Instant.parse("2026-03-29T09:00:00Z"), RunBudget.messages(100));

        Notification reminder = sender.ofKind(Notification.Kind.PAYMENT_REMINDER).get(0);
        assertThat(reminder.subject()).isEqualTo("Erinnerung von Acme: Rechnung " + invoice.number());
        assertThat(reminder.text()).startsWith("Hallo Globex,\n- Rechnung " + invoice.number())
                .contains("ist fällig am 2026-04-01 (in 3 Tagen)", "noch nicht geöffnet",
                        "https://pay.acme.example/" + invoice.id());
        List<SentNotification> log = portal.notifications().sentToClient(acme, globex.id(), Optional.empty(), 10)
                .entries();
        assertThat(log).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(Notification.Kind.PAYMENT_REMINDER);
            assertThat(entry.recipient()).isEqualTo(globex.email());
            assertThat(entry.step()).isEqualTo(invoice.number() + " d-3");
            assertThat(entry.language()).isEqualTo(Locale.GERMAN);
            assertThat(entry.subject()).isEqualTo(reminder.subject());
            assertThat(entry.about()).contains(ref(invoice));
        });
        assertThat(portal.notifications().sentAbout(acme, ref(invoice), Optional.empty(), 10).entries())
                .isEqualTo(log);
        assertThat(portal.notifications().sentAbout(other, ref(invoice), Optional.empty(), 10).entries()).isEmpty();
        assertThatThrownBy(() -> portal.notifications().sentToClient(other, globex.id(), Optional.empty(), 10))
                .isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.CLIENT_NOT_FOUND));
    }

    @Test
    void theFirstViewOfAnInvoice_tellsTheBusinessOnce_thoughTwoInstancesRecordViewsAtOnce() throws Exception {
        StaffPrincipal acme = fixture.workspace("Acme", USD);
        Workspace workspace = portal.workspaces().get(acme);
        portal.workspaces().updateSettings(acme, workspace.settings().withIdentity("owner@acme.example",
                workspace.settings().address(), workspace.settings().taxIds()));
        Client globex = fixture.client(acme, "Globex");
        Contact ana = fixture.contact(acme, globex, "Ana Ruiz", Role.BILLING);
        Contact ben = fixture.contact(acme, globex, "Ben Ode", Role.BILLING);
        ContactPrincipal asAna = fixture.signedInAs(acme, ana);
        ContactPrincipal asBen = fixture.signedInAs(acme, ben);
        Invoice invoice = fixture.issuedInvoice(acme, globex, "100.00");
        ClientPortal instanceB = fixture.anotherInstance(builder -> builder
                .relaySettings(RelaySettings.defaults().withOwner("instance-b")));

        @SuppressWarnings("unchecked")
        List<Race.Outcome<ViewOutcome>> views = Race.run(
                (Callable<ViewOutcome>) () -> portal.analytics().recordView(asAna, ref(invoice), fixture.browser()),
                () -> instanceB.analytics().recordView(asBen, ref(invoice), fixture.browser()));
        assertThat(views).allMatch(Race.Outcome::succeeded);
        fixture.clock.set(fixture.clock.instant().plusSeconds(7_200));
        instanceB.analytics().recordView(asAna, ref(invoice), fixture.browser());
        portal.analytics().recordView(asBen, ref(invoice), fixture.browser());

        assertThat(sender.ofKind(Notification.Kind.DOCUMENT_VIEWED)).singleElement().satisfies(notice -> {
            assertThat(notice.recipient()).isEqualTo("owner@acme.example");
            assertThat(notice.subject()).isEqualTo("Globex viewed Invoice " + invoice.number());
            assertThat(notice.about()).contains(ref(invoice));
        });
        assertThat(portal.notifications().sentAbout(acme, ref(invoice), Optional.empty(), 10).entries())
                .extracting(SentNotification::kind).containsExactly(Notification.Kind.DOCUMENT_VIEWED);
    }

    @Test
    void aViewedNotice_isClaimedOnce_evenWhenTwoInstancesBothTakeTheirViewForTheFirst() throws Exception {
        StaffPrincipal acme = fixture.workspace("Acme", USD);
        Workspace workspace = portal.workspaces().get(acme);
        portal.workspaces().updateSettings(acme, workspace.settings().withIdentity("owner@acme.example",
                workspace.settings().address(), workspace.settings().taxIds()));
        Client globex = fixture.client(acme, "Globex");
        ContactPrincipal asAna = fixture.signedInAs(acme, fixture.contact(acme, globex, "Ana Ruiz", Role.BILLING));
        ContactPrincipal asBen = fixture.signedInAs(acme, fixture.contact(acme, globex, "Ben Ode", Role.BILLING));
        Invoice invoice = fixture.issuedInvoice(acme, globex, "100.00");
        // every counted view reads as the document's first, as racing counters without a unique key would see it
        PortalStores everyViewFirst = StoresWith.of(stores).viewStore(everyCountedViewFirst(stores.viewStore()));
        ClientPortal one = fixture.anotherInstance(everyViewFirst);
        ClientPortal two = fixture.anotherInstance(everyViewFirst);

        @SuppressWarnings("unchecked")
        List<Race.Outcome<ViewOutcome>> views = Race.run(
                (Callable<ViewOutcome>) () -> one.analytics().recordView(asAna, ref(invoice), fixture.browser()),
                () -> two.analytics().recordView(asBen, ref(invoice), fixture.browser()));
        fixture.clock.set(fixture.clock.instant().plusSeconds(7_200));
        ViewOutcome later = two.analytics().recordView(asAna, ref(invoice), fixture.browser());

        assertThat(views).allMatch(outcome -> outcome.succeeded() && outcome.value().firstHumanView());
        assertThat(later.firstHumanView()).isTrue();
        assertThat(sender.ofKind(Notification.Kind.DOCUMENT_VIEWED)).hasSize(1);
    }

    private static ViewStore everyCountedViewFirst(ViewStore views) {
        return (ViewStore) Proxy.newProxyInstance(ViewStore.class.getClassLoader(), new Class<?>[] {ViewStore.class},
                (proxy, method, arguments) -> {
                    if (method.isDefault()) {
                        // composed of the other calls through this proxy, so every count it makes reads as first
                        return InvocationHandler.invokeDefault(proxy, method, arguments);
                    }
                    Object result;
                    try {
                        result = method.invoke(views, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    return result instanceof ViewStore.Counted counted && counted.counted()
                            ? new ViewStore.Counted(true, true) : result;
                });
    }

    @Test
    void aWorkspaceWithoutAnAddress_getsNoViewedNotice() {
        StaffPrincipal acme = fixture.workspace("Acme", USD);
        Client globex = fixture.client(acme, "Globex");
        Contact ana = fixture.contact(acme, globex, "Ana Ruiz", Role.BILLING);
        Invoice invoice = fixture.issuedInvoice(acme, globex, "100.00");

        ViewOutcome first = portal.analytics().recordView(fixture.signedInAs(acme, ana), ref(invoice),
                fixture.browser());

        assertThat(first.firstHumanView()).isTrue();
        assertThat(sender.ofKind(Notification.Kind.DOCUMENT_VIEWED)).isEmpty();
    }
    @Test
    void remindersOfOneRun_goOutTogether_eachInItsLanguage_andOnlyThoseTheSenderTookAreInTheSentLog() {
        StaffPrincipal acme = fixture.workspace("Acme", USD);
        Client globex = fixture.client(acme, "Globex");
        portal.clients().update(acme, UpdateClient.of(globex).withLocale(Locale.GERMANY));
        Client initech = fixture.client(acme, "Initech");
        Client umbrella = fixture.client(acme, "Umbrella");
        List<Invoice> invoices = List.of(fixture.issuedInvoice(acme, globex, "100.00"),
                fixture.issuedInvoice(acme, initech, "200.00"), fixture.issuedInvoice(acme, umbrella, "300.00"));
        RecordingNotificationSender accepted = RecordingNotificationSender.watching(stores.transactions());
        ClientPortal refusingInitech = fixture.anotherInstance(builder -> builder.notifications(notification -> {
            if (notification.recipient().equals(initech.email())) {
                throw new IllegalStateException("mailbox full");
            }
            accepted.send(notification);
        }).relaySettings(RelaySettings.defaults().withOwner("instance-b")));

        RunResult result = refusingInitech.automation().runDue(Instant.parse("2026-03-29T09:00:00Z"),
                RunBudget.messages(100));

        assertThat(result.messages()).isEqualTo(3);
        assertThat(accepted.ofKind(Notification.Kind.PAYMENT_REMINDER)).extracting(Notification::recipient)
                .containsExactlyInAnyOrder(globex.email(), umbrella.email());
        assertThat(accepted.ofKind(Notification.Kind.PAYMENT_REMINDER)).filteredOn(
                message -> message.recipient().equals(globex.email())).singleElement()
                .satisfies(message -> assertThat(message.subject()).startsWith("Zahlungserinnerung"));
        for (Client client : List.of(globex, umbrella)) {
            assertThat(portal.notifications().sentToClient(acme, client.id(), Optional.empty(), 10).entries())
                    .singleElement().satisfies(entry -> assertThat(entry.kind())
                            .isEqualTo(Notification.Kind.PAYMENT_REMINDER));
        }
        assertThat(portal.notifications().sentToClient(acme, initech.id(), Optional.empty(), 10).entries())
                .as("a message the sender refused is not in the sent log").isEmpty();
        assertThat(invoices).allSatisfy(invoice -> assertThat(portal.automation().reminderLog(acme, invoice.id()))
                .as("the decision stands: the step is logged once").hasSize(1));
    }
}
