package dev.clientportal.examples.micronauthost;

import io.micronaut.runtime.Micronaut;

/** Starts the Micronaut host: the client portal as a JSON API. */
public final class MicronautHostApplication {

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
