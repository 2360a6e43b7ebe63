package org.rhomboid.account.domain;

import java.time.Duration;

/**
 * How long to wait before the next sign-in attempt after failures, for one account or one source address. A few
 * mistakes cost nothing; after that each failure doubles the wait, up to a ceiling — slowing guessing to a crawl
 * without the hard lock an attacker could use to keep someone out. Failures are forgotten after a quiet spell.
 *
 * @param free       failures allowed before any wait
 * @param first      the wait after the first failure beyond {@code free}
 * @param ceiling    the longest wait
 * @param forgetAfter failures older than this (counted from the last one) no longer count
 */
public record SignInDelay(int free, Duration first, Duration ceiling, Duration forgetAfter) {

    public SignInDelay {
        if (free < 0 || first.isNegative() || ceiling.compareTo(first) < 0 || forgetAfter.isNegative()) {
            throw new IllegalArgumentException("Sign-in delays need free >= 0 and 0 <= first <= ceiling");
        }
    }

    /** The wait still to run, given the failures counted and the time since the last one. */
    public Duration remaining(int failures, Duration sinceLastFailure) {
        if (sinceLastFailure.compareTo(forgetAfter) > 0) {
            return Duration.ZERO;
        }
        Duration wait = after(failures).minus(sinceLastFailure);
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    /** The wait that the given number of failures earns, counted from the last one. */
    public Duration after(int failures) {
        int beyond = failures - free;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        // Doubling 1 s passes any sensible ceiling by the 40th step; stop there rather than overflow.
        Duration wait = first.multipliedBy(1L << Math.min(beyond - 1, 40));
        return wait.compareTo(ceiling) > 0 ? ceiling : wait;
    }

    /** Whole seconds for a Retry-After header: never zero while a wait runs. */
    public static long seconds(Duration wait) {
        return wait.isZero() ? 0 : Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
