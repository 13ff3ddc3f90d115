package dev.clientportal.core.notices;

import dev.clientportal.core.notification.Notification;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.notification.Notification.Kind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The placeholders of each kind, the choice of template for a language and the rendering of a
 * {@link NotificationDraft} into a {@link Notification}. Rendering is a plain substitution of the kind's known names
 * (no template engine, no expressions, no loops): a value is inserted once, HTML-escaped in the HTML body, and the
 * subject is made one line.
 * The portal builds one; hosts use {@link Notifications}.
 */
public final class TemplateCatalog {

    private static final Set<String> COMMON = Set.of("business.name", "business.email");
    private static final Map<Kind, Set<String>> KNOWN = new EnumMap<>(Kind.class);
    private static final Map<Kind, Set<String>> REQUIRED = new EnumMap<>(Kind.class);
    /** Placeholders never allowed in a subject: secrets and blocks. */
    private static final Set<String> NOT_IN_SUBJECT = Set.of("link", "invoices", "allocations", "updates");

    static {
        kind(Kind.INVITATION, Set.of("link"), "contact.name", "client.name", "link", "link.expires");
        kind(Kind.SIGN_IN_LINK, Set.of("link"), "contact.name", "client.name", "link", "link.expires");
        kind(Kind.PAYMENT_REMINDER, Set.of("invoices"), "client.name", "invoices", "invoices.summary",
                "invoice.count");
        kind(Kind.RECEIPT, Set.of("amount"), "client.name", "amount", "payment.date", "payment.reference",
                "allocations");
        kind(Kind.DOCUMENT_VIEWED, Set.of("document"), "client.name", "document", "viewed.at");
        kind(Kind.INVOICE_ISSUED, Set.of("invoice.number", "link"), "client.name", "invoice.number", "invoice.date",
                "amount", "due.date", "link");
        kind(Kind.PAYMENT_ACTION_REQUIRED, Set.of("link"), "client.name", "invoice.number", "link");
        kind(Kind.FEED_DIGEST, Set.of("updates"), "contact.name", "client.name", "updates", "updates.summary",
                "update.count");
    }

    private final Optional<TemplateStore> store;

    private TemplateCatalog(Optional<TemplateStore> store) {
        this.store = store;
    }

    /**
     * A catalog of the built-in templates, and of the workspaces' own from {@code store} when present.
     *
     * @param store the workspaces' templates, empty when the stores keep none
     * @return the catalog
     */
    public static TemplateCatalog of(Optional<TemplateStore> store) {
        return new TemplateCatalog(PortalException.requireField(store, "store"));
    }

    /**
     * The placeholders a template of the kind may use, without braces.
     *
     * @param kind the kind of notification
     * @return its placeholder names
     */
    public static Set<String> placeholders(Kind kind) {
        return Objects.requireNonNull(KNOWN.get(PortalException.requireField(kind, "kind")), "kind");
    }

    /**
     * The placeholders a template of the kind must use in both bodies.
     *
     * @param kind the kind of notification
     * @return the names every body of the kind must hold
     */
    public static Set<String> requiredPlaceholders(Kind kind) {
        return Objects.requireNonNull(REQUIRED.get(PortalException.requireField(kind, "kind")), "kind");
    }

    /**
     * Checks a template's placeholders: only names its kind knows, none of the link or blocks in the subject, and
     * every required name in both bodies.
     *
     * @param template the template to check
     * @return the template
     * @throws PortalException {@link ErrorCode#TEMPLATE_UNKNOWN_PLACEHOLDER} or
     *         {@link ErrorCode#TEMPLATE_MISSING_PLACEHOLDER}, naming the part ({@code template.subject},
     *         {@code template.text} or {@code template.html})
     */
    public static NotificationTemplate validate(NotificationTemplate template) {
        PortalException.requireField(template, "template");
        Set<String> known = placeholders(template.kind());
        for (String name : NotificationTemplate.placeholders(template.subject())) {
            if (!known.contains(name) || NOT_IN_SUBJECT.contains(name)) {
                throw PortalException.invalid(ErrorCode.TEMPLATE_UNKNOWN_PLACEHOLDER, "template.subject",
                        "{{" + name + "}}", known.contains(name) ? "may not appear in a subject line"
                                : "is not a placeholder of " + template.kind() + "; use one of " + sorted(known));
            }
        }
        requireBody("template.text", template.text(), template.kind());
        requireBody("template.html", template.html(), template.kind());
        return template;
    }

    /**
     * The template a notification of a kind uses: for each language in turn — the recipient's, the recipient's
     * without its country, the workspace's, the workspace's without its country, English — the workspace's own
     * template, else the built-in one.
     *
     * @param workspaceId       the workspace
     * @param kind              the kind of notification
     * @param language          the recipient's language
     * @param workspaceLanguage the workspace's language
     * @return the template to use; there is always one, the English built-in at the latest
     */
    public NotificationTemplate choose(WorkspaceId workspaceId, Kind kind, Locale language, Locale workspaceLanguage) {
        return chooseAmong(own(workspaceId), kind, language, workspaceLanguage);
    }

