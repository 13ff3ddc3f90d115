package dev.clientportal.core.workspace;

import dev.clientportal.core.kernel.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class NumberingPatternTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    @ParameterizedTest(name = "{0} #{1} → {2}")
    @CsvSource({
            "INV-{yyyy}-{seq:5}, 42, INV-2026-00042",
            "{yy}{MM}-{seq:3}, 7, 2603-007",
            "{seq}, 12, 12",
            "F/{yyyy}/{MM}/{seq:4}, 1, F/2026/03/0001",
            "CN_{seq:2}.{yy}, 123, CN_123.26"})
    void placeholdersAreFilledFromTheIssueDateAndTheSequence(String pattern, long sequence, String number) {
        assertThat(NumberingPattern.of(pattern).format(MARCH_2, sequence)).isEqualTo(number);
    }

    @Test
    void aSequenceWiderThanItsPaddingIsNotCut() {
        assertThat(NumberingPattern.of("INV-{seq:3}").format(MARCH_2, 123456)).isEqualTo("INV-123456");
    }

    @Test
    void theScopeRestartsWheneverTheDateTextChanges() {
        NumberingPattern yearly = NumberingPattern.of("INV-{yyyy}-{seq:5}");
        assertThat(yearly.scope(MARCH_2)).isEqualTo("INV-2026-{seq}");
        assertThat(yearly.scope(LocalDate.of(2026, 12, 31))).isEqualTo(yearly.scope(MARCH_2));
        assertThat(yearly.scope(LocalDate.of(2027, 1, 1))).isNotEqualTo(yearly.scope(MARCH_2));

        NumberingPattern monthly = NumberingPattern.of("{yy}{MM}-{seq}");
        assertThat(monthly.scope(LocalDate.of(2026, 4, 1))).isNotEqualTo(monthly.scope(MARCH_2));

        NumberingPattern forever = NumberingPattern.of("DOC-{seq:6}");
        assertThat(forever.scope(LocalDate.of(2031, 7, 1))).isEqualTo(forever.scope(MARCH_2));
    }

    @ParameterizedTest(name = "\"{0}\" is rejected")
    @ValueSource(strings = {"INV-{yyyy}", "{seq}-{seq}", "INV-{year}-{seq}", "INV {seq}", "INV-{seq:0}",
            "INV-{seq:10}", "INV-{seq", "INV-}{seq}", "INV-{SEQ}", "ÜBER-{seq}",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ-ABCDEFGH-{seq}"})
    void invalidPatterns_areRejectedNamingTheRule(String pattern) {
        assertRejected(() -> NumberingPattern.of(pattern), ErrorCode.INVALID_NUMBERING_PATTERN)
                .hasMessageContaining(pattern);
    }

    @Test
    void aBlankPattern_isRequired() {
        assertRejected(() -> NumberingPattern.of(" "), ErrorCode.REQUIRED);
    }

    @Test
    void patternsAreEqualByTheirText() {
        assertThat(NumberingPattern.of("INV-{seq}")).isEqualTo(NumberingPattern.of("INV-{seq}"))
                .hasSameHashCodeAs(NumberingPattern.of("INV-{seq}")).hasToString("INV-{seq}");
    }
}
