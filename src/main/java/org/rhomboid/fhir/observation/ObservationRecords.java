package org.rhomboid.fhir.observation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.exam.domain.ExamForm;
import org.rhomboid.fhir.FhirAudit;
import org.rhomboid.fhir.FhirIds;
import org.rhomboid.fhir.FhirIncludes;
import org.rhomboid.fhir.FhirMeta;
import org.rhomboid.fhir.FhirPage;
import org.rhomboid.fhir.FhirPatients;
import org.rhomboid.fhir.FhirReader;
import org.rhomboid.fhir.FhirReads;
import org.rhomboid.fhir.PatientCompartment;
import org.rhomboid.fhir.observation.ObservationMapping.ExamRow;
import org.rhomboid.fhir.observation.ObservationMapping.OutcomeRow;
import org.rhomboid.outcome.domain.OutcomeInstrument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Observations read for FHIR from outcome_result (one survey Observation per result, its items and subscales
 * readable as {@code <result>.<n>}, {@code <result>.pa|w}) and from examination (one clinical result per
 * measurement, {@code <exam>.<code>}), with their own read-only SQL naming the clinic; each read and search audited.
 */
@Component
class ObservationRecords implements FhirReader, PatientCompartment {

    static final String TYPE = "Observation";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, List<String>>> FORM = new TypeReference<>() {};

    private static final String OUTCOME_SELECT = """
            select r.id, e.patient_id, r.instrument, r.responses, r.score, r.percent, r.measured_on, r.source,
                   r.recorded_by, r.recorded_at, i.id as intake_id
              from outcome_result r
              join episode e on e.clinic_id = r.clinic_id and e.id = r.episode_id
              left join intake i on i.clinic_id = r.clinic_id and i.episode_id = r.episode_id
            """;
    private static final String EXAM_SELECT = """
            select x.id, e.patient_id, x.form::text as form, x.craniovertebral_angle, x.examined_at, x.examined_by
              from examination x
              join episode e on e.clinic_id = x.clinic_id and e.id = x.episode_id
            """;

    private final JdbcClient jdbc;
    private final FhirReads reads;
    private final FhirPatients access;
    private final FhirAudit audit;
    private final FhirIncludes includes;
    private final FhirContext context;

