package org.rhomboid.security.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether a signed-in web session may go on. It ends when the account is deactivated or its security stamp has moved
 * on since sign-in (a role or password change), and when it is older than the absolute lifetime — however busy it
 * was, so a session left open on a shared tablet does not live for days on the idle timeout alone.
 */
public record SessionCheck(Duration maxAge) {

    public enum Verdict { GOES_ON, ACCOUNT_CHANGED, TOO_OLD, MUST_CHANGE_PASSWORD }

    /**
     * @param stampAtSignIn the account's security stamp when this session signed in
     * @param accountNow    the account as it stands now; null when it no longer exists
     */
    public Verdict judge(int stampAtSignIn, Instant signedInAt, Standing accountNow, Instant now) {
        if (accountNow == null || !accountNow.active() || accountNow.securityStamp() != stampAtSignIn) {
            return Verdict.ACCOUNT_CHANGED;
        }
        if (signedInAt == null || Duration.between(signedInAt, now).compareTo(maxAge) > 0) {
            return Verdict.TOO_OLD;
        }
        return accountNow.passwordChangeRequired() ? Verdict.MUST_CHANGE_PASSWORD : Verdict.GOES_ON;
    }

    /** The few facts of the account the check needs (plain Java, apart from the repository's type). */
    public record Standing(boolean active, int securityStamp, boolean passwordChangeRequired) {}
}