    /**
     * Renders a message with the template its workspace, kind and language choose.
     *
     * @param message the message
     * @return the notification and the language of the template it was written in
     */
    public Rendered render(NotificationDraft message) {
        return renderAll(List.of(message)).get(0);
    }

    /**
     * Renders many messages, reading each workspace's own templates once.
     *
     * @param messages the messages
     * @return each message rendered, in their order
     */
    public List<Rendered> renderAll(List<NotificationDraft> messages) {
        Map<WorkspaceId, List<NotificationTemplate>> own = new HashMap<>();
        List<Rendered> rendered = new ArrayList<>(messages.size());
        for (NotificationDraft message : messages) {
            NotificationTemplate template = chooseAmong(own.computeIfAbsent(message.workspaceId(), this::own),
                    message.kind(), message.language(), message.workspaceLanguage());
            rendered.add(new Rendered(render(template, message), template.language()));
        }
        return rendered;
    }

    /** The workspace's own templates, of every kind and language. */
    private List<NotificationTemplate> own(WorkspaceId workspaceId) {
        return store.map(templates -> templates.list(workspaceId)).orElse(List.of());
    }

    private static NotificationTemplate chooseAmong(List<NotificationTemplate> own, Kind kind, Locale language,
                                                    Locale workspaceLanguage) {
        for (Locale candidate : candidates(language, workspaceLanguage)) {
            Optional<NotificationTemplate> chosen = own.stream()
                    .filter(template -> template.kind() == kind && template.language().equals(candidate))
                    .findFirst()
                    .or(() -> DefaultTemplates.find(kind, candidate));
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        throw new IllegalStateException("no built-in English template for " + kind);
    }

    /**
     * Renders a message with a given template: text values as they are in the text body and the subject, escaped in
     * the HTML body; the subject made one line.
     *
     * @param template the template
     * @param message  the message
     * @return the notification
     */
    public static Notification render(NotificationTemplate template, NotificationDraft message) {
        Locale language = template.language();
        String subject = Notification.subjectLine(fill(template.subject(), message, language, false));
        return new Notification(message.workspaceId(), message.kind(), message.recipient(), subject,
                fill(template.text(), message, language, false), fill(template.html(), message, language, true),
                message.about());
    }

    /** Built-in templates of every kind and language, for staff to start from. */
    static List<NotificationTemplate> builtIn() {
        return DefaultTemplates.all();
    }

    /**
     * A rendered message.
     *
     * @param notification the notification to send
     * @param language     the language of the template used
     */
    public record Rendered(Notification notification, Locale language) {
    }

    private static String fill(String part, NotificationDraft message, Locale language, boolean html) {
        Matcher matcher = NotificationTemplate.PLACEHOLDER.matcher(part);
        StringBuilder out = new StringBuilder(part.length() + 64);
        while (matcher.find()) {
            Part value = message.parts().get(matcher.group(1));
            String filled = value == null ? "" : html ? value.html().apply(language) : value.text().apply(language);
            matcher.appendReplacement(out, Matcher.quoteReplacement(filled));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static void requireBody(String field, String body, Kind kind) {
        Set<String> known = placeholders(kind);
        List<String> used = NotificationTemplate.placeholders(body);
        for (String name : used) {
            if (!known.contains(name)) {
                throw PortalException.invalid(ErrorCode.TEMPLATE_UNKNOWN_PLACEHOLDER, field, "{{" + name + "}}",
                        "is not a placeholder of " + kind + "; use one of " + sorted(known));
            }
        }
        for (String name : requiredPlaceholders(kind)) {
            if (!used.contains(name)) {
                throw PortalException.invalid(ErrorCode.TEMPLATE_MISSING_PLACEHOLDER, field, "{{" + name + "}}",
                        "must appear in every " + kind + " body");
            }
        }
    }

    private static List<Locale> candidates(Locale language, Locale workspaceLanguage) {
        Set<Locale> candidates = new LinkedHashSet<>();
        for (Locale locale : List.of(language, workspaceLanguage)) {
            if (!locale.getLanguage().isEmpty()) {
                Locale exact = NotificationTemplate.language(locale);
                candidates.add(exact);
                candidates.add(new Locale.Builder().setLanguage(exact.getLanguage()).build());
            }
        }
        candidates.add(DefaultTemplates.ENGLISH);
        return List.copyOf(candidates);
    }

    private static String sorted(Set<String> names) {
        return names.stream().sorted().map(name -> "{{" + name + "}}").toList().toString();
    }

    private static void kind(Kind kind, Set<String> required, String... names) {
        Set<String> known = new LinkedHashSet<>(COMMON);
        known.addAll(List.of(names));
        KNOWN.put(kind, Set.copyOf(known));
        REQUIRED.put(kind, required);
    }
}