    ObservationRecords(JdbcClient jdbc, FhirPatients access, FhirAudit audit, FhirIncludes includes,
                       FhirContext context, FhirReads reads) {
        this.reads = reads;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.includes = includes;
        this.context = context;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Transactional
    public Observation read(String id) {
        UUID row = FhirIds.orNull(id.contains(".") ? id.substring(0, id.indexOf('.')) : id);
        return reads.read(TYPE, "observation", row, locate(id), Located::patientId).observation();
    }

    @Override
    @Transactional
    public Optional<Observation> find(String id) {
        Optional<Located> found = locate(id);
        return reads.find(TYPE, found.map(Located::rowId).orElse(null), found, Located::patientId)
                .map(Located::observation);
    }

    private record Located(UUID rowId, UUID patientId, Observation observation) {}

    /** {@code <uuid>}: an outcome's total; {@code <uuid>.<n|pa|w>}: its parts; {@code <uuid>.<code>}: an exam's. */
    private Optional<Located> locate(String id) {
        int dot = id.indexOf('.');
        UUID row = FhirIds.orNull(dot < 0 ? id : id.substring(0, dot));
        if (row == null) {
            return Optional.empty();
        }
        String part = dot < 0 ? null : id.substring(dot + 1);
        UUID clinic = ClinicScope.require();
        Optional<OutcomeRow> outcome = jdbc.sql(OUTCOME_SELECT + " where r.clinic_id = :c and r.id = :id")
                .param("c", clinic).param("id", row).query(ObservationRecords::outcome).optional();
        if (outcome.isPresent()) {
            Observation observation = part == null ? ObservationMapping.total(outcome.get())
                                                   : ObservationMapping.part(outcome.get(), part);
            return Optional.ofNullable(observation).map(o -> new Located(row, outcome.get().patientId(),
                    stamp(o, outcome.get().recordedAt())));
        }
        if (part == null) {
            return Optional.empty();
        }
        return jdbc.sql(EXAM_SELECT + " where x.clinic_id = :c and x.id = :id").param("c", clinic).param("id", row)
                .query(ObservationRecords::exam).optional()
                .flatMap(exam -> ObservationMapping.exam(exam).stream().filter(o -> o.getIdPart().equals(id))
                        .findFirst().map(o -> new Located(row, exam.patientId(), stamp(o, exam.examinedAt()))));
    }

    @Transactional
    public IBundleProvider search(ObservationQuery query, Set<Include> include, FhirPage page) {
        access.require(query.patientId());
        UUID clinic = ClinicScope.require();
        Map<String, Object> params = new HashMap<>();
        params.put("c", clinic);
        params.put("p", query.patientId());
        boolean descending = query.descending();
        List<Observation> rows;
        IBundleProvider answer;
        if (query.wantsSurvey() && !query.wantsExam()) {
            // The fast path: one indexed query for the page (patient's episodes, then their results).
            String where = surveyWhere(query, params);
            rows = jdbc.sql(surveyPage(where, query.byLastUpdated(), descending, page))
                    .params(params).query(ObservationRecords::outcome).list().stream()
                    .map(r -> stamp(ObservationMapping.total(r), r.recordedAt())).toList();
            answer = page.answer(rows, () -> jdbc.sql("select count(*) from outcome_result r join episode e"
                    + " on e.clinic_id = r.clinic_id and e.id = r.episode_id" + where).params(params)
                    .query(Integer.class).single());
        } else {
            List<Observation> all = new ArrayList<>();
            if (query.wantsSurvey()) {
                all.addAll(jdbc.sql(OUTCOME_SELECT + " where r.clinic_id = :c and e.patient_id = :p and "
                                + query.surveyWhere(params)).params(params).query(ObservationRecords::outcome).list()
                        .stream().map(r -> stamp(ObservationMapping.total(r), r.recordedAt())).toList());
            }
            if (query.wantsExam()) {
                all.addAll(exams(query, params).stream().filter(query::examMatches).toList());
            }
            Comparator<Observation> byUpdated = Comparator.comparing((Observation o) -> o.getMeta().getLastUpdated())
                    .thenComparing(Resource::getIdPart);
            Comparator<Observation> byDate = query.byLastUpdated() ? byUpdated : Comparator.comparing(
                    (Observation o) -> o.getEffectiveDateTimeType().getValue()).thenComparing(byUpdated);
            all.sort(descending ? byDate.reversed() : byDate);
            rows = all.stream().skip(page.offset()).limit(page.limit()).toList();
            answer = page.answer(rows, all::size);
        }
        List<Observation> shown = rows.subList(0, Math.min(rows.size(), page.count()));
        includes.include(shown, include, Map.<String, Function<Resource, List<Reference>>>of(
                "Observation:patient", o -> List.of(((Observation) o).getSubject())));
        audit.searched(TYPE, shown.size(), shown.isEmpty() ? List.of() : List.of(query.patientId()));
        return answer;
    }

    /** The conditions of a survey search for one patient ({@code :c}, {@code :p}), its values put in params. */
    static String surveyWhere(ObservationQuery query, Map<String, Object> params) {
        return " where r.clinic_id = :c and e.patient_id = :p and " + query.surveyWhere(params);
    }

    /**
     * One page of a survey search: the patient's episodes (episode_patient_idx, clinic then patient), then their
     * results (outcome_result_episode_idx, clinic then episode) — FhirObservationPlanIT checks the plan.
     */
    static String surveyPage(String where, boolean byLastUpdated, boolean descending, FhirPage page) {
        String direction = descending ? " desc" : "";
        return OUTCOME_SELECT + where + " order by " + (byLastUpdated ? "" : "r.measured_on" + direction + ", ")
                + "r.recorded_at" + direction + ", r.id" + direction + " limit " + page.limit() + " offset "
                + page.offset();
    }

    private List<Observation> exams(ObservationQuery query, Map<String, Object> params) {
        String where = " where x.clinic_id = :c and e.patient_id = :p and "
                + org.rhomboid.fhir.FhirDates.condition("x.examined_at", false, query.date(), query.zone(), params,
                        "examdate")
                + " and " + org.rhomboid.fhir.FhirDates.condition("x.examined_at", false, query.lastUpdated(),
                        query.zone(), params, "examupdated");
        List<Observation> all = new ArrayList<>();
        for (ExamRow exam : jdbc.sql(EXAM_SELECT + where).params(params).query(ObservationRecords::exam).list()) {
            ObservationMapping.exam(exam).forEach(o -> all.add(stamp(o, exam.examinedAt())));
        }
        return all;
    }

    @Override
    @Transactional
    public List<Observation> everything(UUID patientId) {
        UUID clinic = ClinicScope.require();
        Map<String, Object> params = new HashMap<>(Map.of("c", clinic, "p", patientId));
        List<Observation> all = new ArrayList<>();
        for (OutcomeRow row : jdbc.sql(OUTCOME_SELECT + " where r.clinic_id = :c and e.patient_id = :p"
                + " order by r.measured_on, r.recorded_at, r.id").params(params).query(ObservationRecords::outcome).list()) {
            all.add(stamp(ObservationMapping.total(row), row.recordedAt()));
            ObservationMapping.parts(row).forEach(o -> all.add(stamp(o, row.recordedAt())));
        }
        all.addAll(exams(new ObservationQuery(patientId, null, null, null, null, null, null,
                java.time.ZoneOffset.UTC), params));
        audit.searched(TYPE, all.size(), all.isEmpty() ? List.of() : List.of(patientId));
        return all;
    }

    private Observation stamp(Observation observation, OffsetDateTime lastUpdated) {
        return FhirMeta.stampByContent(context, observation, lastUpdated.toInstant());
    }

    private static OutcomeRow outcome(ResultSet rs, int n) throws SQLException {
        return new OutcomeRow(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                OutcomeInstrument.valueOf(rs.getString("instrument")),
                new ArrayList<>(Arrays.asList((Integer[]) rs.getArray("responses").getArray())),
                rs.getBigDecimal("score"), rs.getBigDecimal("percent"), rs.getObject("measured_on", LocalDate.class),
                rs.getString("source"), rs.getObject("recorded_by", UUID.class),
                rs.getObject("recorded_at", OffsetDateTime.class), rs.getObject("intake_id", UUID.class));
    }

    private static ExamRow exam(ResultSet rs, int n) throws SQLException {
        ExamForm form = new ExamForm(JSON.readValue(rs.getString("form"), FORM));
        return new ExamRow(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                form.check(null).exam(), rs.getBigDecimal("craniovertebral_angle"),
                rs.getObject("examined_at", OffsetDateTime.class), rs.getObject("examined_by", UUID.class));
    }
}
