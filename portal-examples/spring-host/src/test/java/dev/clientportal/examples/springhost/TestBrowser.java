package dev.clientportal.examples.springhost;

import dev.clientportal.examples.demo.DemoCheckout;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser over real HTTP for the tests: keeps cookies, follows no redirects (tests look at them), and remembers the
 * CSRF token of the last page it loaded, as a form on that page would send it.
 */
final class TestBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private String csrf = "";

    TestBrowser(int port) {
        this.base = URI.create("http://localhost:" + port);
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** One answer: status, headers and body as text. */
    record Page(int status, Map<String, List<String>> headers, String body) {

        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream()).findFirst();
        }

        List<String> all(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream()).toList();
        }

        /** The {@code data-error-code} of an error page, or empty. */
        Optional<String> errorCode() {
            Matcher matcher = Pattern.compile("data-error-code=\"([^\"]+)\"").matcher(body);
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        }
    }

    Page get(String path) {
        return get(path, "text/html");
    }

    Page get(String path, String accept) {
        return remember(send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", accept).GET()));
    }

    /** Posts a form with the CSRF token of the last page loaded, as the page's form would. */
    Page submit(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", csrf);
        return post(path, form);
    }

    /** Posts a form whose fields may repeat (rows of a table), with the CSRF token of the last page loaded. */
    Page submitRows(String path, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> form = new java.util.ArrayList<>(fields);
        form.add(Map.entry("_csrf", csrf));
        return post(path, form);
    }

    /**
     * Posts a form with one file as a browser does ({@code multipart/form-data}), with the CSRF token of the last
     * page loaded unless {@code withCsrf} is false.
     */
    Page upload(String path, Map<String, String> fields, String fileField, String fileName, String contentType,
                byte[] content, boolean withCsrf) {
        String boundary = "----portal-test-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (withCsrf) {
            form.put("_csrf", csrf);
        }
        form.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return remember(send(HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))));
    }

    /** Posts a form exactly as given: no CSRF token unless the fields hold one. */
    Page post(String path, Map<String, String> fields) {
        return post(path, List.copyOf(fields.entrySet()));
    }

    private Page post(String path, List<Map.Entry<String, String>> fields) {
        String body = fields.stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        return remember(send(HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    /**
     * Signs a webhook as Stripe does, independently of the SDK: HMAC-SHA256 of {@code timestamp.payload} with the
     * endpoint's secret, as the header {@code t=…,v1=…}, signed now.
     */
    static String stripeSignature(String payload, String secret) {
        long t = Instant.now().getEpochSecond();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "t=" + t + ",v1=" + HexFormat.of().formatHex(mac.doFinal((t + "." + payload)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Posts a body as Stripe posts a webhook: JSON, with its {@code Stripe-Signature} header if given. */
    Page webhook(String payload, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(DemoCheckout.WEBHOOK_PATH))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload));
        if (!signature.isEmpty()) {
            request.header("Stripe-Signature", signature);
        }
        return send(request);
    }

    /** Bytes of a download. */
    HttpResponse<byte[]> download(String path) {
        try {
            return client.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens a sign-in link's page and presses its Continue button. */
    Page signIn(String token) {
        Page continuePage = get("/sign-in?token=" + encode(token));
        if (continuePage.status() != 200) {
            throw new AssertionError("the continue page answered " + continuePage.status());
        }
        return submit("/sign-in", Map.of("token", token));
    }

    Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .findFirst();
    }

    private Page remember(Page page) {
        Matcher matcher = CSRF.matcher(page.body());
        if (matcher.find()) {
            csrf = matcher.group(1);
        }
        return page;
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
