package org.rhomboid.fhir.condition;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
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
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Reference;
import org.rhomboid.billing.domain.IcdCode;
import org.rhomboid.billing.domain.VisitLines;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.fhir.FhirAudit;
import org.rhomboid.fhir.FhirIds;
import org.rhomboid.fhir.FhirIncludes;
import org.rhomboid.fhir.FhirMeta;
import org.rhomboid.fhir.FhirPage;
import org.rhomboid.fhir.FhirPatients;
import org.rhomboid.fhir.FhirProfiles;
import org.rhomboid.fhir.FhirReader;
import org.rhomboid.fhir.FhirSystems;
import org.rhomboid.fhir.PatientCompartment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ICD-10-CM codes of signed visit documents as encounter diagnoses. A code has no row of its own: its id is
 * "{noteId}.{n}", n its place (from 1) in the note's signed diagnoses. Reads are audited under the note's id.
 */
@Component
class ConditionRecords implements FhirReader, PatientCompartment {

    static final String TYPE = "Condition";
    static final String CLINICAL_STATUS = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    static final String VERIFICATION_STATUS = "http://terminology.hl7.org/CodeSystem/condition-ver-status";

    /**
     * One diagnosis: of a signed note ("E", id "{noteId}.{n}", an encounter diagnosis) or of a signed plan of care
     * ("P", id "{planId}.p{n}", on the problem list), n its place from 1.
     */
    record Diagnosis(String source, UUID sourceId, int n) {
        static Optional<Diagnosis> of(String id) {
            if (id == null) {
                return Optional.empty();
            }
            String bare = id.substring(id.lastIndexOf('/') + 1);
            int dot = bare.lastIndexOf('.');
            UUID owner = dot < 0 ? null : FhirIds.orNull(bare.substring(0, dot));
            String n = dot < 0 ? "" : bare.substring(dot + 1);
            String source = n.startsWith("p") ? "P" : "E";
            n = n.startsWith("p") ? n.substring(1) : n;
            if (owner == null || !n.matches("[1-9][0-9]?")) {
                return Optional.empty();
            }
            return Optional.of(new Diagnosis(source, owner, Integer.parseInt(n)));
        }

        String id() {
            return sourceId + (source.equals("P") ? ".p" : ".") + n;
        }
    }

    private static final String SELECT = "select x.*";
    /** The diagnoses of signed notes and of plans of care whose evaluation is signed, as one relation {@code x}. */
    private static final String FROM = " " + """
            from (select 'E' as source, n.id as source_id, d.n, d.code, n.patient_id, n.id as encounter_id,
                         n.signed_at as recorded_at, e.onset_date, e.discharged_on, e.status as episode_status,
                         greatest(n.updated_at, e.updated_at) as updated_at, n.visit_date as sort_date
                  from note n
                  join episode e on e.clinic_id = n.clinic_id and e.id = n.episode_id
                  cross join lateral jsonb_array_elements_text(n.content::jsonb -> 'diagnoses')
                       with ordinality as d(code, n)
                  where n.clinic_id = :c and n.status <> 'DRAFT'
                  union all
                  select 'P', pc.id, d.n, d.code, e.patient_id, null::uuid, v.signed_at, e.onset_date,
                         e.discharged_on, e.status, greatest(pc.updated_at, e.updated_at), pc.start_date
                  from plan_of_care pc
                  join episode e on e.clinic_id = pc.clinic_id and e.id = pc.episode_id
                  join evaluation v on v.clinic_id = pc.clinic_id and v.episode_id = pc.episode_id
                                   and v.status = 'SIGNED'
                  cross join lateral unnest(pc.diagnoses) with ordinality as d(code, n)
                  where pc.clinic_id = :c) x
             join patient p on p.clinic_id = :c and p.id = x.patient_id
             where true""";
    private static final String ORDER = " order by x.sort_date, x.source desc, x.source_id, x.n";

    private final JdbcClient jdbc;
    private final FhirPatients access;
    private final FhirAudit audit;
    private final FhirIncludes includes;
    private final FhirContext context;
    private final ClinicDates dates;
    private final VisitLines.Rules codes;

    ConditionRecords(JdbcClient jdbc, FhirPatients access, FhirAudit audit, FhirIncludes includes,
                     FhirContext context, ClinicDates dates, VisitLines.Rules codes) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.includes = includes;
        this.context = context;
        this.dates = dates;
        this.codes = codes;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Transactional
    public Condition read(Diagnosis diagnosis) {
        Condition found = select(diagnosis).orElse(null);
        if (found == null) {
            audit.notFound(TYPE, diagnosis.sourceId());
            throw new ResourceNotFoundException("No such condition in this clinic");
        }
        UUID patient = patientOf(found);
        access.require(patient);
        audit.read(TYPE, diagnosis.sourceId(), patient);
        return found;
    }

