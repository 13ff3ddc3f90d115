package dev.clientportal.examples.springhost;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.SignInLink;
import dev.clientportal.core.client.AddContact;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.notification.Notification;
import dev.clientportal.core.notification.NotificationSender;
import dev.clientportal.core.workspace.CreateWorkspace;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.examples.demo.DevMailbox;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.UserConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where the host's notifications go, with its notification configuration alone on Spring Boot's mail
 * auto-configuration and a real SMTP server (GreenMail): mailed from {@code portal.mail.from} when
 * {@code spring.mail.host} is set and the dev mailbox is off, to the dev mailbox page otherwise.
 */
class SmtpNotificationsTest {

    private static final String FROM = "Northwind Studio <billing@northwind.example>";
    private static final URI SIGN_IN_PAGE = URI.create("https://portal.northwind.example/sign-in");
    private static final ClientRequest BROWSER = ClientRequest.get("203.0.113.7", "Mozilla/5.0 (X11; Linux x86_64)");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final ApplicationContextRunner host = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withConfiguration(UserConfigurations.of(PortalConfiguration.Notifications.class));

    @Test
    void withSpringMailHostSet_aSignInLinkIsMailed_toTheContact_fromTheConfiguredAddress() {
        host.withPropertyValues(smtpOn(SMTP.getSmtp().getPort())).run(context -> {
            Portal portal = Portal.sendingWith(context.getBean(NotificationSender.class));

            List<SignInLink> links = portal.requestSignIn();

            assertThat(links).hasSize(1);
            assertThat(SMTP.waitForIncomingEmail(2)).isTrue();   // the invitation, then the sign-in link
            MimeMessage mail = receivedWithSubject("Your sign-in link for Northwind Studio");
            assertThat(mail.getRecipients(Message.RecipientType.TO))
                    .containsExactly(new InternetAddress("ana@globex.example"));
            InternetAddress from = (InternetAddress) mail.getFrom()[0];
            assertThat(from.getAddress()).isEqualTo("billing@northwind.example");
            assertThat(from.getPersonal()).isEqualTo("Northwind Studio");
            assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
            String link = SIGN_IN_PAGE + "?token=" + URLEncoder.encode(links.get(0).token(), StandardCharsets.UTF_8);
            MimeMultipart bodies = (MimeMultipart) mail.getContent();
            assertThat(bodies.getContentType()).startsWith("multipart/alternative");
            assertThat(bodies.getCount()).isEqualTo(2);
            assertThat(bodies.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("utf-8");
            assertThat((String) bodies.getBodyPart(0).getContent()).contains("Hello Ana Ruiz").contains(link);
            assertThat(bodies.getBodyPart(1).getContentType()).startsWith("text/html");
            assertThat((String) bodies.getBodyPart(1).getContent()).contains("<a href=\"" + link + "\">");
            assertThat(context.getBean(DevMailbox.class).newestFirst()).isEmpty();
        });
    }

    @Test
    void withoutSpringMailHost_theDevMailboxGetsTheSignInLink_andNothingIsMailed() {
        host.withPropertyValues("portal.dev-mailbox=true").run(context -> {
            assertThat(context).doesNotHaveBean(JavaMailSender.class);
            Portal portal = Portal.sendingWith(context.getBean(NotificationSender.class));

            List<SignInLink> links = portal.requestSignIn();

            DevMailbox.Mail newest = context.getBean(DevMailbox.class).newestFirst().get(0);
            assertThat(newest.kind()).isEqualTo("SIGN_IN_LINK");
            assertThat(newest.recipient()).isEqualTo("ana@globex.example");
            assertThat(newest.links()).containsExactly(SIGN_IN_PAGE + "?token="
                    + URLEncoder.encode(links.get(0).token(), StandardCharsets.UTF_8));
            assertThat(SMTP.getReceivedMessages()).isEmpty();
        });
    }

    @Test
    void withTheDevMailboxOn_aSetSpringMailHostMailsNothing() {
        host.withPropertyValues(smtpOn(SMTP.getSmtp().getPort())).withPropertyValues("portal.dev-mailbox=true")
                .run(context -> {
                    Portal portal = Portal.sendingWith(context.getBean(NotificationSender.class));

                    portal.requestSignIn();

                    assertThat(context.getBean(DevMailbox.class).newestFirst()).hasSize(2);
                    assertThat(SMTP.getReceivedMessages()).isEmpty();
                });
    }

    @Test
    void withNeitherTheDevMailboxNorSpringMailHost_nothingIsDelivered() {
        host.withPropertyValues("portal.dev-mailbox=false").run(context -> {
            Portal portal = Portal.sendingWith(context.getBean(NotificationSender.class));

            assertThat(portal.requestSignIn()).hasSize(1);

            assertThat(context.getBean(DevMailbox.class).newestFirst()).isEmpty();
            assertThat(SMTP.getReceivedMessages()).isEmpty();
        });
    }

    @Test
    void springMailHostWithoutPortalMailFrom_stopsTheStart_sayingWhatToSet() {
        host.withPropertyValues("portal.dev-mailbox=false", "spring.mail.host=127.0.0.1").run(context ->
                assertThat(context).getFailure()
                        .hasMessageContaining("spring.mail.host is set but portal.mail.from is not"));
    }

    @Test
    void aPortalMailFromOfTwoAddresses_stopsTheStart() {
        host.withPropertyValues(smtpOn(SMTP.getSmtp().getPort()))
                .withPropertyValues("portal.mail.from=billing@northwind.example, ops@northwind.example")
                .run(context -> assertThat(context).getFailure()
                        .hasMessageContaining("portal.mail.from must be one email address"));
    }

    @Test
    void anUnreachableServer_failsTheSend_whileThePortalStillAnswersWithTheLink() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        host.withPropertyValues(smtpOn(closedPort)).run(context -> {
            NotificationSender sender = context.getBean(NotificationSender.class);
            Portal portal = Portal.sendingWith(sender);

            assertThat(portal.requestSignIn()).hasSize(1);

            assertThatThrownBy(() -> sender.send(new Notification(portal.workspaceId(), Notification.Kind.SIGN_IN_LINK,
                    "ana@globex.example", "Your sign-in link", "Sign in: " + SIGN_IN_PAGE, "<p>Sign in</p>",
                    Optional.empty()))).isInstanceOf(MailSendException.class);
        });
    }

