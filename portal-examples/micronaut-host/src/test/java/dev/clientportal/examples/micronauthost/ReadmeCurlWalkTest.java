package dev.clientportal.examples.micronauthost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clientportal.core.exports.ExportColumns;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The curl walk-through of the README's Micronaut host section, run as written: each command of its fenced block,
 * in order, through bash with the real curl against the host on H2 with the demo workspace seeded, {@code B} being
 * the host's URL and each {@code <placeholder>} the value an earlier answer gave (see {@link #SOURCES}). Every
 * request answers the status its comment starts with, or a 2xx without one, and the walk ends with what the comments
 * promise: the invoice paid through the demo checkout, the ETags, the files curl wrote.
 */
@MicronautTest(transactional = false)
@Property(name = "portal.staff.owner.token", value = ReadmeCurlWalkTest.OWNER_TOKEN)
class ReadmeCurlWalkTest {

    /** The staff token the walk-through's business requests send, as the README starts the host with. */
    static final String OWNER_TOKEN = "owner-secret";

    private static final Path README = Path.of("../../README.md");
    private static final Path CURL = Path.of("/usr/bin/curl");
    private static final String SECTION = "### Micronaut host";
    private static final String WORKSPACE = "<workspace id>";
    private static final String ETAG = "ETag";

    /**
     * Where each placeholder's value comes from: the answer to a request exactly as the README writes it, at a JSON
     * pointer of its body or in its {@code ETag} (unquoted). The latest such answer wins, so {@code <invoice id>} is
     * the client's oldest unpaid invoice in the client's part and the invoice just created, then the first one still
     * owed, in the business's part. {@code <workspace id>}, which the README takes from the log, is the seeded one.
     */
    private static final List<Source> SOURCES = List.of(
            new Source("<nextCursor>", "GET /api/portal/invoices?limit=2", "/nextCursor"),
            new Source("<invoice id>", "GET /api/portal/invoices?status=due,overdue&sort=oldest", "/items/0/id"),
            new Source("<payment id>", "GET /api/portal/payments", "/items/0/id"),
            new Source("<quote id>", "GET /api/portal/quotes", "/0/id"),
            new Source("<version id>", "GET /api/portal/approvals", "/0/versionId"),
            new Source("<deliverable id>", "GET /api/portal/approvals", "/0/deliverableId"),
            new Source("<contentHash>", "GET /api/portal/deliverable-versions/<version id>", ETAG),
            new Source("<agreement id>", "GET /api/portal/agreements", "/0/id"),
            new Source("<thread id>", "GET /api/portal/threads", "/0/id"),
            new Source("<file id>", "GET /api/portal/files", "/0/id"),
            new Source("<file id>", "POST /api/portal/files", "/id"),
            new Source("<reference>", "POST /api/portal/invoices/<invoice id>/payments", "/reference"),
            new Source("<client id>", "GET /api/business/clients", "/items/0/id"),
            new Source("<client id>", "POST /api/business/clients", "/id"),
            new Source("<contact id>", "POST /api/business/clients/<client id>/contacts", "/id"),
            new Source("<invoice id>", "POST /api/business/invoices", "/invoice/id"),
            new Source("<version>", "POST /api/business/invoices", ETAG),
            new Source("<version>", "POST /api/business/invoices/<invoice id>/issue", ETAG),
            new Source("<invoice id>", "GET /api/business/invoices?status=open,partially_paid", "/items/0/id"),
            new Source("<payment id>", "POST /api/business/invoices/<invoice id>/payments", "/id"));

