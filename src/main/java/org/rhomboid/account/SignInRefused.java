package org.rhomboid.account;

/**
 * A sign-in refused outside Spring Security's own failure events — a throttled form, or the API's token route —
 * for the audit trail of the account's clinic, when the e-mail belongs to an account at all.
 *
 * @param email  the e-mail as typed
 * @param reason why, in words: "wrong password", "account deactivated", "throttled"
 */
public record SignInRefused(String email, String reason) {

    public static final String THROTTLED = "throttled";

    public boolean throttled() {
        return THROTTLED.equals(reason);
    }
}