    private static String[] smtpOn(int port) {
        return new String[] {"portal.dev-mailbox=false", "spring.mail.host=127.0.0.1", "spring.mail.port=" + port,
                "portal.mail.from=" + FROM};
    }

    private static MimeMessage receivedWithSubject(String subject) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(mail -> {
            try {
                return subject.equals(mail.getSubject());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow(() -> new AssertionError("no mail with the subject " + subject));
    }

    /** A portal on in-memory stores with one workspace, client and contact, sending through the host's sender. */
    private record Portal(ClientPortal portal, WorkspaceId workspaceId, Contact ana) {

        static Portal sendingWith(NotificationSender sender) {
            InMemoryStores stores = InMemoryStores.create();
            ClientPortal portal = ClientPortal.builder()
                    .clock(Clock.systemUTC())
                    .stores(stores)
                    .fileStore(stores.fileStore())
                    .notifications(sender)
                    .signInPage(SIGN_IN_PAGE)
                    .build();
            WorkspaceId workspace = portal.workspaces()
                    .create(new CreateWorkspace("Northwind Studio", USD, PaymentTerms.net(30))).id();
            StaffPrincipal owner = StaffPrincipal.of(workspace, "owner@northwind.example");
            Client globex = portal.clients().create(owner, new CreateClient("Globex", "ap@globex.example"));
            Contact ana = portal.clients().addContact(owner, new AddContact(globex.id(), "Ana Ruiz",
                    "ana@globex.example", Set.of(Role.BILLING)));
            portal.access().invite(owner, ana.id());
            return new Portal(portal, workspace, ana);
        }

        List<SignInLink> requestSignIn() {
            return portal.access().requestSignIn(workspaceId, ana.email(), BROWSER);
        }
    }
}
