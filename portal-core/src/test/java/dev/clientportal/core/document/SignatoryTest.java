package dev.clientportal.core.document;

import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.access.Evidence;
import dev.clientportal.core.client.ContactId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SignatoryTest {

    private static final String ACTOR = ContactPrincipal.actorOf(new ContactId(UUID.randomUUID()));

    @Test
    void aContactNoLongerOnFile_isNamedByWhatTheyTyped_neverByTheirInternalActor() {
        Evidence typed = new Evidence(ACTOR, Instant.EPOCH, "203.0.113.9", "curl", "ab12", "Ana Ruiz");
        Evidence untyped = new Evidence(ACTOR, Instant.EPOCH, "203.0.113.9", "curl", "ab12", "");

        assertThat(Signatory.client(typed, Optional.empty(), List.of()).name()).isEqualTo("Ana Ruiz");
        assertThat(Signatory.client(untyped, Optional.empty(), List.of()).name())
                .isEqualTo(Signatory.FORMER_CONTACT)
                .doesNotContain("contact:");
    }
}
