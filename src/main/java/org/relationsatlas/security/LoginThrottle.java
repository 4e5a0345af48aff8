package org.relationsatlas.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Failed log-ins counted per user name and per client address: after too many within the window,
 * logging in with that name (or from that address) is paused for the lockout, whatever the password;
 * then it counts from zero again. Kept in memory and bounded: each count holds at most {@link #TRACKED} entries, the
 * least recently used going first.
 */
final class LoginThrottle {

    /** The most names (and, apart, addresses) whose failures are remembered. */
    static final int TRACKED = 10_000;

    /** The longest name kept as a key: longer ones are cut, so a key's size is bounded too. */
    static final int LONGEST_NAME = 100;

    private final Clock clock;
    private final Duration window;
    private final Duration lockout;
    private final Failures byName;
    private final Failures byAddress;

    LoginThrottle(Clock clock, Duration window, Duration lockout, int maxFailuresPerName, int maxFailuresPerAddress) {
        if (!window.isPositive() || !lockout.isPositive() || maxFailuresPerName < 1 || maxFailuresPerAddress < 1) {
            throw new IllegalArgumentException("atlas.login: the window and the lockout must be positive, the limits at least 1");
        }
        this.clock = clock;
        this.window = window;
        this.lockout = lockout;
        this.byName = new Failures(maxFailuresPerName);
        this.byAddress = new Failures(maxFailuresPerAddress);
    }

    Duration lockout() {
        return lockout;
    }

    /** How long logging in with this name from this address is still paused; empty when it is not. */
    Optional<Duration> pausedFor(String name, String address) {
        Instant now = clock.instant();
        Instant until = later(byName.lockedUntil(key(name), now), byAddress.lockedUntil(address, now));
        return until == null ? Optional.empty() : Optional.of(Duration.between(now, until));
    }

    /** A wrong password (or unknown name): counts against both the name and the address. */
    void failed(String name, String address) {
        Instant now = clock.instant();
        byName.count(key(name), now);
        byAddress.count(address, now);
    }

    /** The right password: the name's failures are forgiven (the address's are not, so one account cannot reset them). */
    void succeeded(String name) {
        byName.forget(key(name));
    }

    private static String key(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return key.length() > LONGEST_NAME ? key.substring(0, LONGEST_NAME) : key;
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isAfter(b) ? a : b;
    }

    /** Failures since {@code since}; {@code lockedUntil} is set once there were too many. */
    private record Count(int failures, Instant since, Instant lockedUntil) {
    }

    /** One count per key, least recently used dropped beyond {@link #TRACKED}. */
    private final class Failures {

        private final int max;
        private final Map<String, Count> counts = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
                return size() > TRACKED;
            }
        };

        Failures(int max) {
            this.max = max;
        }

        synchronized Instant lockedUntil(String key, Instant now) {
            Count count = key == null ? null : counts.get(key);
            return count != null && count.lockedUntil() != null && now.isBefore(count.lockedUntil())
                    ? count.lockedUntil() : null;
        }

        synchronized void count(String key, Instant now) {
            if (key == null) {
                return;
            }
            Count count = counts.get(key);
            boolean current = count != null && (count.lockedUntil() != null
                    ? now.isBefore(count.lockedUntil())
                    : now.isBefore(count.since().plus(window)));
            int failures = current ? count.failures() + 1 : 1;
            Instant since = current ? count.since() : now;
            Instant lockedUntil = current && count.lockedUntil() != null ? count.lockedUntil()
                    : failures >= max ? now.plus(lockout) : null;
            counts.put(key, new Count(failures, since, lockedUntil));
        }

        synchronized void forget(String key) {
            counts.remove(key);
        }

        synchronized int remembered() {
            return counts.size();
        }
    }

    /** For tests: how many names and addresses are remembered. */
    int tracked() {
        return byName.remembered() + byAddress.remembered();
    }
}
