package org.rhomboid.fhir;

import java.util.Map;
import java.util.UUID;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.account.access.Permission;
import org.rhomboid.patient.PatientService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient a FHIR interaction is about, checked as the application checks it: in this clinic (else 404) and,
 * for a restricted record, the caller on its care team (else 403, audited as denied). Searches across patients
 * leave out the restricted records the caller may not open ({@link #VISIBLE}).
 */
@Component
public class FhirPatients {

    /**
     * SQL condition on a patient row {@code p}: not restricted, or the caller may open it (administrator, care team,
     * the therapist of one of its episodes, an unexpired emergency grant). Parameters {@code :me} and {@code :admin}
     * ({@link #visibility()}).
     */
    public static final String VISIBLE = """
            (p.restriction is null or :admin
             or exists (select 1 from patient_care_team t where t.clinic_id = p.clinic_id and t.patient_id = p.id
                        and t.user_id = :me)
             or exists (select 1 from episode e where e.clinic_id = p.clinic_id and e.patient_id = p.id
                        and e.treating_therapist_id = :me)
             or exists (select 1 from emergency_access g where g.clinic_id = p.clinic_id and g.patient_id = p.id
                        and g.user_id = :me and g.expires_at > now()))""";

    private final JdbcClient jdbc;
    private final PatientService patients;

    FhirPatients(JdbcClient jdbc, PatientService patients) {
        this.jdbc = jdbc;
        this.patients = patients;
    }

    /** The parameters of {@link #VISIBLE} for the caller. */
    public static Map<String, Object> visibility() {
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        return Map.of("me", me.userId(), "admin", me.may(Permission.ADMINISTER_CLINIC));
    }

    /**
     * A patient named in a search ({@code patient=} or {@code subject=}): 404 when not in this clinic, 403 when
     * restricted from the caller. Whether it exists is not audited here: the search's own event names it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID require(UUID patientId) {
        boolean exists = Boolean.TRUE.equals(jdbc.sql(
                        "select exists (select 1 from patient where clinic_id = :c and id = :p)")
                .param("c", org.rhomboid.clinic.ClinicScope.require()).param("p", patientId)
                .query(Boolean.class).single());
        if (!exists) {
            throw new ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException("No such patient in this clinic");
        }
        patients.requireAccess(patientId);
        return patientId;
    }
}
