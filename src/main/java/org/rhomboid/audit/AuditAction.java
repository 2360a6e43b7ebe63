package org.rhomboid.audit;

/**
 * What happened: an access to patient data (READ … EXPORT), or a security event of an account or a session (who
 * signed in, failed, was throttled, signed out or timed out; API tokens; second factors; emergency access).
 */
public enum AuditAction {
    READ, SEARCH, CREATE, UPDATE, DELETE, EXPORT,
    SIGN_IN, SIGN_IN_FAILED, SIGN_OUT, SESSION_EXPIRED, TOKEN_ISSUED, TOKEN_REVOKED, THROTTLED, MFA_ENROLLED,
    BREAK_GLASS
}
