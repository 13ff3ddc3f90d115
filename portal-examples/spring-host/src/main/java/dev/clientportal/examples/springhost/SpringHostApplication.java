package dev.clientportal.examples.springhost;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * The client portal as a Spring Boot web application: {@code mvn -pl portal-examples/spring-host -am
 * spring-boot:run} starts it on an H2 file database with a demo workspace.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
public class SpringHostApplication {

    /** Spring Boot creates the application. */
    SpringHostApplication() {
    }

    /**
     * Starts the portal.
     *
     * @param args Spring Boot's arguments, e.g. {@code --spring.profiles.active=postgresql}
     */
    public static void main(String[] args) {
        SpringApplication.run(SpringHostApplication.class, args);
    }
}
