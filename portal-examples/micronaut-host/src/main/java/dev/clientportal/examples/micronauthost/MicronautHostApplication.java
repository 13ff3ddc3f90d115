package dev.clientportal.examples.micronauthost;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** Starts the Micronaut host: the client portal as a JSON API. */
@OpenAPIDefinition(info = @Info(title = "Client Portal API", version = "0.1",
        description = "The client portal of a billing app as JSON: magic-link sign-in, the client's dashboard, "
                + "invoices, payments and PDFs, quotes, deliverable approvals, agreements, messages and files, and "
                + "the business's clients and invoices."))
@SecurityScheme(name = MicronautHostApplication.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A client's portal session token from POST /api/sign-in, or a staff token")
public final class MicronautHostApplication {

    /** The name of the bearer-token scheme in the OpenAPI document. */
    static final String BEARER = "bearer";

    private MicronautHostApplication() {
    }

    /**
     * Runs the host until the process ends.
     *
     * @param args command-line arguments, passed to Micronaut
     */
    public static void main(String[] args) {
        Micronaut.run(MicronautHostApplication.class, args);
    }
}
