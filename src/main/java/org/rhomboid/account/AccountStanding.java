package org.rhomboid.account;

/**
 * Where an account stands now, against which a signed-in session is checked on every request.
 *
 * @param securityStamp moved on by deactivation, a role change, a password change and a reset of the second factor:
 *                      a session signed in under an older stamp has ended
 * @param passwordChangeRequired the password was set by an administrator and must be replaced before anything else
 * @param secondFactorRequired   the account's clinic requires a second factor of every account
 * @param secondFactorSetUp      the account has a confirmed authenticator app or at least one passkey
 */
public record AccountStanding(boolean active, int securityStamp, boolean passwordChangeRequired,
                              boolean secondFactorRequired, boolean secondFactorSetUp) {
}
