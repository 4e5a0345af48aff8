package org.relationsatlas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration LOCKOUT = Duration.ofMinutes(5);

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final HandClock clock = new HandClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, WINDOW, LOCKOUT, 5, 20);

    private void fail(int times, String name, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(name, address);
        }
    }

    @Test
    void fourFailuresLeaveLoggingInOpenAndTheFifthPausesItForTheLockout() {
        fail(4, "editor", "10.0.0.1");
        assertThat(throttle.pausedFor("editor", "10.0.0.1")).isEmpty();

        fail(1, "editor", "10.0.0.1");
        assertThat(throttle.pausedFor("editor", "10.0.0.1")).contains(LOCKOUT);
        clock.advance(Duration.ofMinutes(2));
        assertThat(throttle.pausedFor("editor", "10.0.0.1")).contains(Duration.ofMinutes(3));
    }

    @Test
    void theNameIsPausedFromEveryAddressWhateverItsCase() {
        fail(5, "Editor ", "10.0.0.1");
        assertThat(throttle.pausedFor("editor", "10.0.0.99")).isPresent();
        assertThat(throttle.pausedFor("someone-else", "10.0.0.99")).isEmpty();
    }

    @Test
    void afterTheLockoutTheNameIsOpenAgainAndCountsFromZero() {
        fail(5, "editor", "10.0.0.1");
        clock.advance(LOCKOUT);
        assertThat(throttle.pausedFor("editor", "10.0.0.1")).isEmpty();

        fail(4, "editor", "10.0.0.1");
        assertThat(throttle.pausedFor("editor", "10.0.0.1")).isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        fail(4, "editor", "10.0.0.1");
        clock.advance(Duration.ofMinutes(14));
        fail(1, "editor", "10.0.0.1");
        assertThat(throttle.pausedFor("editor", "10.0.0.1")).as("five within the window").isPresent();

        clock.advance(LOCKOUT);
        fail(4, "editor", "10.0.0.1");
        clock.advance(WINDOW);
        fail(4, "editor", "10.0.0.1");
        assertThat(throttle.pausedFor("editor", "10.0.0.1")).isEmpty();
    }

    @Test
    void oneAddressTryingManyNamesIsPausedForEveryName() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("guess-" + i, "203.0.113.7");
        }
        assertThat(throttle.pausedFor("editor", "203.0.113.7")).contains(LOCKOUT);
        assertThat(throttle.pausedFor("editor", "10.0.0.1")).isEmpty();
    }

    @Test
    void theRightPasswordForgivesTheNamesFailuresButNotTheAddresses() {
        fail(4, "editor", "10.0.0.1");
        throttle.succeeded("editor");
        fail(4, "editor", "10.0.0.1");
        assertThat(throttle.pausedFor("editor", "10.0.0.1")).isEmpty();

        // The address has failed 8 times now: 12 more from it pause it, whatever the name.
        for (int i = 0; i < 12; i++) {
            throttle.failed("other-" + i, "10.0.0.1");
            throttle.succeeded("other-" + i);
        }
        assertThat(throttle.pausedFor("editor", "10.0.0.1")).isPresent();
    }

    @Test
    void itRemembersABoundedNumberOfNamesAndAddresses() {
        for (int i = 0; i < LoginThrottle.TRACKED + 500; i++) {
            throttle.failed("name-" + i, "address-" + i);
        }
        assertThat(throttle.tracked()).isEqualTo(2 * LoginThrottle.TRACKED);
        // The most recent ones are kept.
        String recent = "name-" + (LoginThrottle.TRACKED + 499);
        fail(4, recent, "10.0.0.1");
        assertThat(throttle.pausedFor(recent, "10.0.0.2")).isPresent();
    }

    @Test
    void aVeryLongNameIsCountedByItsFirstHundredCharacters() {
        String longName = "x".repeat(LoginThrottle.LONGEST_NAME);
        fail(5, longName + "a", "10.0.0.1");
        assertThat(throttle.pausedFor(longName + "b", "10.0.0.2")).isPresent();
    }

    @Test
    void aZeroWindowLockoutOrLimitIsRefused() {
        assertThatThrownBy(() -> new LoginThrottle(clock, WINDOW, Duration.ZERO, 5, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginThrottle(clock, Duration.ZERO, LOCKOUT, 5, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginThrottle(clock, WINDOW, LOCKOUT, 0, 20)).isInstanceOf(IllegalArgumentException.class);
    }
}
