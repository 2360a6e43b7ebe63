package org.rhomboid.patient;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.account.StaffUser;
import org.rhomboid.account.UserRepository;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.patient.domain.EmergencyReason;
import org.rhomboid.patient.domain.Restriction;
import org.rhomboid.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Restricting a record to its care team, breaking the glass in an emergency, and the administrator's report of
 * every emergency access (EMERGENCY-ACCESS). Each step is audited: the restriction with its care team, the
 * emergency access as BREAK_GLASS with its reason.
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
public class EmergencyAccess {

    private final RestrictedRecords records;
    private final PatientRepository patients;
    private final UserRepository users;
    private final AuditLog audit;

    EmergencyAccess(RestrictedRecords records, PatientRepository patients, UserRepository users, AuditLog audit) {
        this.records = records;
        this.patients = patients;
        this.users = users;
        this.audit = audit;
    }

    /**
     * Restricts the patient's record to a care team chosen among the clinic's active staff, or lifts the
     * restriction (null); returns the problems by field, empty when done.
     */
    public Map<String, String> restrict(UUID patientId, Restriction restriction, Set<UUID> team) {
        UUID clinic = ClinicScope.require();
        Patient patient = patients.find(clinic, patientId).orElseThrow(() -> new NotFoundException("Patient"));
        Set<UUID> staff = Set.copyOf(users.inClinic(clinic).stream().filter(StaffUser::active).map(StaffUser::id)
                .toList());
        Map<String, String> errors = new LinkedHashMap<>();
        if (!staff.containsAll(team)) {
            errors.put("careTeam", "Choose members of this clinic's active staff");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        records.restrict(patientId, restriction, restriction == null ? Set.of() : team, StaffPrincipal.currentUserId());
        audit.record(AuditAction.UPDATE, RestrictedRecords.RESOURCE, patient.id(), patient.id(), AuditOutcome.SUCCESS);
        return Map.of();
    }

    /** Emergency access for the signed-in user, with the reason; returns the problem, or null when granted. */
    public String breakGlass(UUID patientId, String reason) {
        UUID clinic = ClinicScope.require();
        patients.find(clinic, patientId).orElseThrow(() -> {
            audit.record(AuditAction.BREAK_GLASS, RestrictedRecords.RESOURCE, patientId, null, AuditOutcome.NOT_FOUND);
            return new NotFoundException("Patient");
        });
        String problem = EmergencyReason.problem(reason).orElse(null);
        if (problem != null) {
            return problem;
        }
        RestrictedRecords.Grant grant = records.breakGlass(patientId, reason);
        audit.recordEvent(AuditAction.BREAK_GLASS, RestrictedRecords.RESOURCE, grant.id(), grant.reason(),
                AuditOutcome.SUCCESS);
        audit.record(AuditAction.BREAK_GLASS, RestrictedRecords.RESOURCE, grant.id(), patientId, AuditOutcome.SUCCESS);
        return null;
    }

    /** What the chart's restriction form shows: the restriction, the care team and the staff to choose from. */
    public record Setting(Restriction restriction, List<UUID> careTeam, List<StaffUser> staff) {}

    /** The record's restriction, if any, for the chart's badge. */
    public java.util.Optional<Restriction> restriction(UUID patientId) {
        return records.restriction(patientId);
    }

    public Setting setting(UUID patientId) {
        return new Setting(records.restriction(patientId).orElse(null), records.careTeam(patientId),
                users.inClinic(ClinicScope.require()).stream().filter(StaffUser::active).toList());
    }

    /** The administrator's report: every emergency access, newest first, with its reason and time limit. */
    public List<RestrictedRecords.Grant> report() {
        List<RestrictedRecords.Grant> grants = records.grants(500);
        audit.recordShown(AuditAction.READ, "EmergencyAccessReport",
                grants.stream().map(RestrictedRecords.Grant::patientId).distinct().toList(), null);
        return grants;
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now();
    }
}
