package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.examples.demo.PaymentChoice;
import dev.clientportal.examples.micronauthost.DevMailboxController.MailJson;
import dev.clientportal.examples.micronauthost.Problems.Problem;
import dev.clientportal.examples.micronauthost.SignInController.Session;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The host started for HTTP tests with the demo workspace seeded, and how they call it: signing a contact in through
 * the dev mailbox, reading JSON, and reading any answer raw with its problem document.
 */
abstract class HostOverHttp {

    /** The staff token the tests configure for the demo workspace's owner. */
    static final String STAFF_TOKEN = "test-staff-token-of-the-owner";

    @Inject
    @io.micronaut.http.client.annotation.Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    @Inject
    ClientPortal portal;

    @Inject
    DemoSeed demo;

    @Inject
    PaymentChoice payments;

    String signIn(String email) {
        return blocking().retrieve(HttpRequest.POST("/api/sign-in", Map.of("token", mailedToken(email))),
                Session.class).sessionToken();
    }

    String mailedToken(String email) {
        HttpResponse<?> accepted = blocking().exchange(HttpRequest.POST("/api/sign-in/links", Map.of(
                "workspace", demo.workspaceId().orElseThrow().toString(), "email", email)));
        assertThat(accepted.code()).isEqualTo(HttpStatus.ACCEPTED.getCode());
        List<MailJson> mails = blocking().retrieve(HttpRequest.GET("/dev/mailbox"), Argument.listOf(MailJson.class));
        String link = mails.stream().filter(mail -> mail.recipient().equals(email)
                        && mail.kind().equals("SIGN_IN_LINK")).findFirst().orElseThrow().links().get(0);
        String query = URI.create(link).getRawQuery();
        return query.substring(query.indexOf("token=") + "token=".length());
    }

    @SuppressWarnings("unchecked")
    <T> T get(String path, String bearer, Argument<?> type) {
        return (T) blocking().retrieve(HttpRequest.GET(path).bearerAuth(bearer), type);
    }

    BlockingHttpClient blocking() {
        return http.toBlocking();
    }

    Answer call(MutableHttpRequest<?> request) {
        HttpResponse<?> response;
        String body;
        try {
            HttpResponse<String> ok = blocking().exchange(request, String.class);
            response = ok;
            body = ok.body();
        } catch (HttpClientResponseException e) {
            response = e.getResponse();
            body = response.getBody(String.class).orElse("");
        }
        String contentType = response.getContentType().map(MediaType::toString).orElse("");
        return new Answer(response.code(), contentType, body == null ? "" : body,
                response.header(HttpHeaders.WWW_AUTHENTICATE),
                contentType.equals(MediaType.APPLICATION_JSON_PROBLEM) ? problemOf(body) : null);
    }

    private Problem problemOf(String body) {
        try {
            return json.readValue(body, Problem.class);
        } catch (IOException e) {
            throw new AssertionError("not a problem document: " + body, e);
        }
    }

    /** A response read raw, for statuses the client would throw on; the problem document of an error. */
    record Answer(int status, String contentType, String body, String authenticate, Problem problem) {
    }
}
