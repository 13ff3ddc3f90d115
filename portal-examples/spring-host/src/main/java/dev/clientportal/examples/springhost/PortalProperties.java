package dev.clientportal.examples.springhost;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.nio.file.Path;

/**
 * The host's own settings ({@code portal.*} in {@code application.properties}).
 *
 * @param dataDir    where the H2 database and the uploaded files live
 * @param database   which of portal-jpa's migration sets to run: {@code h2} or {@code postgresql}
 * @param baseUrl    the address clients open the portal at; sign-in links in notifications point under it
 * @param devMailbox whether notifications go to the {@code /dev/mailbox} page instead of being mailed (demo only)
 * @param seedDemo   whether an empty database gets the demo workspace on start
 */
@ConfigurationProperties("portal")
public record PortalProperties(@DefaultValue("./target/spring-host-data") Path dataDir,
                               @DefaultValue("h2") String database,
                               @DefaultValue("http://localhost:8080") URI baseUrl,
                               @DefaultValue("false") boolean devMailbox,
                               @DefaultValue("false") boolean seedDemo) {

    /**
     * The page that redeems sign-in links; the portal appends {@code ?token=…}.
     *
     * @return the absolute URL of the sign-in page
     */
    public URI signInPage() {
        return baseUrl.resolve("/sign-in");
    }
}
