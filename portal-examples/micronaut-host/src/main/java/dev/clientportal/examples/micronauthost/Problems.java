package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.examples.demo.HttpStatuses;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Every error as {@code application/problem+json} (RFC 9457): the portal's refusals carry their stable
 * {@code code}, the {@code field} and the {@code rejectedValue}, with the status their {@link ErrorCode.Kind} maps
 * to (but 413 for a file over the upload limit, 412 for a decision or update whose {@code If-Match} names a replaced
 * version, 422 for an {@code Idempotency-Key} sent before with another body);
 * Micronaut's own errors (malformed JSON, a wrong type, no such route) carry an {@code http.*} code. Anything
 * outside the caller's scope is the portal's not-found, the same answer as for something that does not exist.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
class Problems implements ErrorResponseProcessor<Problems.Problem> {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    /**
     * The refusals of a decision on a version that another version has replaced, and of an update on an aggregate
     * whose version has moved on.
     */
    private static final Set<ErrorCode> STALE = EnumSet.of(ErrorCode.VERSION_SUPERSEDED,
            ErrorCode.AGREEMENT_VERSION_CHANGED, ErrorCode.CONCURRENT_MODIFICATION);
    /** The refusals of a money movement whose reference (its idempotency key) recorded another request before. */
    private static final Set<ErrorCode> KEY_REUSED = EnumSet.of(ErrorCode.PAYMENT_REFERENCE_CONFLICT,
            ErrorCode.REFUND_REFERENCE_CONFLICT);

    /**
     * The problem details document.
     *
     * @param type          a URI naming the problem's code
     * @param title         the status's reason phrase
     * @param status        the HTTP status
     * @param detail        what went wrong, for a developer
     * @param code          the stable error code, e.g. {@code invoice.not_found}
     * @param field         the input field at fault, if one is
     * @param rejectedValue the value refused, if one was
     */
    @Serdeable
    record Problem(URI type, String title, int status, String detail, String code, @Nullable String field,
                   @Nullable String rejectedValue) {
    }

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.status();
        Throwable cause = context.getRootCause().orElse(null);
        Problem problem;
        if (cause instanceof PortalException refused) {
            problem = new Problem(typeOf(refused.code()), status.getReason(), status.getCode(), refused.getMessage(),
                    refused.code(), refused.field().orElse(null), refused.rejectedValue().orElse(null));
        } else {
            String code = "http." + status.getReason().toLowerCase(Locale.ROOT).replace(' ', '_');
            String detail = status.getCode() >= 500 || !context.hasErrors() ? status.getReason()
                    : context.getErrors().get(0).getMessage();
            // Micronaut names a parameter as a JSON pointer ("/limit"); the portal names fields plainly ("limit")
            String field = context.hasErrors() ? context.getErrors().get(0).getPath()
                    .map(path -> path.startsWith("/") ? path.substring(1) : path).orElse(null) : null;
            problem = new Problem(typeOf(code), status.getReason(), status.getCode(), detail, code, field, null);
        }
        if (status == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.body(problem).contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE);
    }

    private static URI typeOf(String code) {
        return URI.create("urn:client-portal:problem:" + code);
    }

    /**
     * The status of a refusal: the one of its kind, except 413 for a file over the upload limit, 412 when the
     * version an {@code If-Match} named is no longer current, and 422 when an {@code Idempotency-Key} is reused for
     * another request.
     */
    private static HttpStatus statusOf(HttpRequest<?> request, PortalException exception) {
        if (exception.errorCode() == ErrorCode.FILE_TOO_LARGE) {
            return HttpStatus.REQUEST_ENTITY_TOO_LARGE;
        }
        if (STALE.contains(exception.errorCode()) && request.getHeaders().contains(HttpHeaders.IF_MATCH)) {
            return HttpStatus.PRECONDITION_FAILED;
        }
        if (KEY_REUSED.contains(exception.errorCode()) && request.getHeaders().contains(IdempotencyKeys.HEADER)) {
            return HttpStatus.UNPROCESSABLE_ENTITY;
        }
        return HttpStatus.valueOf(HttpStatuses.of(exception.kind()));
    }

    /** The portal's refusals: the status of their kind, the body from {@link Problems}. */
    @Singleton
    static final class Refusals implements ExceptionHandler<PortalException, HttpResponse<?>> {

        private final Problems problems;

        Refusals(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, PortalException exception) {
            HttpStatus status = statusOf(request, exception);
            if (status.getCode() >= 500) {
                LOG.warn("portal call failed: {}", exception.getMessage(), exception);
            }
            return problems.processResponse(ErrorContext.builder(request).cause(exception).build(),
                    HttpResponse.status(status));
        }
    }
}
