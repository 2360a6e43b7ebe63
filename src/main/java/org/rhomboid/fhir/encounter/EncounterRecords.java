package org.rhomboid.fhir.encounter;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Reference;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.fhir.FhirAudit;
import org.rhomboid.fhir.FhirIncludes;
import org.rhomboid.fhir.FhirMeta;
import org.rhomboid.fhir.FhirPage;
import org.rhomboid.fhir.FhirPatients;
import org.rhomboid.fhir.FhirReader;
import org.rhomboid.fhir.FhirReads;
import org.rhomboid.fhir.PatientCompartment;
import org.rhomboid.visit.domain.NoteKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Signed visit documents read for FHIR (the clinic's, under RLS), each read and search audited. */
@Component
class EncounterRecords implements FhirReader, PatientCompartment {

    static final String TYPE = "Encounter";

    private static final String FROM = " " + """
             from note n join patient p on p.clinic_id = n.clinic_id and p.id = n.patient_id
             where n.clinic_id = :c and n.status <> 'DRAFT'""";

    private static final String COLUMNS = "select n.id, n.patient_id, n.episode_id, n.kind, n.visit_date, n.author_id,"
            + " n.cosigned_by, n.updated_at,"
            + " (select min(s.code) from note_service s where s.clinic_id = n.clinic_id and s.note_id = n.id"
            + " and s.code in " + EncounterMapping.EVALUATION_CODES + ") as evaluation_code,"
            + " array(select jsonb_array_elements_text(n.content::jsonb -> 'diagnoses')) as diagnoses";

    private final JdbcClient jdbc;
    private final FhirReads reads;
    private final FhirPatients access;
    private final FhirAudit audit;
    private final FhirIncludes includes;
    private final FhirContext context;
    private final ClinicDates dates;

    EncounterRecords(JdbcClient jdbc, FhirPatients access, FhirAudit audit, FhirIncludes includes,
                     FhirContext context, ClinicDates dates, FhirReads reads) {
        this.reads = reads;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.includes = includes;
        this.context = context;
        this.dates = dates;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Transactional
    public Encounter read(UUID id) {
        return reads.read(TYPE, "encounter", id, select(id), EncounterRecords::patientOf);
    }

    @Override
    @Transactional
    public Optional<Encounter> find(String id) {
        return reads.find(TYPE, id, this::select, EncounterRecords::patientOf);
    }

    @Override
    @Transactional
    public List<Encounter> everything(UUID patientId) {
        UUID clinic = ClinicScope.require();
        List<Encounter> all = jdbc.sql(COLUMNS + FROM + " and n.patient_id = :p order by n.visit_date, n.id")
                .param("c", clinic).param("p", patientId).query((rs, n) -> map(rs, clinic)).list();
        audit.searched(TYPE, all.size(), List.of(patientId));
        return all;
    }

    @Transactional
    public IBundleProvider search(EncounterQuery query, Set<Include> include, FhirPage page) {
        if (query.patient() != null) {
            access.require(query.patientId());
        }
        UUID clinic = ClinicScope.require();
        Map<String, Object> params = new HashMap<>(FhirPatients.visibility());
        params.put("c", clinic);
        String where = FROM + " and " + FhirPatients.VISIBLE + " and " + query.where(params, dates.zone());
        List<Encounter> rows = jdbc.sql(COLUMNS + where + " order by " + query.order() + " limit " + page.limit()
                        + " offset " + page.offset())
                .params(params).query((rs, n) -> map(rs, clinic)).list();
        List<Encounter> shown = rows.subList(0, Math.min(rows.size(), page.count()));
        includes.include(shown, include, Map.of(
                "Encounter:patient", e -> List.of(((Encounter) e).getSubject()),
                "Encounter:subject", e -> List.of(((Encounter) e).getSubject()),
                "Encounter:reason-reference", e -> ((Encounter) e).getReasonReference(),
                "Encounter:diagnosis", e -> ((Encounter) e).getDiagnosis().stream()
                        .map(Encounter.DiagnosisComponent::getCondition).toList()));
        IBundleProvider answer = page.answer(rows, () -> jdbc.sql("select count(*)" + where).params(params)
                .query(Integer.class).single());
        audit.searched(TYPE, shown.size(), shown.stream().map(EncounterRecords::patientOf).toList());
        return answer;
    }

    private Optional<Encounter> select(UUID id) {
        UUID clinic = ClinicScope.require();
        return jdbc.sql(COLUMNS + FROM + " and n.id = :id").param("c", clinic).param("id", id)
                .query((rs, n) -> map(rs, clinic)).optional();
    }

    private static UUID patientOf(Encounter encounter) {
        Reference subject = encounter.getSubject();
        return UUID.fromString(subject.getReferenceElement().getIdPart());
    }

    private Encounter map(ResultSet rs, UUID clinic) throws SQLException {
        Array diagnoses = rs.getArray("diagnoses");
        EncounterMapping.Visit visit = new EncounterMapping.Visit(rs.getObject("id", UUID.class),
                rs.getObject("patient_id", UUID.class), rs.getObject("episode_id", UUID.class), clinic,
                NoteKind.valueOf(rs.getString("kind")), rs.getObject("visit_date", LocalDate.class),
                rs.getObject("author_id", UUID.class), rs.getObject("cosigned_by", UUID.class),
                rs.getString("evaluation_code"),
                diagnoses == null ? List.of() : List.of((String[]) diagnoses.getArray()));
        return FhirMeta.stampByContent(context, EncounterMapping.toFhir(visit),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
