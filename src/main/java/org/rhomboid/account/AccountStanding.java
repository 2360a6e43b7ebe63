package org.rhomboid.account;

/**
 * Where an account stands now, against which a signed-in session is checked on every request.
 *
 * @param securityStamp moved on by deactivation, a role change and a password change: a session signed in under an
 *                      older stamp has ended
 * @param passwordChangeRequired the password was set by an administrator and must be replaced before anything else
 */
public record AccountStanding(boolean active, int securityStamp, boolean passwordChangeRequired) {
}
