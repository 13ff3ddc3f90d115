package dev.clientportal.examples.springhost;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page's HTML as the host sends it, without a browser: a language on {@code <html>}, one {@code <main>}, alt
 * text on every image, a label for every field (a {@code <label for>}, an enclosing label or an
 * {@code aria-label}) and a name for every button. The browser walks check the same and the contrast in Chromium;
 * this test keeps the markup honest where no browser is installed.
 */
class PageMarkupTest extends RunningHost {

    private static final Pattern FIELD = Pattern.compile("<(input|select|textarea|progress)\\b[^>]*>");
    private static final Pattern BUTTON = Pattern.compile("<button\\b([^>]*)>(.*?)</button>", Pattern.DOTALL);
    private static final Pattern IMAGE = Pattern.compile("<img\\b[^>]*>");

    @Test
    void everyPublicPage_hasALanguage_aMainLandmark_labelledFields_namedButtons_andImageAltText() {
        TestBrowser visitor = browser();
        for (String path : List.of("/", "/w/" + workspace() + "/sign-in", "/sign-in?token=" + UUID.randomUUID(),
                "/dev/mailbox", "/staff/sign-in", "/no/such/page")) {
            assertThat(problems(visitor.get(path).body())).as(path).isEmpty();
        }
    }

    @Test
    void everyClientPage_hasALanguage_aMainLandmark_labelledFields_namedButtons_andImageAltText() {
        PayingClient payer = newPayingClient();
        TestBrowser contact = signedInAs(payer.email());
        for (String path : List.of("/portal", "/portal/invoices", "/portal/invoices/" + payer.overdue().id(),
                "/portal/invoices/" + payer.scheduled().id(), "/portal/payments", "/portal/statement",
                "/portal/deliverables", "/portal/quotes", "/portal/agreements", "/portal/messages", "/portal/files",
                "/portal/quotes/" + UUID.randomUUID())) {
            assertThat(problems(contact.get(path).body())).as(path).isEmpty();
        }
    }

    @Test
    void everyBusinessPage_hasALanguage_aMainLandmark_labelledFields_namedButtons_andImageAltText() {
        PayingClient payer = newPayingClient();
        TestBrowser staff = signedInAsStaff();
        for (String path : List.of("/staff", "/staff/clients", "/staff/clients/" + payer.client().id(),
                "/staff/invoices", "/staff/invoices/new?client=" + payer.client().id(),
                "/staff/invoices/" + payer.overdue().id(), "/staff/invoices/" + payer.scheduled().id(),
                "/staff/follow-ups", "/staff/receivables", "/staff/audit")) {
            assertThat(problems(staff.get(path).body())).as(path).isEmpty();
        }
        staff.get("/staff/clients/" + payer.client().id());
        String refused = staff.submit("/staff/clients/" + payer.client().id() + "/contacts",
                Map.of("name", "No Email", "email", "")).body();
        assertThat(refused).contains("id=\"problem\"");
        assertThat(problems(refused)).as("a refused form").isEmpty();
    }

    /** What is missing from a page, one line each; empty when nothing is. */
    private static List<String> problems(String html) {
        List<String> problems = new ArrayList<>();
        if (!Pattern.compile("<html\\b[^>]*\\blang=\"[a-z]{2}").matcher(html).find()) {
            problems.add("no lang on <html>");
        }
        int mains = html.split("<main\\b", -1).length - 1;
        if (mains != 1) {
            problems.add(mains + " <main> landmarks");
        }
        Matcher image = IMAGE.matcher(html);
        while (image.find()) {
            if (!image.group().contains(" alt=")) {
                problems.add("an image without alt: " + image.group());
            }
        }
        Matcher field = FIELD.matcher(html);
        while (field.find()) {
            String tag = field.group();
            if (!tag.contains("type=\"hidden\"") && !labelled(html, tag, field.start())) {
                problems.add("a field without a label: " + tag);
            }
        }
        Matcher button = BUTTON.matcher(html);
        while (button.find()) {
            if (button.group(2).replaceAll("<[^>]+>", "").isBlank() && !button.group(1).contains("aria-label=")) {
                problems.add("a button without a name: " + button.group());
            }
        }
        return problems;
    }

    private static boolean labelled(String html, String tag, int at) {
        if (tag.contains("aria-label=") || tag.contains("aria-labelledby=")) {
            return true;
        }
        Matcher id = Pattern.compile("\\bid=\"([^\"]+)\"").matcher(tag);
        if (id.find() && html.contains("<label for=\"" + id.group(1) + "\"")) {
            return true;
        }
        String before = html.substring(0, at);
        return before.lastIndexOf("<label") > before.lastIndexOf("</label>");
    }
}