    private static final Pattern PLACEHOLDER = Pattern.compile("<[^<>]+>");
    private static final Pattern REQUEST_PATH = Pattern.compile("\\$B((?:<[^<>]*>|[^\\s\"'<])+)");
    private static final Pattern METHOD = Pattern.compile("-X\\s+([A-Z]+)");
    private static final Pattern ASSIGNED = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)=");
    private static final Pattern CURL_CALL = Pattern.compile("(^|[\\s(])curl\\s");
    private static final Pattern STATUS_IN_COMMENT = Pattern.compile("^#\\s*(\\d{3})\\b");
    private static final Pattern SAFE_VALUE = Pattern.compile("[A-Za-z0-9_.=:-]+");
    // curl reads no ~/.curlrc (-q, first) and writes each answer's status to stderr, leaving stdout as the README's
    private static final String CURL_WITH_STATUS = "curl -q -w '%{stderr}%{http_code}\\n' ";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;

    @Inject
    DemoSeed demo;

    @TempDir
    Path work;

    @TempDir
    Path shell;

    @Test
    void theReadmesCurlWalkThroughRunsAsWrittenAndAnswersWhatItsCommentsSay() throws IOException {
        assertThat(CURL).as("the walk-through runs the real curl (apt-get install -y curl)").isExecutable();
        List<Command> commands = commands(walkThrough());
        Set<String> unknown = new TreeSet<>();
        commands.forEach(command -> unknown.addAll(placeholders(command.code())));
        unknown.remove(WORKSPACE);
        SOURCES.forEach(source -> unknown.remove(source.placeholder()));
        assertThat(unknown).as("placeholders of the README that " + SOURCES.size() + " sources do not say how to find")
                .isEmpty();
        Files.writeString(work.resolve("notes.txt"), "Notes for the kick-off.\n");

        Walk walk = new Walk(commands);
        walk.values.put(WORKSPACE, demo.workspaceId().orElseThrow().toString());
        commands.forEach(walk::run);
        assertThat(SOURCES).as("sources whose request the walk-through no longer makes")
                .allMatch(walk.used::contains);
        theClientsPartEndsAsItsCommentsSay(walk);
        theBusinessPartEndsAsItsCommentsSay(walk);
    }

    /** The client's part: the pages, files and decisions, and the invoice paid through the demo checkout. */
    private void theClientsPartEndsAsItsCommentsSay(Walk walk) throws IOException {
        assertThat(walk.last("GET /api/portal/dashboard").json("/balances/0/currency")).isEqualTo("USD");
        assertThat(walk.last("GET /api/portal/invoices?limit=2").body().at("/items").size()).isEqualTo(2);
        for (String pdf : List.of("invoice.pdf", "receipt.pdf", "statement.pdf")) {
            assertThat(Files.readString(work.resolve(pdf), StandardCharsets.ISO_8859_1)).as(pdf).startsWith("%PDF-");
        }
        Answer accepted = walk.last("POST /api/portal/quotes/<quote id>/acceptance");
        assertThat(accepted.json("/summary/status")).isEqualTo("ACCEPTED");
        assertThat(accepted.body().at("/invoiceIds").size()).isPositive();
        Answer version = walk.last("GET /api/portal/deliverable-versions/<version id>");
        assertThat(version.header(ETAG)).isEqualTo("\"" + version.json("/contentHash") + "\"");
        assertThat(walk.last("POST /api/portal/deliverables/<deliverable id>/approval").json("/requestStatus"))
                .isEqualTo("APPROVED");
        assertThat(walk.last("GET /api/portal/agreements/<agreement id>").header(ETAG)).isEqualTo("\"1\"");
        assertThat(work.resolve("moodboard-v2.txt")).content().startsWith("Moodboard, second round");
        assertThat(walk.last("POST /api/portal/files").statuses()).containsExactly(201);
        assertThat(walk.last("POST /api/portal/threads/<thread id>/messages").json("/attachments/0"))
                .isEqualTo(walk.last("POST /api/portal/files").json("/id"));
        Answer checkout = walk.last("POST /api/portal/invoices/<invoice id>/payments");
        assertThat(checkout.json("/outcome")).isEqualTo("requires_action");
        assertThat(checkout.json("/reference")).startsWith("cs_demo_");
        assertThat(walk.last("GET /demo-checkout/<reference>").json("/paid")).isEqualTo("false");
        assertThat(walk.last("POST /demo-checkout/<reference>/pay").json("/paid")).isEqualTo("true");
        assertThat(walk.last("GET /api/portal/invoices/<invoice id>").json("/summary/status")).isEqualTo("PAID");
        assertThat(walk.last("POST /api/sign-out").statuses()).containsExactly(204);
    }

    /** The business's part: the invoice's ETags, the money recorded, the audit trail and the accountant's files. */
    private void theBusinessPartEndsAsItsCommentsSay(Walk walk) throws IOException {
        Answer draft = walk.last("POST /api/business/invoices");
        Answer issued = walk.last("POST /api/business/invoices/<invoice id>/issue");
        assertThat(draft.json("/invoice/status")).isEqualTo("DRAFT");
        assertThat(issued.json("/invoice/status")).isEqualTo("OPEN");
        assertThat(issued.header(ETAG)).isNotNull().isNotEqualTo(draft.header(ETAG));
        assertThat(walk.last("POST /api/business/invoices/<invoice id>/void").json("/invoice/status"))
                .isEqualTo("VOID");
        assertThat(walk.last("POST /api/business/invoices/<invoice id>/payments").json("/amount/amount"))
                .isEqualTo("500.00");
        assertThat(walk.last("POST /api/business/payments/<payment id>/refunds").json("/amount/amount"))
                .isEqualTo("40.00");
        assertThat(walk.last("POST /api/business/audit/verification").json("/ok")).isEqualTo("true");
        assertThat(csvHeaderLine()).isEqualTo(String.join(",", ExportColumns.INVOICES.headers()));
        assertThat(walk.last("GET /exports/payments.jsonl?from=2026-01-01&to=2026-12-31").text().lines())
                .isNotEmpty().allSatisfy(line -> assertThat(JSON.readTree(line).isObject()).isTrue());
    }

    /** The fenced block of the README's Micronaut host section that starts by setting {@code B}. */
    private static String walkThrough() throws IOException {
        assertThat(README).as("the repository's README, from the module's directory").isRegularFile();
        String readme = Files.readString(README);
        int section = readme.indexOf("\n" + SECTION + "\n");
        assertThat(section).as("the README's section " + SECTION).isNotNegative();
        int end = readme.indexOf("\n## ", section);
        String text = readme.substring(section, end < 0 ? readme.length() : end);
        int block = text.indexOf("\n```\nB=");
        assertThat(block).as("a fenced block starting with B=... in the README's section " + SECTION).isNotNegative();
        int start = block + "\n```\n".length();
        int close = text.indexOf("\n```", start);
        assertThat(close).as("the end of the walk-through's fenced block").isPositive();
        return text.substring(start, close + 1);
    }

    /**
     * The block's commands as bash reads them: lines joined by a backslash before the newline, by an open quote or
     * an open parenthesis; each with the comment that follows it on its last line, and lines of only a comment left
     * out.
     */
    private static List<Command> commands(String block) {
        List<Command> commands = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        StringBuilder comment = new StringBuilder();
        char quote = 0;
        int depth = 0;
        for (int i = 0; i < block.length(); i++) {
            char c = block.charAt(i);
            if (quote != 0) {
                code.append(c);
                if (c == '\\' && quote == '"' && i + 1 < block.length()) {
                    code.append(block.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '#' && (code.isEmpty() || Character.isWhitespace(code.charAt(code.length() - 1)))) {
                int newline = block.indexOf('\n', i);
                if (comment.isEmpty()) {
                    comment.append(block, i, newline);
                }
                i = newline - 1;
            } else if (c == '\\' && i + 1 < block.length()) {
                code.append(c).append(block.charAt(++i));
            } else if (c == '\n' && depth == 0) {
                if (!code.toString().isBlank()) {
                    commands.add(new Command(code.toString().strip(), comment.toString()));
                }
                code.setLength(0);
                comment.setLength(0);
            } else {
                if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                }
                code.append(c);
            }
        }
        assertThat(quote == 0 && depth == 0).as("the walk-through's quotes and parentheses close").isTrue();
        return commands;
    }

    private static Set<String> placeholders(String code) {
        Set<String> found = new TreeSet<>();
        PLACEHOLDER.matcher(code).results().forEach(match -> found.add(match.group()));
        return found;
    }

    private String csvHeaderLine() throws IOException {
        try (Stream<Path> files = Files.list(work)) {
            Path csv = files.filter(file -> file.getFileName().toString().startsWith("invoices-")
                    && file.getFileName().toString().endsWith(".csv")).findFirst().orElseThrow(
                    () -> new AssertionError("curl -OJ wrote no invoices-....csv in " + work));
            String text = Files.readString(csv, StandardCharsets.UTF_8);
            return text.lines().findFirst().orElseThrow().replace("\uFEFF", "");
        }
    }

    /** The commands run so far, the placeholders' values their answers gave, and the sources that gave them. */
    private final class Walk {

        private final Map<String, String> values = new LinkedHashMap<>();
        private final Set<Source> used = new HashSet<>();
        private final List<Answer> answers = new ArrayList<>();
        private final Path variables;
        private final String names;

        Walk(List<Command> commands) {
            this.variables = shell.resolve("variables.sh");
            Set<String> assigned = new TreeSet<>();
            commands.forEach(command -> ASSIGNED.matcher(command.code()).results()
                    .forEach(match -> assigned.add(match.group(1))));
            this.names = String.join(" ", assigned);
        }

        /** Runs a command with its placeholders filled in, in a bash that has the variables of those before it. */
        void run(Command command) {
            String code = command.code().startsWith("B=") ? "B=" + server.getURL() : fillIn(command.code());
            String script = "[ -f '" + variables + "' ] && . '" + variables + "'\n"
                    + withStatuses(code) + "\nstatus=$?\n"
                    + "declare -p " + names + " > '" + variables + "' 2>/dev/null\nexit $status\n";
            Answer answer = execute(command, script);
            String request = command.request();
            if (request == null) {
                return;
            }
            int expected = command.expectedStatus();
            assertThat(answer.statuses()).as("%s answered %s", request, answer.text()).isNotEmpty()
                    .allSatisfy(status -> {
                        if (expected > 0) {
                            assertThat(status).as("%s (%s) answered %s", request, command.comment(), answer.text())
                                    .isEqualTo(expected);
                        } else {
                            assertThat(status).as("%s answered %s", request, answer.text()).isBetween(200, 299);
                        }
                    });
            answers.add(answer);
            for (Source source : SOURCES) {
                if (source.request().equals(request)) {
                    String value = source.where().equals(ETAG) ? unquoted(answer.header(ETAG))
                            : answer.json(source.where());
                    assertThat(value).as("%s of the answer to %s: %s", source.where(), request, answer.text())
                            .isNotNull().matches(SAFE_VALUE);
                    values.put(source.placeholder(), value);
                    used.add(source);
                }
            }
        }

        /** The last answer to a request as the README writes it. */
        Answer last(String request) {
            for (int i = answers.size() - 1; i >= 0; i--) {
                if (answers.get(i).request().equals(request)) {
                    return answers.get(i);
                }
            }
            return fail("the walk-through no longer makes the request " + request);
        }

        private String fillIn(String code) {
            Matcher matcher = PLACEHOLDER.matcher(code);
            StringBuilder filled = new StringBuilder();
            while (matcher.find()) {
                String value = values.get(matcher.group());
                if (value == null) {
                    fail("the walk-through uses " + matcher.group() + " before an answer gave it: " + code);
                }
                matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
            }
            return matcher.appendTail(filled).toString();
        }

        private Answer execute(Command command, String script) {
            Path out = shell.resolve("stdout");
            Path err = shell.resolve("stderr");
            try {
                ProcessBuilder bash = new ProcessBuilder("/bin/bash", "-c", script).directory(work.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile());
                // the curl of /usr/bin, straight to the host: no proxy of the machine's environment in between
                bash.environment().put("PATH", "/usr/bin:/bin");
                bash.environment().keySet().removeIf(name -> name.toLowerCase(Locale.ROOT).endsWith("_proxy"));
                Process process = bash.start();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    fail("still running after a minute: " + command.code());
                }
                String stdout = Files.readString(out, StandardCharsets.UTF_8);
                List<String> stderr = Files.readAllLines(err, StandardCharsets.UTF_8);
                assertThat(process.exitValue()).as("the exit status of %s; stderr %s", command.code(), stderr)
                        .isZero();
                List<Integer> statuses = stderr.stream().filter(line -> line.matches("\\d{3}"))
                        .map(Integer::valueOf).toList();
                return Answer.of(command.request(), statuses, stdout);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted running " + command.code(), e);
            }
        }
    }

    /** The code with every curl call reporting its answer's status on stderr. */
    private static String withStatuses(String code) {
        Matcher matcher = CURL_CALL.matcher(code);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(matcher.group(1) + CURL_WITH_STATUS));
        }
        return matcher.appendTail(result).toString();
    }

    private static String unquoted(String tag) {
        return tag == null ? null : tag.replace("\"", "");
    }

    /**
     * One command of the walk-through.
     *
     * @param code    what bash runs, placeholders still in
     * @param comment the comment on its last line, empty without one
     */
    record Command(String code, String comment) {

        /** The request it makes, as the README writes it, e.g. {@code GET /api/portal/invoices/<invoice id>}. */
        String request() {
            Matcher path = REQUEST_PATH.matcher(code);
            if (!path.find()) {
                return null;
            }
            Matcher method = METHOD.matcher(code);
            String verb = method.find() ? method.group(1)
                    : code.contains(" -d ") || code.contains(" -F ") ? "POST" : "GET";
            return verb + " " + path.group(1);
        }

        /** The status the comment starts with, or 0 when it names none (any 2xx). */
        int expectedStatus() {
            Matcher status = STATUS_IN_COMMENT.matcher(comment);
            return status.find() ? Integer.parseInt(status.group(1)) : 0;
        }
    }

    /**
     * Where a placeholder's value comes from.
     *
     * @param placeholder the placeholder, e.g. {@code <invoice id>}
     * @param request     the request whose answer gives it, as the README writes it
     * @param where       a JSON pointer into the answer's body, or {@code ETag}
     */
    record Source(String placeholder, String request, String where) {
    }

    /**
     * What curl printed for a request: its headers when the command asks for them ({@code -i}), and its body.
     *
     * @param request  the request as the README writes it
     * @param statuses the status of each curl call of the command
     * @param headers  the response headers by lower-case name, empty without {@code -i}
     * @param text     the body as curl printed it, empty when curl wrote it to a file
     */
    record Answer(String request, List<Integer> statuses, Map<String, String> headers, String text) {

        static Answer of(String request, List<Integer> statuses, String stdout) {
            Map<String, String> headers = new LinkedHashMap<>();
            String text = stdout;
            if (stdout.startsWith("HTTP/")) {
                int split = stdout.indexOf("\r\n\r\n");
                stdout.substring(0, split).lines().skip(1).forEach(line -> {
                    int colon = line.indexOf(':');
                    headers.put(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
                });
                text = stdout.substring(split + 4);
            }
            return new Answer(request, statuses, headers, text);
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        JsonNode body() {
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                throw new AssertionError("not JSON: the answer to " + request + ": " + text, e);
            }
        }

        /** The text of a JSON pointer into the body, or null where the body has nothing or null. */
        String json(String pointer) {
            JsonNode node = body().at(pointer);
            return node.isMissingNode() || node.isNull() ? null : node.asText();
        }
    }
}
