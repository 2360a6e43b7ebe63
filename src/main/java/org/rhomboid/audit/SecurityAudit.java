package org.rhomboid.audit;

import java.util.UUID;
import org.rhomboid.account.AccountEvent;
import org.rhomboid.account.SignInRefused;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.account.UserRepository;
import org.rhomboid.clinic.ClinicScope;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The security events of accounts and sessions, each in the trail of the account's clinic (AUDIT-EVENTS): signing
 * in, a failed or throttled sign-in of a known account (an unknown e-mail belongs to no clinic's trail), signing
 * out, a session that timed out. They happen outside any request's data transaction, so each is written in a
 * transaction of its own.
 */
@Component
class SecurityAudit {

    private final UserRepository users;
    private final JdbcClient jdbc;
    private final TransactionTemplate separately;

    SecurityAudit(UserRepository users, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.users = users;
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal staff) {
            write(staff.clinicId(), staff.userId(), staff.email(), AuditAction.SIGN_IN, AuditOutcome.SUCCESS, null);
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Object name = event.getAuthentication().getPrincipal();
        if (!(name instanceof String email) || email.isBlank()) {
            return;
        }
        refused(new SignInRefused(email, event.getException() instanceof DisabledException
                ? "account deactivated" : "wrong password"));
    }

    /** A refusal the throttle or the API's token route reports; an unknown e-mail belongs to no clinic's trail. */
    @EventListener
    void refused(SignInRefused event) {
        if (event.email() == null || event.email().isBlank()) {
            return;
        }
        users.findByEmail(event.email().strip()).ifPresent(user -> write(user.clinicId(), user.id(), user.email(),
                event.throttled() ? AuditAction.THROTTLED : AuditAction.SIGN_IN_FAILED, AuditOutcome.DENIED,
                event.throttled() ? "sign-in refused while throttled" : event.reason()));
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof StaffPrincipal staff) {
            write(staff.clinicId(), staff.userId(), staff.email(), AuditAction.SIGN_OUT, AuditOutcome.SUCCESS, null);
        }
    }

    /** A web session that sat idle past its time-out (ExpiredSessions), signed in with this e-mail. */
    void sessionTimedOut(String email) {
        users.findByEmail(email.strip()).ifPresent(user -> write(user.clinicId(), user.id(), user.email(),
                AuditAction.SESSION_EXPIRED, AuditOutcome.SUCCESS, null));
    }

    /**
     * An account event the account feature reports (a token issued or revoked, staff changed, a second factor):
     * recorded once the change commits, never for a change that rolled back.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void account(AccountEvent event) {
        write(event.clinicId(), event.actorId(), event.actorName(), AuditAction.valueOf(event.action()),
                AuditOutcome.SUCCESS, event.detail(), event.resourceType(), event.resourceId());
    }

    private void write(UUID clinic, UUID user, String username, AuditAction action, AuditOutcome outcome,
                       String detail) {
        write(clinic, user, username, action, outcome, detail, "Session", null);
    }

    private void write(UUID clinic, UUID user, String username, AuditAction action, AuditOutcome outcome,
                       String detail, String resourceType, Object resourceId) {
        ClinicScope.runAs(clinic, () -> separately.executeWithoutResult(status -> jdbc.sql("""
                insert into audit_event (clinic_id, user_id, username, action, resource_type, resource_id, channel,
                                         outcome, source_address, detail)
                values (:clinic, :user, :username, :action, :type, :resource, :channel, :outcome, :source, :detail)""")
                .param("clinic", clinic).param("user", user).param("username", username)
                .param("action", action.name()).param("type", resourceType)
                .param("resource", resourceId == null ? null : resourceId.toString())
                .param("channel", AuditLog.channelOfRequest().name()).param("outcome", outcome.name())
                .param("source", AuditLog.sourceAddress()).param("detail", detail).update()));
    }
}
