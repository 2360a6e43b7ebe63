package org.rhomboid.security.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether a signed-in web session may go on. It ends when the account is deactivated or its security stamp has moved
 * on since sign-in (a role or password change), and when it is older than the absolute lifetime — however busy it
 * was, so a session left open on a shared tablet does not live for days on the idle timeout alone. A password alone
 * opens nothing while the account has a second factor (it must be given) or its clinic requires one (it must be set
 * up first); a passkey sign-in is both factors at once.
 */
public record SessionCheck(Duration maxAge) {

    public enum Verdict {
        GOES_ON, ACCOUNT_CHANGED, TOO_OLD, MUST_CHANGE_PASSWORD, MUST_GIVE_SECOND_FACTOR, MUST_SET_UP_SECOND_FACTOR
    }

    /**
     * @param stampAtSignIn the account's security stamp when this session signed in
     * @param accountNow    the account as it stands now; null when it no longer exists
     */
    public Verdict judge(int stampAtSignIn, Instant signedInAt, Standing accountNow, Instant now) {
        return judge(stampAtSignIn, signedInAt, false, accountNow, now);
    }

    /**
     * @param secondFactorGiven whether this session gave a second factor (or signed in with a passkey)
     */
    public Verdict judge(int stampAtSignIn, Instant signedInAt, boolean secondFactorGiven, Standing accountNow,
                         Instant now) {
        if (accountNow == null || !accountNow.active() || accountNow.securityStamp() != stampAtSignIn) {
            return Verdict.ACCOUNT_CHANGED;
        }
        if (signedInAt == null || Duration.between(signedInAt, now).compareTo(maxAge) > 0) {
            return Verdict.TOO_OLD;
        }
        if (accountNow.passwordChangeRequired()) {
            return Verdict.MUST_CHANGE_PASSWORD;
        }
        if (secondFactorGiven) {
            return Verdict.GOES_ON;
        }
        // Someone who set up a second factor is asked for it even where the clinic does not require one.
        if (accountNow.secondFactorSetUp()) {
            return Verdict.MUST_GIVE_SECOND_FACTOR;
        }
        return accountNow.secondFactorRequired() ? Verdict.MUST_SET_UP_SECOND_FACTOR : Verdict.GOES_ON;
    }

    /**
     * The few facts of the account the check needs.
     *
     * @param secondFactorRequired the clinic requires a second factor of every account
     * @param secondFactorSetUp    the account has an authenticator app or a passkey
     */
    public record Standing(boolean active, int securityStamp, boolean passwordChangeRequired,
                           boolean secondFactorRequired, boolean secondFactorSetUp) {

        public Standing(boolean active, int securityStamp, boolean passwordChangeRequired) {
            this(active, securityStamp, passwordChangeRequired, false, false);
        }
    }
}
