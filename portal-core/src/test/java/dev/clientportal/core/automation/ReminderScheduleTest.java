package dev.clientportal.core.automation;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The arithmetic of reminder steps: send times in the client's zone, quiet hours, DST, month ends and catch-up. */
class ReminderScheduleTest {

    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati"); // UTC+14
    private static final ZoneId PAGO_PAGO = ZoneId.of("Pacific/Pago_Pago");   // UTC-11
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ReminderPolicy DEFAULT = ReminderPolicy.DEFAULT;

    @Test
    void theDefaultPolicy_remindsThreeDaysBefore_onTheDay_and7_14_30DaysAfter_at9_quietFrom20To8() {
        assertThat(DEFAULT.steps()).extracting(ReminderStep::daysFromDue).containsExactly(-3, 0, 7, 14, 30);
        assertThat(DEFAULT.sendAt()).isEqualTo(LocalTime.of(9, 0));
        assertThat(DEFAULT.quietHours()).isEqualTo(QuietHours.between("20:00", "08:00"));
    }

    @Test
    void aStepGoesOutAtTheSendTimeOfTheClientsDay_inUtcPlus14_andUtcMinus11() {
        LocalDate due = LocalDate.of(2026, 3, 10);

        assertThat(DEFAULT.sendsAt(due, ReminderStep.days(0), KIRITIMATI))
                .isEqualTo(Instant.parse("2026-03-09T19:00:00Z"));
        assertThat(DEFAULT.sendsAt(due, ReminderStep.days(0), PAGO_PAGO))
                .isEqualTo(Instant.parse("2026-03-10T20:00:00Z"));
        assertThat(DEFAULT.sendsAt(due, ReminderStep.days(-3), KIRITIMATI))
                .isEqualTo(Instant.parse("2026-03-06T19:00:00Z"));
    }

    @Test
    void oneInstant_isDueForAClientInUtcPlus14_andNotYetForOneInUtcMinus11() {
        LocalDate due = LocalDate.of(2026, 3, 10);
        Instant now = Instant.parse("2026-03-10T12:00:00Z"); // 02:00 on the 11th in Kiritimati, 01:00 on the 10th in Pago Pago

        assertThat(DEFAULT.stepsDue(due, KIRITIMATI, now)).extracting(ReminderStep::daysFromDue).containsExactly(-3, 0);
        assertThat(DEFAULT.stepsDue(due, PAGO_PAGO, now)).extracting(ReminderStep::daysFromDue).containsExactly(-3);
    }

