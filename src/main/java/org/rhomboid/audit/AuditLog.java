package org.rhomboid.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
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
 * write and its audit event commit or roll back together; who, how and from where are taken from the current
 * request (the source address is the client's, as the trusted proxy reports it).
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
        write(action, resourceType, resourceId, patientId, outcome, null, null);
    }

    /**
     * An access to one patient's data with a short detail of what (e.g. which e-mail was sent, to which kind of
     * recipient): never the content itself.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String resourceType, Object resourceId, UUID patientId,
                       AuditOutcome outcome, String detail) {
        write(action, resourceType, resourceId, patientId, outcome, detail, null);
    }

    /**
     * A list or search: the patients it showed, by id (never their names or the search terms, which are patient
     * data), so the accounting of disclosures finds every list a patient appeared in.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordShown(AuditAction action, String resourceType, List<UUID> shown, String detail) {
        write(action, resourceType, shown.size() + " shown", null, AuditOutcome.SUCCESS, detail, List.copyOf(shown));
    }

    /** An event that names no patient (a setting changed, the trail viewed), with a short detail of what. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordEvent(AuditAction action, String resourceType, Object resourceId, String detail,
                            AuditOutcome outcome) {
        write(action, resourceType, resourceId, null, outcome, detail, null);
    }

    private void write(AuditAction action, String resourceType, Object resourceId, UUID patientId,
                       AuditOutcome outcome, String detail, List<UUID> shown) {
        StaffPrincipal staff = currentStaff();
        Channel channel = channel(staff);
        jdbc.sql("""
                insert into audit_event (clinic_id, user_id, username, patient_id, action, resource_type,
                                         resource_id, channel, outcome, source_address, detail, patients_shown)
                values (:clinic, :user, :username, :patient, :action, :type, :resource, :channel, :outcome,
                        :source, :detail, :shown)""")
                .param("clinic", ClinicScope.require())
                .param("user", staff == null ? null : staff.userId())
                .param("username", staff != null ? staff.email()
                        : channel == Channel.PATIENT ? PATIENT_BY_LINK : "rhomboid")
                .param("patient", patientId)
                .param("action", action.name())
                .param("type", resourceType)
                .param("resource", resourceId == null ? null : resourceId.toString())
                .param("channel", channel.name())
                .param("outcome", outcome.name())
                .param("source", sourceAddress())
                .param("detail", detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail)
                .param("shown", shown == null ? null : shown.toArray(UUID[]::new))
                .update();
    }

    /** Who the patient is in the trail when they act through their own link: the patient, not the system. */
    public static final String PATIENT_BY_LINK = "patient (by link)";

    /** The channel of the current request for events outside a patient's data: the API, the web UI, or Rhomboid. */
    static Channel channelOfRequest() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Channel.SYSTEM;
        }
        HttpServletRequest request = attributes.getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/fhir/") ? Channel.API : Channel.UI;
    }

    /** The client's address as the request (behind a trusted proxy: the proxy's report) gives it. */
    static String sourceAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String address = attributes.getRequest().getRemoteAddr();
            return address == null || address.length() > 64 ? null : address;
        }
        return null;
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
            // Without a member of staff, only a patient's own intake, measures or portal link reaches patient data.
            return path.startsWith("/intake/") || path.startsWith("/measures/") || path.startsWith("/portal/")
                   ? Channel.PATIENT : Channel.SYSTEM;
        }
        return path.startsWith("/api/") || path.startsWith("/fhir/") ? Channel.API : Channel.UI;
    }
}
