package org.rhomboid.fhir.condition;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
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
import org.rhomboid.fhir.FhirReads;
import org.rhomboid.fhir.FhirSystems;
import org.rhomboid.fhir.PatientCompartment;
import org.rhomboid.fhir.codesystem.RhomboidCodes;
import org.rhomboid.screening.domain.ConcernStanding;
import org.rhomboid.screening.domain.Disposition;
import org.rhomboid.screening.domain.Finding;
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
    /** US Core's own condition categories: health-concern is not in the HL7 condition-category system. */
    static final String US_CORE_CATEGORY = "http://hl7.org/fhir/us/core/CodeSystem/condition-category";

    /**
     * One condition: a diagnosis of a signed note ("E", id "{noteId}.{n}", an encounter diagnosis) or of a signed
     * plan of care ("P", id "{planId}.p{n}", on the problem list), n its place from 1; or a red-flag concern of an
     * episode's screening in force ("R", id "{episodeId}.rf{n}", a health concern), n the suspected condition's
     * place (from 1) in screening's list of conditions, so the id stays the same through re-screenings and clearance.
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
            String source = n.startsWith("rf") ? "R" : n.startsWith("p") ? "P" : "E";
            n = n.substring(switch (source) {
                case "R" -> 2;
                case "P" -> 1;
                default -> 0;
            });
            if (owner == null || !n.matches("[1-9][0-9]?")) {
                return Optional.empty();
            }
            return Optional.of(new Diagnosis(source, owner, Integer.parseInt(n)));
        }

        String id() {
            return sourceId + switch (source) {
                case "R" -> ".rf";
                case "P" -> ".p";
                default -> ".";
            } + n;
        }
    }

    private static String textArray(Enum<?>[] values) {
        return "array[" + String.join(",", java.util.Arrays.stream(values).map(v -> "'" + v.name() + "'").toList())
                + "]::text[]";
    }

    /** Screening's conditions and levels of concern in order, as SQL arrays (constants, not input). */
    private static final String CONDITIONS = textArray(org.rhomboid.screening.domain.Condition.values());
    private static final String LEVELS = textArray(Disposition.values());

    private static final String SELECT = "select x.*";
    /**
     * The diagnoses of signed notes and of plans of care whose evaluation is signed, and the red-flag concerns of
     * each episode's latest screening (open, acknowledged or cleared), as one relation {@code x}.
     */
    private static final String FROM = " " + """
            from (select 'E' as source, n.id as source_id, d.n, d.code, n.patient_id, n.id as encounter_id,
                         n.signed_at as recorded_at, e.onset_date,
                         case when e.status = 'DISCHARGED' then 'resolved' else 'active' end as clinical,
                         e.discharged_on as abated_on,
                         greatest(n.updated_at, e.updated_at) as updated_at, n.visit_date as sort_date,
                         null::text as level, null::jsonb as findings, null::text as rationale,
                         null::text as standing, null::uuid as recorder
                  from note n
                  join episode e on e.clinic_id = n.clinic_id and e.id = n.episode_id
                  cross join lateral jsonb_array_elements_text(n.content::jsonb -> 'diagnoses')
                       with ordinality as d(code, n)
                  where n.clinic_id = :c and n.status <> 'DRAFT'
                  union all
                  select 'P', pc.id, d.n, d.code, e.patient_id, null::uuid, v.signed_at, e.onset_date,
                         case when e.status = 'DISCHARGED' then 'resolved' else 'active' end, e.discharged_on,
                         greatest(pc.updated_at, e.updated_at), pc.start_date, null, null, null, null, null
                  from plan_of_care pc
                  join episode e on e.clinic_id = pc.clinic_id and e.id = pc.episode_id
                  join evaluation v on v.clinic_id = pc.clinic_id and v.episode_id = pc.episode_id
                                   and v.status = 'SIGNED'
                  cross join lateral unnest(pc.diagnoses) with ordinality as d(code, n)
                  where pc.clinic_id = :c
                  union all
                  select 'R', s.episode_id, array_position(CONDITIONS, r.condition),
                         lower(replace(r.condition, '_', '-')), e.patient_id, null::uuid, s.screened_at, null::date,
                         r.clinical, r.abated_on, greatest(s.screened_at, r.changed_at), s.screened_at::date,
                         r.level, r.findings, r.rationale, r.standing,
                         (select u.id from app_user u where u.clinic_id = :c and u.id = coalesce(r.recorder,
                                 s.screened_by) and u.roles && array['PT','PTA']::text[])
                  from (select distinct on (episode_id) id, episode_id, result, screened_at, screened_by
                          from screening where clinic_id = :c order by episode_id, screened_at desc) s
                  join episode e on e.clinic_id = :c and e.id = s.episode_id
                  cross join lateral (
                      select o ->> 'condition' as condition, o ->> 'level' as level, o -> 'findings' as findings,
                             o ->> 'rationale' as rationale,
                             case when a.acknowledged_by is null then 'OPEN'
                                  when array_position(LEVELS, o ->> 'level')
                                       >= array_position(LEVELS, 'ROUTINE_REFERRAL') then 'REFERRED'
                                  else 'MONITORED' end as standing,
                             'active' as clinical, null::date as abated_on, a.acknowledged_by as recorder,
                             a.acknowledged_at as changed_at
                      from jsonb_array_elements(s.result -> 'concerns') o
                      left join lateral (
                          select ack.acknowledged_by, ack.acknowledged_at from concern_acknowledgement ack
                           where ack.clinic_id = :c and ack.episode_id = s.episode_id
                             and ack.condition = o ->> 'condition'
                             and array_position(LEVELS, ack.level) >= array_position(LEVELS, o ->> 'level')
                           order by ack.acknowledged_at desc limit 1) a on true
                      union all
                      select k.condition, k.level, d -> 'concern' -> 'findings', d -> 'concern' ->> 'rationale',
                             'CLEARED', 'resolved', k.result_date, k.cleared_by, k.cleared_at
                      from jsonb_array_elements(coalesce(s.result -> 'cleared', '[]'::jsonb)) d
                      join concern_clearance k on k.clinic_id = :c and k.episode_id = s.episode_id
                                              and k.id = (d -> 'clearance' ->> 'id')::uuid
                      where not exists (select 1 from jsonb_array_elements(s.result -> 'concerns') still
                                         where still ->> 'condition' = d -> 'concern' ->> 'condition')) r) x
             join patient p on p.clinic_id = :c and p.id = x.patient_id
             where true""".replace("CONDITIONS", CONDITIONS).replace("LEVELS", LEVELS);
    private static final String ORDER = " order by x.sort_date, x.source desc, x.source_id, x.n";

    private final JdbcClient jdbc;
    private final FhirReads reads;
    private final FhirPatients access;
    private final FhirAudit audit;
    private final FhirIncludes includes;
    private final FhirContext context;
    private final ClinicDates dates;
    private final VisitLines.Rules codes;

    ConditionRecords(JdbcClient jdbc, FhirPatients access, FhirAudit audit, FhirIncludes includes,
                     FhirContext context, ClinicDates dates, VisitLines.Rules codes, FhirReads reads) {
        this.reads = reads;
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
        return reads.read(TYPE, "condition", diagnosis.sourceId(), select(diagnosis), ConditionRecords::patientOf);
    }

    @Override
    @Transactional
    public Optional<Condition> find(String id) {
        Optional<Diagnosis> diagnosis = Diagnosis.of(id);
        return reads.find(TYPE, diagnosis.map(Diagnosis::sourceId).orElse(null), diagnosis.flatMap(this::select),
                ConditionRecords::patientOf);
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
        String source = rs.getString("source");
        UUID owner = rs.getObject("source_id", UUID.class);
        LocalDate abated = rs.getObject("abated_on", LocalDate.class);
        boolean resolved = rs.getString("clinical").equals("resolved");
        Condition condition = new Condition();
        condition.setId(new Diagnosis(source, owner, rs.getInt("n")).id());
        switch (source) {
            case "P" -> {
                condition.getMeta().addProfile(FhirProfiles.CONDITION_PROBLEMS);
                condition.addCategory(new CodeableConcept(new Coding(FhirSystems.CONDITION_CATEGORY,
                        "problem-list-item", "Problem List Item")));
            }
            case "R" -> {
                condition.getMeta().addProfile(FhirProfiles.CONDITION_PROBLEMS);
                condition.addCategory(new CodeableConcept(new Coding(US_CORE_CATEGORY,
                        "health-concern", "Health Concern")));
            }
            default -> {
                condition.getMeta().addProfile(FhirProfiles.CONDITION_ENCOUNTER_DIAGNOSIS);
                condition.addCategory(new CodeableConcept(new Coding(FhirSystems.CONDITION_CATEGORY,
                        "encounter-diagnosis", "Encounter Diagnosis")));
            }
        }
        // A diagnosis treated in this episode: active while the episode is open or on hold, resolved from its
        // discharge. A red-flag concern: active while open, referred or monitored, resolved once cleared.
        condition.setClinicalStatus(new CodeableConcept(resolved
                ? new Coding(CLINICAL_STATUS, "resolved", "Resolved")
                : new Coding(CLINICAL_STATUS, "active", "Active")));
        condition.setSubject(new Reference("Patient/" + rs.getObject("patient_id", UUID.class)));
        if (source.equals("R")) {
            concern(condition, rs);
        } else {
            condition.setVerificationStatus(new CodeableConcept(new Coding(VERIFICATION_STATUS, "confirmed",
                    "Confirmed")));
            String bare = IcdCode.bare(rs.getString("code"));
            String display = codes.icd().find(bare).map(IcdCode::description).orElse(null);
            condition.setCode(new CodeableConcept(new Coding(FhirSystems.ICD_10_CM, IcdCode.dotted(bare),
                    display)));
            if (source.equals("E")) {
                condition.setEncounter(new Reference("Encounter/" + owner));
            }
            condition.setOnset(new DateTimeType(rs.getObject("onset_date", LocalDate.class).toString()));
        }
        if (resolved && abated != null) {
            condition.setAbatement(new DateTimeType(abated.toString()));
        }
        OffsetDateTime recorded = rs.getObject("recorded_at", OffsetDateTime.class);
        condition.setRecordedDateElement(new DateTimeType(java.util.Date.from(recorded.toInstant()),
                ca.uhn.fhir.model.api.TemporalPrecisionEnum.SECOND, java.util.TimeZone.getTimeZone(dates.zone())));
        return FhirMeta.stampByContent(context, condition, rs.getObject("updated_at", OffsetDateTime.class)
                .toInstant());
    }

    /**
     * A red-flag concern (FHIR-CONCERNS): suspected, not diagnosed (provisional); coded in Rhomboid's red-flag
     * concerns system, and in SNOMED CT where a concept was verified; the findings that raised it as evidence; its
     * level and standing, and the screen's stated reason, as a note; the therapist who acknowledged or cleared it
     * (else who screened, when a clinician) as recorder.
     */
    private void concern(Condition condition, ResultSet rs) throws SQLException {
        condition.setVerificationStatus(new CodeableConcept(new Coding(VERIFICATION_STATUS, "provisional",
                "Provisional")));
        var suspected = org.rhomboid.screening.domain.Condition.values()[rs.getInt("n") - 1];
        CodeableConcept code = new CodeableConcept().setText("Suspected " + suspected.label().toLowerCase(
                java.util.Locale.ROOT));
        RhomboidCodes.redFlagSnomed(suspected).ifPresent(code::addCoding);
        code.addCoding(new Coding(RhomboidCodes.RED_FLAGS, RhomboidCodes.redFlagCode(suspected), suspected.label()));
        condition.setCode(code);
        String findings = rs.getString("findings");
        if (findings != null) {
            for (var finding : FINDINGS.readValue(findings, Finding[].class)) {
                condition.addEvidence().addCode(new CodeableConcept().setText(finding.label()));
            }
        }
        Disposition level = Disposition.valueOf(rs.getString("level"));
        ConcernStanding standing = ConcernStanding.valueOf(rs.getString("standing"));
        String rationale = rs.getString("rationale");
        condition.addNote().setText("Red-flag screening: " + level.label().toLowerCase(java.util.Locale.ROOT)
                + "; " + standing.label().toLowerCase(java.util.Locale.ROOT) + "."
                + (rationale == null || rationale.isBlank() ? "" : " " + rationale));
        UUID recorder = rs.getObject("recorder", UUID.class);
        if (recorder != null) {
            condition.setRecorder(new Reference("Practitioner/" + recorder));
        }
    }

    private static final tools.jackson.databind.json.JsonMapper FINDINGS =
            tools.jackson.databind.json.JsonMapper.builder().build();
}
