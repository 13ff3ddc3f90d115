package dev.clientportal.core.automation;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Period dates of each cadence: month ends, leap years, quarters from the 30th, and weeks across DST. */
class CadenceTest {

    @Test
    void monthlyOnThe31st_fallsOnTheLastDayOfShorterMonths_andReturnsToThe31stAfter() {
        LocalDate start = LocalDate.of(2026, 1, 31);

        assertThat(periods(Cadence.monthly(), start, 6)).containsExactly(
                LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 30));
    }

    @Test
    void monthlyOnThe31st_fallsOnThe29thOfFebruaryInALeapYear() {
        LocalDate start = LocalDate.of(2027, 12, 31);

        assertThat(periods(Cadence.monthly(), start, 4)).containsExactly(LocalDate.of(2027, 12, 31),
                LocalDate.of(2028, 1, 31), LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 31));
    }

    @Test
    void yearlyFromThe29thOfFebruary_fallsOnThe28thInOtherYears_andThe29thInTheNextLeapYear() {
        LocalDate start = LocalDate.of(2028, 2, 29);

        assertThat(periods(Cadence.yearly(), start, 5)).containsExactly(LocalDate.of(2028, 2, 29),
                LocalDate.of(2029, 2, 28), LocalDate.of(2030, 2, 28), LocalDate.of(2031, 2, 28),
                LocalDate.of(2032, 2, 29));
    }

    @Test
    void quarterlyFromNovember30_fallsOnTheLastDayOfFebruary_andKeepsThe30thAfter() {
        LocalDate start = LocalDate.of(2026, 11, 30);

        assertThat(periods(Cadence.quarterly(), start, 5)).containsExactly(LocalDate.of(2026, 11, 30),
                LocalDate.of(2027, 2, 28), LocalDate.of(2027, 5, 30), LocalDate.of(2027, 8, 30),
                LocalDate.of(2027, 11, 30));
        assertThat(Cadence.quarterly().periodDate(LocalDate.of(2027, 11, 30), 1)).as("leap year")
                .isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void everyTwoWeeksAcrossADstChange_staysOnTheSameWeekdayInCalendarDays_notIn336Hours() {
        ZoneId berlin = ZoneId.of("Europe/Berlin"); // clocks go forward on 2026-03-29 and back on 2026-10-25
        LocalDate start = LocalDate.of(2026, 3, 16);

        List<LocalDate> dates = periods(Cadence.everyWeeks(2), start, 3);
        List<LocalDate> autumn = periods(Cadence.everyWeeks(2), LocalDate.of(2026, 10, 19), 2);

        assertThat(dates).containsExactly(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 30),
                LocalDate.of(2026, 4, 13));
        assertThat(dates).allMatch(date -> date.getDayOfWeek() == DayOfWeek.MONDAY);
        assertThat(Duration.between(dates.get(0).atStartOfDay(berlin), dates.get(1).atStartOfDay(berlin)))
                .as("local midnight to local midnight is an hour short of two weeks across the change")
                .isEqualTo(Duration.ofDays(14).minusHours(1));
        assertThat(autumn).containsExactly(LocalDate.of(2026, 10, 19), LocalDate.of(2026, 11, 2));
        assertThat(Duration.between(autumn.get(0).atStartOfDay(berlin), autumn.get(1).atStartOfDay(berlin)))
                .isEqualTo(Duration.ofDays(14).plusHours(1));
    }

    @Test
    void weekly_isSevenDaysApart() {
        assertThat(periods(Cadence.weekly(), LocalDate.of(2026, 12, 28), 3)).containsExactly(
                LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 11));
    }

    @Test
    void anIntervalOutsideOneTo52_orANegativePeriod_isRefused() {
        assertThatThrownBy(() -> Cadence.everyWeeks(0)).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_VALUE));
        assertThatThrownBy(() -> new Cadence(Cadence.Unit.MONTHS, 53)).isInstanceOf(PortalException.class);
        assertThatThrownBy(() -> Cadence.monthly().periodDate(LocalDate.of(2026, 1, 1), -1))
                .isInstanceOf(PortalException.class);
    }

    private static List<LocalDate> periods(Cadence cadence, LocalDate start, int count) {
        return IntStream.range(0, count).mapToObj(index -> cadence.periodDate(start, index)).toList();
    }
}
