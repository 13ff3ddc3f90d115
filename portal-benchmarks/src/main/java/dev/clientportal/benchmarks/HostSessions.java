package dev.clientportal.benchmarks;

import dev.clientportal.core.client.ContactId;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in session for wrk against a host running on the {@link ReceivablesDataSet}: the contact of a client with a
 * typical number of invoices (ten, three of them payable) is invited through the portal's API on the same database,
 * and the invitation link is redeemed through the host's own HTTP sign-in, as a browser or a front end would: for the
 * Spring Boot host the "Continue" form of {@code /sign-in} with its CSRF token, which answers the session cookie; for
 * the Micronaut host {@code POST /api/sign-in}, which answers the bearer token. The session is checked on the
 * dashboard (200, not a redirect to sign-in) and what wrk needs is written as shell assignments to a file.
 *
 * <p>Run as {@code java -cp benchmarks.jar dev.clientportal.benchmarks.HostSessions spring|micronaut <base url>
 * <file>}; the file gets {@code HEADER} (the {@code Cookie} or {@code Authorization} header of the session),
 * {@code BARE_HEADER} (what the bare page gets: the servlet session cookie alone, without the portal's, so that page
 * reads nothing), {@code DASHBOARD} and {@code INVOICE} (paths), and the ids of the workspace, client and invoice.
 */
public final class HostSessions {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern SESSION_TOKEN = Pattern.compile("\"sessionToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final String USER_AGENT = "wrk-hosts-sign-in";

    private HostSessions() {
    }

    /** Signs in against the host and writes the session's header and the paths to the file. */
    public static void main(String[] args) throws Exception {
        if (args.length != 3 || !(args[0].equals("spring") || args[0].equals("micronaut"))) {
            throw new IllegalArgumentException("usage: HostSessions spring|micronaut <base url> <output file>");
        }
        boolean spring = args[0].equals("spring");
        URI base = URI.create(args[1]);
        Map<String, String> out = new LinkedHashMap<>();
        try (KeptDataSet.Opened dataSet = ReceivablesDataSet.open(false)) {
            Typical typical = typicalClient(dataSet);
            String token = dataSet.portal().access().invite(dataSet.owner(), typical.contact()).token();
            out.put("WORKSPACE", dataSet.owner().workspaceId().toString());
            out.put("CLIENT", typical.client().toString());
            out.put("INVOICE_ID", typical.invoice().toString());
            if (spring) {
                signInSpring(base, token, typical, out);
            } else {
                signInMicronaut(base, token, typical, out);
            }
        }
        Files.writeString(Path.of(args[2]), out.entrySet().stream()
                .map(entry -> entry.getKey() + "='" + entry.getValue() + "'")
                .collect(Collectors.joining("\n", "", "\n")));
        System.out.println("signed in on " + base + " as the contact of client " + out.get("CLIENT") + "; wrote "
                + args[2]);
    }

    /** The client, its contact and the newest of its payable invoices. */
    private record Typical(UUID client, ContactId contact, UUID invoice) {
    }

    /** The first client (by id) with ten invoices, three of them open or partly paid: the data set's average. */
    private static Typical typicalClient(KeptDataSet.Opened dataSet) throws SQLException {
        UUID workspace = dataSet.owner().workspaceId().value();
        try (Connection connection = dataSet.dataSource().getConnection()) {
            UUID client = single(connection, "select client_id from cp_invoice where workspace_id = ?"
                    + " group by client_id having count(*) = 10"
                    + " and count(*) filter (where status in ('OPEN', 'PARTIALLY_PAID')) = 3"
                    + " order by client_id limit 1", workspace, null);
            UUID contact = single(connection, "select id from cp_contact where workspace_id = ? and client_id = ?",
                    workspace, client);
            UUID invoice = single(connection, "select id from cp_invoice where workspace_id = ? and client_id = ?"
                    + " and status in ('OPEN', 'PARTIALLY_PAID') order by issue_date desc, id limit 1",
                    workspace, client);
            connection.commit();
            return new Typical(client, new ContactId(contact), invoice);
        }
    }

    private static UUID single(Connection connection, String sql, UUID workspace, UUID client) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, workspace);
            if (client != null) {
                query.setObject(2, client);
            }
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("nothing found by " + sql);
                }
                return row.getObject(1, UUID.class);
            }
        }
    }

    /** Opens the link's page, presses "Continue" with its CSRF token, and keeps the cookies it sets. */
    private static void signInSpring(URI base, String token, Typical typical, Map<String, String> out)
            throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
        String encoded = URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> page = http.send(request(base.resolve("/sign-in?token=" + encoded)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        if (page.statusCode() != 200 || !csrf.find()) {
            throw new IllegalStateException("the sign-in page answered " + page.statusCode() + " without a CSRF token");
        }
        String form = "token=" + encoded + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> redeemed = http.send(request(base.resolve("/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String session = cookie(cookies, "portal_session");
        String servlet = cookie(cookies, "JSESSIONID");
        if (redeemed.statusCode() != 302 || session.isEmpty()) {
            throw new IllegalStateException("the sign-in answered " + redeemed.statusCode() + " without a session");
        }
        out.put("HEADER", "Cookie: portal_session=" + session + "; JSESSIONID=" + servlet);
        out.put("BARE_HEADER", "Cookie: JSESSIONID=" + servlet);
        out.put("DASHBOARD", "/portal");
        out.put("INVOICE", "/portal/invoices/" + typical.invoice());
        check(http, request(base.resolve("/portal")));
    }

    /** Redeems the link at the API for a bearer token. */
    private static void signInMicronaut(URI base, String token, Typical typical, Map<String, String> out)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> redeemed = http.send(request(base.resolve("/api/sign-in"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + token + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher session = SESSION_TOKEN.matcher(redeemed.body());
        if (redeemed.statusCode() != 200 || !session.find()) {
            throw new IllegalStateException("the sign-in answered " + redeemed.statusCode() + ": " + redeemed.body());
        }
        out.put("HEADER", "Authorization: Bearer " + session.group(1));
        out.put("BARE_HEADER", "Accept: application/json");
        out.put("DASHBOARD", "/api/portal/dashboard");
        out.put("INVOICE", "/api/portal/invoices/" + typical.invoice());
        check(http, request(base.resolve("/api/portal/dashboard")).header("Authorization", "Bearer "
                + session.group(1)));
    }

    /** The session opens the dashboard: 200, not a redirect to sign-in nor a 401. */
    private static void check(HttpClient http, HttpRequest.Builder dashboard) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(dashboard.GET().build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the dashboard answered " + answer.statusCode() + " to the session");
        }
    }

    private static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).header("User-Agent", USER_AGENT);
    }

    private static String cookie(CookieManager cookies, String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }
}
