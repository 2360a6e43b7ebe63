package org.rhomboid.fhir.careplan;

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
import org.hl7.fhir.r4.model.CarePlan;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Plans of care of signed evaluations read for FHIR (the clinic's, under RLS), each read and search audited. */
@Component
class CarePlanRecords implements FhirReader, PatientCompartment {

    static final String TYPE = "CarePlan";

    private static final String SELECT = """
            select pc.id, pc.episode_id, e.patient_id, e.status as episode_status, pc.start_date, pc.duration_weeks,
                   pc.frequency_per_week, pc.diagnoses, greatest(pc.updated_at, e.updated_at) as updated_at,
                   (select h.id from hep_program h where h.clinic_id = pc.clinic_id and h.episode_id = pc.episode_id
                    order by h.version desc limit 1) as program_id""";
    private static final String FROM = " " + """
            from plan_of_care pc
             join episode e on e.clinic_id = pc.clinic_id and e.id = pc.episode_id
             join patient p on p.clinic_id = e.clinic_id and p.id = e.patient_id
             where pc.clinic_id = :c
               and exists (select 1 from evaluation v where v.clinic_id = pc.clinic_id and v.episode_id = pc.episode_id
                           and v.status = 'SIGNED')""";

    private final JdbcClient jdbc;
    private final FhirReads reads;
    private final FhirPatients access;
    private final FhirAudit audit;
    private final FhirIncludes includes;
    private final FhirContext context;
    private final ClinicDates dates;

    CarePlanRecords(JdbcClient jdbc, FhirPatients access, FhirAudit audit, FhirIncludes includes, FhirContext context,
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
    public CarePlan read(UUID id) {
        return reads.read(TYPE, "care plan", id, select(id), CarePlanRecords::patientOf);
    }

    @Override
    @Transactional
    public Optional<CarePlan> find(String id) {
        return reads.find(TYPE, id, this::select, CarePlanRecords::patientOf);
    }

    @Override
    @Transactional
    public List<CarePlan> everything(UUID patientId) {
        List<CarePlan> all = jdbc.sql(SELECT + FROM + " and e.patient_id = :p order by pc.start_date, pc.id")
                .param("c", ClinicScope.require()).param("p", patientId).query(this::map).list();
        audit.searched(TYPE, all.size(), List.of(patientId));
        return all;
    }

    @Transactional
    public IBundleProvider search(CarePlanQuery query, Set<Include> include, FhirPage page) {
        if (query.patient() != null) {
            access.require(query.patientId());
        }
        Map<String, Object> params = new HashMap<>(FhirPatients.visibility());
        params.put("c", ClinicScope.require());
        String where = FROM + " and " + FhirPatients.VISIBLE + " and " + query.where(params, dates.zone());
        List<CarePlan> rows = jdbc.sql(SELECT + where + " order by pc.start_date, pc.id limit " + page.limit()
                        + " offset " + page.offset()).params(params).query(this::map).list();
        List<CarePlan> shown = rows.subList(0, Math.min(rows.size(), page.count()));
        includes.include(shown, include, Map.of(
                "CarePlan:goal", c -> ((CarePlan) c).getGoal(),
                "CarePlan:patient", c -> List.of(((CarePlan) c).getSubject()),
                "CarePlan:subject", c -> List.of(((CarePlan) c).getSubject())));
        IBundleProvider answer = page.answer(rows, () -> jdbc.sql("select count(*)" + where).params(params)
                .query(Integer.class).single());
        audit.searched(TYPE, shown.size(), shown.stream().map(CarePlanRecords::patientOf).toList());
        return answer;
    }

    private Optional<CarePlan> select(UUID id) {
        return jdbc.sql(SELECT + FROM + " and pc.id = :id").param("c", ClinicScope.require()).param("id", id)
                .query(this::map).optional();
    }

    private static UUID patientOf(CarePlan plan) {
        return UUID.fromString(plan.getSubject().getReferenceElement().getIdPart());
    }

    private CarePlan map(ResultSet rs, int row) throws SQLException {
        UUID clinic = ClinicScope.require();
        UUID episode = rs.getObject("episode_id", UUID.class);
        UUID program = rs.getObject("program_id", UUID.class);
        List<UUID> goals = jdbc.sql("select g.id from goal g where g.clinic_id = :c and g.episode_id = :e"
                + " order by g.created_at, g.id").param("c", clinic).param("e", episode).query(UUID.class).list();
        List<CarePlanMapping.Exercise> exercises = program == null ? List.of() : jdbc.sql("""
                        select exercise_code, exercise_name, sets, reps, hold_seconds, minutes, times_per_day,
                               days_per_week, instructions
                        from hep_program_exercise where clinic_id = :c and program_id = :p order by position""")
                .param("c", clinic).param("p", program)
                .query((x, n) -> new CarePlanMapping.Exercise(x.getString("exercise_code"),
                        x.getString("exercise_name"), x.getInt("sets"), (Integer) x.getObject("reps"),
                        (Integer) x.getObject("hold_seconds"), (Integer) x.getObject("minutes"),
                        x.getInt("times_per_day"), x.getInt("days_per_week"), x.getString("instructions"))).list();
        CarePlanMapping.Plan plan = new CarePlanMapping.Plan(rs.getObject("id", UUID.class),
                rs.getObject("patient_id", UUID.class), episode, rs.getString("episode_status"),
                rs.getObject("start_date", LocalDate.class), rs.getInt("duration_weeks"),
                rs.getInt("frequency_per_week"), List.of((String[]) rs.getArray("diagnoses").getArray()), goals,
                exercises);
        return FhirMeta.stampByContent(context, CarePlanMapping.toFhir(plan),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
