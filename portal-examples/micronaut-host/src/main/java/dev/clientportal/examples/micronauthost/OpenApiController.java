package dev.clientportal.examples.micronauthost;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /openapi.yml}: the API's OpenAPI 3.1 document, which micronaut-openapi writes from the controllers at
 * compile time ({@code openapi.properties} of the module), so it cannot drift from the code.
 */
@Controller
@Hidden
class OpenApiController {

    private static final String DOCUMENT = "META-INF/swagger/client-portal-api.yml";

    private final String document;

    OpenApiController() {
        try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is missing: micronaut-openapi writes it at compile time");
            }
            this.document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(value = "/openapi.yml", produces = "application/yaml")
    String document() {
        return document;
    }
}
