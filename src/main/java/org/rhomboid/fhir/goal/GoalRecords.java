package org.rhomboid.fhir.goal;

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
import org.hl7.fhir.r4.model.Goal;
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
import org.rhomboid.goal.domain.GoalStatus;
import org.rhomboid.goal.domain.Instrument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Goals of signed evaluations read for FHIR (the clinic's, under RLS), each read and search audited. */
@Component
class GoalRecords implements FhirReader, PatientCompartment {

    static final String TYPE = "Goal";

    private static final String SELECT = """
            select g.id, e.patient_id, g.created_by, g.activity, g.instrument, g.baseline, g.target, g.deadline,
                   g.participation, g.term, g.status, (g.created_at at time zone :zone)::date as start_date,
                   g.created_at""";
    private static final String FROM = " " + """
            from goal g
             join episode e on e.clinic_id = g.clinic_id and e.id = g.episode_id
             join patient p on p.clinic_id = e.clinic_id and p.id = e.patient_id
             where g.clinic_id = :c
               and exists (select 1 from evaluation v where v.clinic_id = g.clinic_id and v.episode_id = g.episode_id
                           and v.status = 'SIGNED')""";

    private final JdbcClient jdbc;
    private final FhirReads reads;
    private final FhirPatients access;
    private final FhirAudit audit;
    private final FhirIncludes includes;
    private final FhirContext context;
    private final ClinicDates dates;

    GoalRecords(JdbcClient jdbc, FhirPatients access, FhirAudit audit, FhirIncludes includes, FhirContext context,
                ClinicDates dates, FhirReads reads) {
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
    public Goal read(UUID id) {
        return reads.read(TYPE, "goal", id, select(id), GoalRecords::patientOf);
    }

    @Override
    @Transactional
    public Optional<Goal> find(String id) {
        return reads.find(TYPE, id, this::select, GoalRecords::patientOf);
    }

    @Override
    @Transactional
    public List<Goal> everything(UUID patientId) {
        List<Goal> all = jdbc.sql(SELECT + FROM + " and e.patient_id = :p order by g.created_at, g.id")
                .param("c", ClinicScope.require()).param("zone", dates.zone().getId()).param("p", patientId)
                .query(this::map).list();
        audit.searched(TYPE, all.size(), List.of(patientId));
        return all;
    }

    @Transactional
    public IBundleProvider search(GoalQuery query, Set<Include> include, FhirPage page) {
        if (query.patient() != null) {
            access.require(query.patientId());
        }
        Map<String, Object> params = new HashMap<>(FhirPatients.visibility());
        params.put("c", ClinicScope.require());
        String where = FROM + " and " + FhirPatients.VISIBLE + " and " + query.where(params, dates.zone());
        List<Goal> rows = jdbc.sql(SELECT + where + " order by g.deadline, g.created_at, g.id limit " + page.limit()
                        + " offset " + page.offset()).params(params).query(this::map).list();
        List<Goal> shown = rows.subList(0, Math.min(rows.size(), page.count()));
        includes.include(shown, include, Map.of(
                "Goal:patient", g -> List.of(((Goal) g).getSubject()),
                "Goal:subject", g -> List.of(((Goal) g).getSubject())));
        IBundleProvider answer = page.answer(rows, () -> jdbc.sql("select count(*)" + where).params(params)
                .query(Integer.class).single());
        audit.searched(TYPE, shown.size(), shown.stream().map(GoalRecords::patientOf).toList());
        return answer;
    }

    private Optional<Goal> select(UUID id) {
        return jdbc.sql(SELECT + FROM + " and g.id = :id").param("c", ClinicScope.require())
                .param("zone", dates.zone().getId()).param("id", id).query(this::map).optional();
    }

    private static UUID patientOf(Goal goal) {
        return UUID.fromString(goal.getSubject().getReferenceElement().getIdPart());
    }

    private Goal map(ResultSet rs, int row) throws SQLException {
        GoalMapping.SmartGoal goal = new GoalMapping.SmartGoal(rs.getObject("id", UUID.class),
                rs.getObject("patient_id", UUID.class), rs.getObject("created_by", UUID.class),
                rs.getString("activity"), Instrument.valueOf(rs.getString("instrument")),
                rs.getBigDecimal("baseline"), rs.getBigDecimal("target"), rs.getObject("deadline", LocalDate.class),
                rs.getString("participation"), rs.getString("term"), GoalStatus.valueOf(rs.getString("status")),
                rs.getObject("start_date", LocalDate.class));
        // A goal's content is locked at signing; only its status moves, so its version is its content.
        return FhirMeta.stampByContent(context, GoalMapping.toFhir(goal),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