    @Override
    @Transactional
    public Optional<Condition> find(String id) {
        Optional<Diagnosis> diagnosis = Diagnosis.of(id);
        Optional<Condition> found = diagnosis.flatMap(this::select);
        found.ifPresent(condition -> {
            access.require(patientOf(condition));
            audit.read(TYPE, diagnosis.get().sourceId(), patientOf(condition));
        });
        return found;
    }

    @Override
    @Transactional
    public List<Condition> everything(UUID patientId) {
        List<Condition> all = jdbc.sql(SELECT + FROM + " and x.patient_id = :p" + ORDER)
                .param("c", ClinicScope.require()).param("p", patientId).query(this::map).list();
        audit.searched(TYPE, all.size(), List.of(patientId));
        return all;
    }

    @Transactional
    public IBundleProvider search(ConditionQuery query, Set<Include> include, FhirPage page) {
        if (query.patient() != null) {
            access.require(query.patientId());
        }
        Map<String, Object> params = new HashMap<>(FhirPatients.visibility());
        params.put("c", ClinicScope.require());
        String where = FROM + " and " + FhirPatients.VISIBLE + " and " + query.where(params, dates.zone());
        List<Condition> rows = jdbc.sql(SELECT + where + ORDER + " limit " + page.limit()
                        + " offset " + page.offset()).params(params).query(this::map).list();
        List<Condition> shown = rows.subList(0, Math.min(rows.size(), page.count()));
        includes.include(shown, include, Map.of(
                "Condition:patient", c -> List.of(((Condition) c).getSubject()),
                "Condition:subject", c -> List.of(((Condition) c).getSubject()),
                "Condition:encounter", c -> List.of(((Condition) c).getEncounter())));
        IBundleProvider answer = page.answer(rows, () -> jdbc.sql("select count(*)" + where).params(params)
                .query(Integer.class).single());
        audit.searched(TYPE, shown.size(), shown.stream().map(ConditionRecords::patientOf).toList());
        return answer;
    }

    private Optional<Condition> select(Diagnosis diagnosis) {
        return jdbc.sql(SELECT + FROM + " and x.source = :source and x.source_id = :owner and x.n = :n")
                .param("c", ClinicScope.require()).param("source", diagnosis.source())
                .param("owner", diagnosis.sourceId()).param("n", diagnosis.n()).query(this::map).optional();
    }

    private static UUID patientOf(Condition condition) {
        return UUID.fromString(condition.getSubject().getReferenceElement().getIdPart());
    }

    private Condition map(ResultSet rs, int row) throws SQLException {
        boolean problem = rs.getString("source").equals("P");
        UUID owner = rs.getObject("source_id", UUID.class);
        String bare = IcdCode.bare(rs.getString("code"));
        LocalDate discharged = rs.getObject("discharged_on", LocalDate.class);
        Condition condition = new Condition();
        condition.setId(new Diagnosis(problem ? "P" : "E", owner, rs.getInt("n")).id());
        if (problem) {
            condition.getMeta().addProfile(FhirProfiles.CONDITION_PROBLEMS);
            condition.addCategory(new CodeableConcept(new Coding(FhirSystems.CONDITION_CATEGORY, "problem-list-item",
                    "Problem List Item")));
        } else {
            condition.getMeta().addProfile(FhirProfiles.CONDITION_ENCOUNTER_DIAGNOSIS);
            condition.addCategory(new CodeableConcept(new Coding(FhirSystems.CONDITION_CATEGORY,
                    "encounter-diagnosis", "Encounter Diagnosis")));
        }
        // Treated in this episode: active while the episode is open or on hold, resolved from its discharge.
        condition.setClinicalStatus(new CodeableConcept(discharged == null
                ? new Coding(CLINICAL_STATUS, "active", "Active")
                : new Coding(CLINICAL_STATUS, "resolved", "Resolved")));
        condition.setVerificationStatus(new CodeableConcept(new Coding(VERIFICATION_STATUS, "confirmed",
                "Confirmed")));
        String display = codes.icd().find(bare).map(IcdCode::description).orElse(null);
        condition.setCode(new CodeableConcept(new Coding(FhirSystems.ICD_10_CM, IcdCode.dotted(bare), display)));
        condition.setSubject(new Reference("Patient/" + rs.getObject("patient_id", UUID.class)));
        if (!problem) {
            condition.setEncounter(new Reference("Encounter/" + owner));
        }
        condition.setOnset(new DateTimeType(rs.getObject("onset_date", LocalDate.class).toString()));
        if (discharged != null) {
            condition.setAbatement(new DateTimeType(discharged.toString()));
        }
        OffsetDateTime recorded = rs.getObject("recorded_at", OffsetDateTime.class);
        condition.setRecordedDateElement(new DateTimeType(java.util.Date.from(recorded.toInstant()),
                ca.uhn.fhir.model.api.TemporalPrecisionEnum.SECOND, java.util.TimeZone.getTimeZone(dates.zone())));
        return FhirMeta.stampByContent(context, condition, rs.getObject("updated_at", OffsetDateTime.class)
                .toInstant());
    }
}