    @Test
    void aSendTimeTheSpringForwardSkips_movesOnByTheGap_andAnAmbiguousOneTakesTheEarlierOffset() {
        ReminderPolicy atHalfPastTwo = DEFAULT.withSendAt(LocalTime.of(2, 30)).withQuietHours(QuietHours.NONE);
        ReminderPolicy atHalfPastOne = DEFAULT.withSendAt(LocalTime.of(1, 30)).withQuietHours(QuietHours.NONE);

        // 2027-03-14 02:30 does not exist in New York: clocks jump from 02:00 EST to 03:00 EDT
        assertThat(atHalfPastTwo.sendsAt(LocalDate.of(2027, 3, 14), ReminderStep.days(0), NEW_YORK))
                .isEqualTo(Instant.parse("2027-03-14T07:30:00Z"));
        // 2026-11-01 01:30 happens twice in New York: the first one, still EDT (UTC-4)
        assertThat(atHalfPastOne.sendsAt(LocalDate.of(2026, 11, 1), ReminderStep.days(0), NEW_YORK))
                .isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));
        // the day after each change, 09:00 local is 13:00Z (EDT) and 14:00Z (EST)
        assertThat(DEFAULT.sendsAt(LocalDate.of(2027, 3, 14), ReminderStep.days(1), NEW_YORK))
                .isEqualTo(Instant.parse("2027-03-15T13:00:00Z"));
        assertThat(DEFAULT.sendsAt(LocalDate.of(2026, 11, 1), ReminderStep.days(1), NEW_YORK))
                .isEqualTo(Instant.parse("2026-11-02T14:00:00Z"));
    }

    @Test
    void stepsCountCalendarDays_acrossTheEndOfFebruary_inLeapAndCommonYears() {
        assertThat(DEFAULT.sendsAt(LocalDate.of(2027, 1, 31), ReminderStep.days(30), ZoneOffset.UTC))
                .isEqualTo(Instant.parse("2027-03-02T09:00:00Z"));
        assertThat(DEFAULT.sendsAt(LocalDate.of(2028, 1, 31), ReminderStep.days(30), ZoneOffset.UTC))
                .isEqualTo(Instant.parse("2028-03-01T09:00:00Z"));
        assertThat(DEFAULT.sendsAt(LocalDate.of(2028, 3, 2), ReminderStep.days(-3), ZoneOffset.UTC))
                .isEqualTo(Instant.parse("2028-02-28T09:00:00Z"));
        assertThat(DEFAULT.sendsAt(LocalDate.of(2027, 3, 2), ReminderStep.days(-3), ZoneOffset.UTC))
                .isEqualTo(Instant.parse("2027-02-27T09:00:00Z"));
    }

    @Test
    void aSendTimeInsideQuietHours_waitsForTheirEnd_thatDayOrTheNext() {
        ReminderPolicy lateEvening = DEFAULT.withSendAt(LocalTime.of(21, 0));
        ReminderPolicy lunch = DEFAULT.withSendAt(LocalTime.of(12, 30)).withQuietHours(QuietHours.between("12:00",
                "13:00"));
        ReminderPolicy earlyMorning = DEFAULT.withSendAt(LocalTime.of(6, 0));

        assertThat(lateEvening.sendsAt(LocalDate.of(2026, 3, 10), ReminderStep.days(0), ZoneOffset.UTC))
                .isEqualTo(Instant.parse("2026-03-11T08:00:00Z"));
        assertThat(lunch.sendsAt(LocalDate.of(2026, 3, 10), ReminderStep.days(0), ZoneOffset.UTC))
                .isEqualTo(Instant.parse("2026-03-10T13:00:00Z"));
        assertThat(earlyMorning.sendsAt(LocalDate.of(2026, 3, 10), ReminderStep.days(0), ZoneOffset.UTC))
                .isEqualTo(Instant.parse("2026-03-10T08:00:00Z"));
    }

    @Test
    void quietHours_spanningMidnight_includeTheirStart_andExcludeTheirEnd() {
        QuietHours night = QuietHours.between("20:00", "08:00");

        assertThat(night.contains(LocalTime.of(20, 0))).isTrue();
        assertThat(night.contains(LocalTime.of(3, 0))).isTrue();
        assertThat(night.contains(LocalTime.of(7, 59))).isTrue();
        assertThat(night.contains(LocalTime.of(8, 0))).isFalse();
        assertThat(night.contains(LocalTime.of(19, 59))).isFalse();
        assertThat(QuietHours.NONE.contains(LocalTime.MIDNIGHT)).isFalse();
        assertThat(night.firstAllowed(LocalDateTime.parse("2026-03-10T23:00")))
                .isEqualTo(LocalDateTime.parse("2026-03-11T08:00"));
        assertThat(night.firstAllowed(LocalDateTime.parse("2026-03-10T02:00")))
                .isEqualTo(LocalDateTime.parse("2026-03-10T08:00"));
    }

    @Test
    void itIsQuietForAClient_byItsOwnClock() {
        Instant now = Instant.parse("2026-03-10T08:30:00Z"); // 22:30 in Kiritimati, 21:30 the day before in Pago Pago

        assertThat(DEFAULT.isQuiet(now, KIRITIMATI)).isTrue();
        assertThat(DEFAULT.isQuiet(now, PAGO_PAGO)).isTrue();
        assertThat(DEFAULT.isQuiet(now, ZoneOffset.UTC)).isFalse();
    }

    @Test
    void afterAnOutage_onlyTheLatestDueStepIsSent_andTheEarlierMissedOnesAreSkipped() {
        ReminderFacts owed = facts(LocalDate.of(2026, 3, 1));
        Instant twentyDaysLate = Instant.parse("2026-03-21T10:00:00Z");

        ReminderPlan plan = ReminderPlan.of(owed, DEFAULT, ZoneOffset.UTC, twentyDaysLate).orElseThrow();

        assertThat(plan.step()).isEqualTo(ReminderStep.days(14));
        assertThat(plan.skipped()).extracting(ReminderStep::daysFromDue).containsExactly(-3, 0, 7);
    }

    @Test
    void stepsUpToTheLastOneLogged_areNeverDueAgain_evenIfAPolicyChangeAddedThem() {
        ReminderFacts remindedOnTheDay = facts(LocalDate.of(2026, 3, 1), ReminderStep.days(0));

        assertThat(ReminderPlan.of(remindedOnTheDay, DEFAULT, ZoneOffset.UTC, Instant.parse("2026-03-07T10:00:00Z")))
                .isEmpty();
        ReminderPlan week = ReminderPlan.of(remindedOnTheDay, DEFAULT, ZoneOffset.UTC,
                Instant.parse("2026-03-08T10:00:00Z")).orElseThrow();
        assertThat(week.step()).isEqualTo(ReminderStep.days(7));
        assertThat(week.skipped()).isEmpty();
    }

    @Test
    void aPolicyRefusesStepsOutOfOrder_twice_orNone() {
        assertFails(() -> ReminderPolicy.ofDays(7, 0));
        assertFails(() -> ReminderPolicy.ofDays(0, 0));
        assertFails(ReminderPolicy::ofDays);
        assertFails(() -> ReminderStep.days(ReminderStep.MAX_DAYS + 1));
        assertThat(ReminderPolicy.ofDays(-1, 2).steps()).extracting(ReminderStep::code).containsExactly("d-1", "d+2");
    }

    private static void assertFails(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.errorCode()).isIn(ErrorCode.INVALID_VALUE, ErrorCode.REQUIRED));
    }

    private static ReminderFacts facts(LocalDate dueDate, ReminderStep... logged) {
        return new ReminderFacts(new WorkspaceId(UUID.randomUUID()), new ClientId(UUID.randomUUID()),
                new InvoiceId(UUID.randomUUID()), dueDate, Money.of("100.00", CurrencyUnit.of("USD")), List.of(logged));
    }

}
