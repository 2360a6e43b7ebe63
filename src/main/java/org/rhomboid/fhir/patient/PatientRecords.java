package org.rhomboid.fhir.patient;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Patient;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.fhir.FhirAudit;
import org.rhomboid.fhir.FhirIds;
import org.rhomboid.fhir.FhirReader;
import org.rhomboid.fhir.FhirReads;
import org.rhomboid.fhir.PatientCompartment;
import java.util.Optional;
import org.rhomboid.fhir.FhirMeta;
import org.rhomboid.fhir.FhirPage;
import org.rhomboid.fhir.FhirPatients;
import org.rhomboid.patient.PatientDetails;
import org.rhomboid.patient.PatientService;
import org.rhomboid.patient.domain.Payer;
import org.rhomboid.patient.domain.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Patients read for FHIR with their own read-only SQL (the clinic's, under RLS), each read and search audited. */
@Component
class PatientRecords implements FhirReader, PatientCompartment {

    static final String TYPE = "Patient";

    private static final String COLUMNS = """
            p.id, p.mrn, p.family_name, p.given_name, p.birth_date, p.sex, p.phone, p.email, p.address_line, p.city,
            p.state, p.postal_code, p.primary_payer, p.member_id, p.referring_provider_name, p.referring_provider_npi,
            p.version, p.updated_at""";

    private final JdbcClient jdbc;
    private final FhirReads reads;
    private final FhirAudit audit;
    private final PatientService patients;

    PatientRecords(JdbcClient jdbc, FhirAudit audit, PatientService patients, FhirReads reads) {
        this.reads = reads;
        this.jdbc = jdbc;
        this.audit = audit;
        this.patients = patients;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Transactional
    public Patient read(UUID id) {
        return reads.read(TYPE, "patient", id, select(id), p -> id);
    }

    /** For {@code _include}: the patient a match refers to, checked and audited like a read. */
    @Override
    @Transactional
    public Optional<Patient> find(String id) {
        UUID uuid = FhirIds.orNull(id);
        return reads.find(TYPE, uuid, uuid == null ? Optional.empty() : select(uuid), patient -> uuid);
    }

    @Override
    @Transactional
    public List<Patient> everything(UUID patientId) {
        return List.of(read(patientId));
    }

    private Optional<Patient> select(UUID id) {
        UUID clinic = ClinicScope.require();
        return jdbc.sql("select " + COLUMNS + " from patient p where p.clinic_id = :c and p.id = :id")
                .param("c", clinic).param("id", id).query((rs, n) -> map(rs, clinic)).optional();
    }

    @Transactional
    public IBundleProvider search(PatientQuery query, FhirPage page) {
        UUID clinic = ClinicScope.require();
        Map<String, Object> params = new HashMap<>(FhirPatients.visibility());
        params.put("c", clinic);
        String where = "p.clinic_id = :c and " + FhirPatients.VISIBLE + " and " + query.where(params);
        List<Patient> rows = jdbc.sql("select " + COLUMNS + " from patient p where " + where + " order by "
                        + query.order() + " limit " + page.limit() + " offset " + page.offset())
                .params(params).query((rs, n) -> map(rs, clinic)).list();
        IBundleProvider answer = page.answer(rows, () -> jdbc.sql("select count(*) from patient p where " + where)
                .params(params).query(Integer.class).single());
        List<Patient> shown = rows.subList(0, Math.min(rows.size(), page.count()));
        audit.searched(TYPE, shown.size(), shown.stream().map(p -> UUID.fromString(p.getIdPart())).toList());
        return answer;
    }

    /** A new patient sent by another system: the same checks and the same service as the registration form. */
    @Transactional
    public Patient create(PatientDetails details) {
        org.rhomboid.patient.Patient created = patients.register(details);
        return read(created.id());
    }

    private static Patient map(ResultSet rs, UUID clinic) throws SQLException {
        org.rhomboid.patient.Patient patient = new org.rhomboid.patient.Patient(rs.getObject("id", UUID.class),
                rs.getString("mrn"), rs.getString("family_name"), rs.getString("given_name"),
                rs.getObject("birth_date", LocalDate.class), Sex.valueOf(rs.getString("sex")), rs.getString("phone"),
                rs.getString("email"), rs.getString("address_line"), rs.getString("city"), rs.getString("state"),
                rs.getString("postal_code"), Payer.valueOf(rs.getString("primary_payer")), rs.getString("member_id"),
                rs.getString("referring_provider_name"), rs.getString("referring_provider_npi"),
                rs.getInt("version"));
        return FhirMeta.stamp(PatientMapping.toFhir(patient, clinic), patient.version(),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
