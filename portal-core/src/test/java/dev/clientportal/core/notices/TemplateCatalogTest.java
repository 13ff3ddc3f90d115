package dev.clientportal.core.notices;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.notification.Notification;
import dev.clientportal.core.notification.Notification.Kind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rendering, validation and the language fallback of notification templates. */
class TemplateCatalogTest {

    private static final WorkspaceId ACME = new WorkspaceId(UUID.randomUUID());
    private static final Locale SWISS_GERMAN = Locale.forLanguageTag("de-CH");

    private final List<Stored> own = new ArrayList<>();
    private final TemplateCatalog catalog = TemplateCatalog.of(Optional.of(new TemplateStore() {
        @Override
        public Optional<NotificationTemplate> find(WorkspaceId workspaceId, Kind kind, Locale language) {
            return list(workspaceId).stream().filter(t -> t.kind() == kind && t.language().equals(language))
                    .findFirst();
        }

        @Override
        public List<NotificationTemplate> list(WorkspaceId workspaceId) {
            return own.stream().filter(s -> s.workspaceId().equals(workspaceId)).map(Stored::template).toList();
        }

        @Override
        public void save(WorkspaceId workspaceId, NotificationTemplate template) {
            own.add(new Stored(workspaceId, template));
        }

        @Override
        public boolean delete(WorkspaceId workspaceId, Kind kind, Locale language) {
            return own.removeIf(s -> s.workspaceId().equals(workspaceId) && s.template().kind() == kind
                    && s.template().language().equals(language));
        }
    }));

    private record Stored(WorkspaceId workspaceId, NotificationTemplate template) {
    }

    @Test
    void valuesAreEscapedInTheHtmlBody_keptInTheText_andTheSubjectIsOneLine() {
        NotificationDraft message = NotificationDraft.of(ACME, Kind.INVITATION, "ana@globex.example", Locale.ENGLISH,
                Locale.ENGLISH,
                Map.of("business.name", Part.value("Acme <b>&</b>\r\nBcc: evil@example.com"),
                        "contact.name", Part.value("Ana \"<script>\""), "link",
                        Part.value("https://portal.example/s?token=a&b=1"), "link.expires", Part.value("soon")));

        Notification rendered = catalog.render(message).notification();

        assertThat(rendered.subject()).isEqualTo("Acme <b>&</b> Bcc: evil@example.com invited you to its client portal");
        assertThat(rendered.text()).startsWith("Hello Ana \"<script>\",")
                .contains("Open the portal: https://portal.example/s?token=a&b=1");
        assertThat(rendered.html()).contains("Hello Ana &quot;&lt;script&gt;&quot;,",
                "Acme &lt;b&gt;&amp;&lt;/b&gt;", "href=\"https://portal.example/s?token=a&amp;b=1\"")
                .doesNotContain("<script>", "<b>");
    }

    @Test
    void theLanguageFallsBackFromCountryToLanguage_thenToTheWorkspaces_thenToEnglish() {
        assertThat(catalog.choose(ACME, Kind.RECEIPT, SWISS_GERMAN, Locale.ENGLISH).language())
                .isEqualTo(Locale.GERMAN);
        assertThat(catalog.choose(ACME, Kind.RECEIPT, Locale.FRENCH, Locale.GERMANY).language())
                .isEqualTo(Locale.GERMAN);
        assertThat(catalog.choose(ACME, Kind.RECEIPT, Locale.FRENCH, Locale.ITALIAN).language())
                .isEqualTo(Locale.ENGLISH);

        NotificationTemplate swiss = new NotificationTemplate(Kind.RECEIPT, SWISS_GERMAN, "Quittung",
                "{{amount}}", "<p>{{amount}}</p>");
        NotificationTemplate french = new NotificationTemplate(Kind.RECEIPT, Locale.FRENCH, "Reçu", "{{amount}}",
                "<p>{{amount}}</p>");
        own.add(new Stored(ACME, swiss));
        own.add(new Stored(ACME, french));
        own.add(new Stored(new WorkspaceId(UUID.randomUUID()), new NotificationTemplate(Kind.RECEIPT,
                Locale.ITALIAN, "Ricevuta", "{{amount}}", "<p>{{amount}}</p>")));

        assertThat(catalog.choose(ACME, Kind.RECEIPT, SWISS_GERMAN, Locale.ENGLISH)).isEqualTo(swiss);
        assertThat(catalog.choose(ACME, Kind.RECEIPT, Locale.GERMANY, Locale.ENGLISH).language())
                .as("the built-in German beats a Swiss template for a German client").isEqualTo(Locale.GERMAN);
        assertThat(catalog.choose(ACME, Kind.RECEIPT, Locale.ITALIAN, Locale.CANADA_FRENCH)).isEqualTo(french);
        assertThat(catalog.choose(ACME, Kind.RECEIPT, Locale.ITALIAN, Locale.ENGLISH).language())
                .as("another workspace's template is not this one's").isEqualTo(Locale.ENGLISH);
    }

    @Test
    void everyBuiltInTemplateIsValid_andEnglishAndGermanWordEveryKind() {
        assertThat(TemplateCatalog.builtIn()).hasSize(2 * Kind.values().length)
                .allSatisfy(TemplateCatalog::validate);
    }

    @Test
    void aTemplateWithAnUnknownPlaceholder_isRefused_namingThePart() {
        assertRefused(new NotificationTemplate(Kind.RECEIPT, Locale.ENGLISH, "Receipt", "{{amount}} {{amout}}",
                "<p>{{amount}}</p>"), ErrorCode.TEMPLATE_UNKNOWN_PLACEHOLDER, "template.text");
        assertRefused(new NotificationTemplate(Kind.RECEIPT, Locale.ENGLISH, "Receipt {{client.nmae}}", "{{amount}}",
                "<p>{{amount}}</p>"), ErrorCode.TEMPLATE_UNKNOWN_PLACEHOLDER, "template.subject");
    }

    @Test
    void theSignInLink_isRequiredInBothBodies_andNeverAllowedInTheSubject() {
        assertRefused(new NotificationTemplate(Kind.SIGN_IN_LINK, Locale.ENGLISH, "Sign in", "Sign in: {{link}}",
                "<p>Sign in</p>"), ErrorCode.TEMPLATE_MISSING_PLACEHOLDER, "template.html");
        assertRefused(new NotificationTemplate(Kind.SIGN_IN_LINK, Locale.ENGLISH, "Sign in: {{link}}", "{{link}}",
                "<a href=\"{{link}}\">in</a>"), ErrorCode.TEMPLATE_UNKNOWN_PLACEHOLDER, "template.subject");
        assertRefused(new NotificationTemplate(Kind.PAYMENT_REMINDER, Locale.ENGLISH, "Reminder: {{invoices}}",
                "{{invoices}}", "<ul>{{invoices}}</ul>"), ErrorCode.TEMPLATE_UNKNOWN_PLACEHOLDER, "template.subject");
    }

    @Test
    void aSubjectOfTwoLines_isRefused() {
        assertThatThrownBy(() -> new NotificationTemplate(Kind.RECEIPT, Locale.ENGLISH, "Receipt\nBcc: x@y.z",
                "{{amount}}", "<p>{{amount}}</p>")).isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_VALUE);
                    assertThat(e.field()).contains("template.subject");
                });
    }

    private static void assertRefused(NotificationTemplate template, ErrorCode code, String field) {
        assertThatThrownBy(() -> TemplateCatalog.validate(template)).isInstanceOfSatisfying(PortalException.class,
                e -> {
                    assertThat(e.errorCode()).isEqualTo(code);
                    assertThat(e.field()).contains(field);
                });
    }
}
