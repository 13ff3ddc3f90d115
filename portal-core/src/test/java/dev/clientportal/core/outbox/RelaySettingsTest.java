package dev.clientportal.core.outbox;

import dev.clientportal.core.kernel.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class RelaySettingsTest {

    private final RelaySettings settings = new RelaySettings("relay-1", Duration.ofMinutes(1), Duration.ofSeconds(2),
            Duration.ofSeconds(30));

    @Test
    void theWaitDoublesWithEveryFailure_upToTheLongestWait() {
        assertThat(settings.backoff(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.backoff(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(settings.backoff(4)).isEqualTo(Duration.ofSeconds(16));
        assertThat(settings.backoff(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.backoff(1_000_000)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theDefaults_giveEveryInstanceAnOwnerOfItsOwn() {
        assertThat(RelaySettings.defaults().owner()).isNotEqualTo(RelaySettings.defaults().owner());
        assertThat(RelaySettings.defaults().withOwner("host-7").owner()).isEqualTo("host-7");
    }

    @Test
    void settingsThatCannotWork_areRejected() {
        assertRejected(() -> new RelaySettings(" ", Duration.ofMinutes(1), Duration.ofSeconds(1),
                Duration.ofSeconds(1)), ErrorCode.REQUIRED);
        assertRejected(() -> new RelaySettings("r", Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1)),
                ErrorCode.INVALID_VALUE);
        assertRejected(() -> new RelaySettings("r", Duration.ofMinutes(1), Duration.ofSeconds(10),
                Duration.ofSeconds(1)), ErrorCode.INVALID_VALUE);
    }
}
