package org.rhomboid.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.clinic.ClinicScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes one audit event per access to patient data. It must run inside the caller's transaction, so a
 * write and its audit event commit or roll back together; who and how are taken from the current request.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String resourceType, Object resourceId, UUID patientId,
                       AuditOutcome outcome) {
        StaffPrincipal staff = currentStaff();
        Channel channel = channel(staff);
        jdbc.sql("""
                insert into audit_event (clinic_id, user_id, username, patient_id, action, resource_type,
                                         resource_id, channel, outcome)
                values (:clinic, :user, :username, :patient, :action, :type, :resource, :channel, :outcome)""")
                .param("clinic", ClinicScope.require())
                .param("user", staff == null ? null : staff.userId())
                .param("username", staff != null ? staff.email()
                        : channel == Channel.PATIENT ? "patient (by link)" : "rhomboid")
                .param("patient", patientId)
                .param("action", action.name())
                .param("type", resourceType)
                .param("resource", resourceId == null ? null : resourceId.toString())
                .param("channel", channel.name())
                .param("outcome", outcome.name())
                .update();
    }

    private static StaffPrincipal currentStaff() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff ? staff : null;
    }

    private static Channel channel(StaffPrincipal staff) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Channel.SYSTEM;
        }
        HttpServletRequest request = attributes.getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (staff == null) {
            // Without a member of staff, only a patient's own intake or measures link reaches patient data.
            return path.startsWith("/intake/") || path.startsWith("/measures/") ? Channel.PATIENT : Channel.SYSTEM;
        }
        return path.startsWith("/api/") ? Channel.API : Channel.UI;
    }
}
