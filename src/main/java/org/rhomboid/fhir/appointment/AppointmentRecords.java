package org.rhomboid.fhir.appointment;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.fhir.FhirAudit;
import org.rhomboid.fhir.FhirDates;
import org.rhomboid.fhir.FhirIds;
import org.rhomboid.fhir.FhirMeta;
import org.rhomboid.fhir.FhirPage;
import org.rhomboid.fhir.FhirPatients;
import org.rhomboid.fhir.FhirReader;
import org.rhomboid.fhir.FhirReads;
import org.rhomboid.fhir.PatientCompartment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schedule's appointments as base R4 Appointment: status, start and end, the kind of appointment (HL7 v2 table
 * 0276, the Rhomboid kind as text), the patient and the therapist as required, accepted participants, and the
 * episode as supporting information. The reason of a cancellation is free text and is not shown.
 */
@Component
class AppointmentRecords implements FhirReader, PatientCompartment {

    static final String TYPE = "Appointment";
    static final String APPOINTMENT_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0276";

    private static final String FROM = """
            select a.id, a.patient_id, a.episode_id, a.therapist_id, a.type, a.starts_at, a.ends_at, a.status,
                   a.booked_at
              from appointment a join patient p on p.clinic_id = a.clinic_id and p.id = a.patient_id
             where a.clinic_id = :c""";

    private final JdbcClient jdbc;
    private final FhirReads reads;
    private final FhirAudit audit;
    private final FhirPatients access;
    private final FhirContext context;

    AppointmentRecords(JdbcClient jdbc, FhirAudit audit, FhirPatients access, FhirContext context, FhirReads reads) {
        this.reads = reads;
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.context = context;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Transactional
    public Appointment read(UUID id) {
        return reads.read(TYPE, "appointment", id, select(id), AppointmentRecords::patientOf);
    }

    @Override
    @Transactional
    public Optional<Appointment> find(String id) {
        return reads.find(TYPE, id, this::select, AppointmentRecords::patientOf);
    }

    @Override
    @Transactional
    public List<Appointment> everything(UUID patientId) {
        return reads.everything(TYPE, patientId, () -> jdbc.sql(FROM
                        + " and a.patient_id = :patient order by a.starts_at, a.id")
                .param("c", ClinicScope.require()).param("patient", patientId).query((rs, n) -> map(rs)).list());
    }

    private Optional<Appointment> select(UUID id) {
        return jdbc.sql(FROM + " and a.id = :id").param("c", ClinicScope.require()).param("id", id)
                .query((rs, n) -> map(rs)).optional();
    }

    /** By patient (required first when named), practitioner, status, date (the start), _id; earliest first. */
    @Transactional
    public IBundleProvider search(UUID patient, UUID practitioner, TokenOrListParam status, DateRangeParam date,
                                  TokenParam id, ZoneId zone, FhirPage page, Consumer<List<Appointment>> include) {
        if (patient != null) {
            access.require(patient);
        }
        Map<String, Object> params = new HashMap<>(FhirPatients.visibility());
        params.put("c", ClinicScope.require());
        List<String> where = new ArrayList<>(List.of(FhirPatients.VISIBLE));
        if (patient != null) {
            params.put("patient", patient);
            where.add("a.patient_id = :patient");
        }
        if (practitioner != null) {
            params.put("practitioner", practitioner);
            where.add("a.therapist_id = :practitioner");
        }
        if (id != null) {
            params.put("id", FhirIds.orNull(id.getValue()));
            where.add("a.id = :id");
        }
        if (status != null && !status.getValuesAsQueryTokens().isEmpty()) {
            List<String> codes = new ArrayList<>();
            for (TokenParam token : status.getValuesAsQueryTokens()) {
                codes.add(switch (token.getValue()) {
                    case "booked" -> "BOOKED";
                    case "checked-in", "arrived" -> "CHECKED_IN";
                    case "fulfilled" -> "SEEN";
                    case "cancelled" -> "CANCELLED";
                    case "noshow" -> "NO_SHOW";
                    case "proposed", "pending", "entered-in-error", "waitlist" -> "NONE";
                    default -> throw new InvalidRequestException("status must be an Appointment status code");
                });
            }
            params.put("statuses", codes);
            where.add("a.status in (:statuses)");
        }
        where.add(FhirDates.condition("a.starts_at", false, date, zone, params, "date"));
        String condition = String.join(" and ", where);
        List<Appointment> rows = jdbc.sql(FROM + " and " + condition + " order by a.starts_at, a.id limit "
                        + page.limit() + " offset " + page.offset())
                .params(params).query((rs, n) -> map(rs)).list();
        IBundleProvider answer = page.answer(rows, () -> jdbc.sql("select count(*) from (" + FROM + " and "
                + condition + ") x").params(params).query(Integer.class).single());
        List<Appointment> shown = rows.subList(0, Math.min(rows.size(), page.count()));
        audit.searched(TYPE, shown.size(), shown.stream().map(AppointmentRecords::patientOf).toList());
        include.accept(shown);
        return answer;
    }

    static UUID patientOf(Appointment appointment) {
        return appointment.getParticipant().stream().map(p -> p.getActor().getReferenceElement())
                .filter(r -> "Patient".equals(r.getResourceType())).map(r -> UUID.fromString(r.getIdPart()))
                .findFirst().orElseThrow();
    }

    private Appointment map(ResultSet rs) throws SQLException {
        Appointment resource = new Appointment();
        resource.setId(rs.getObject("id", UUID.class).toString());
        resource.setStatus(switch (rs.getString("status")) {
            case "BOOKED" -> Appointment.AppointmentStatus.BOOKED;
            case "CHECKED_IN" -> Appointment.AppointmentStatus.CHECKEDIN;
            case "SEEN" -> Appointment.AppointmentStatus.FULFILLED;
            case "CANCELLED" -> Appointment.AppointmentStatus.CANCELLED;
            default -> Appointment.AppointmentStatus.NOSHOW;
        });
        String kind = rs.getString("type");
        boolean first = "INITIAL_EVALUATION".equals(kind) || "OTHER".equals(kind);
        resource.setAppointmentType(new CodeableConcept().addCoding(first
                ? new Coding(APPOINTMENT_TYPE, "ROUTINE", "Routine appointment - default if not valued")
                : new Coding(APPOINTMENT_TYPE, "FOLLOWUP", "A follow up visit from a previous appointment"))
                .setText(switch (kind) {
                    case "INITIAL_EVALUATION" -> "Initial evaluation";
                    case "TREATMENT" -> "Treatment";
                    case "RE_EVALUATION" -> "Re-evaluation";
                    case "DISCHARGE" -> "Discharge";
                    default -> "Other";
                }));
        resource.setStart(Date.from(rs.getObject("starts_at", OffsetDateTime.class).toInstant()));
        resource.setEnd(Date.from(rs.getObject("ends_at", OffsetDateTime.class).toInstant()));
        OffsetDateTime booked = rs.getObject("booked_at", OffsetDateTime.class);
        resource.setCreated(Date.from(booked.toInstant()));
        UUID episode = rs.getObject("episode_id", UUID.class);
        if (episode != null) {
            resource.addSupportingInformation(new Reference("EpisodeOfCare/" + episode));
        }
        resource.addParticipant().setActor(new Reference("Patient/" + rs.getObject("patient_id", UUID.class)))
                .setRequired(Appointment.ParticipantRequired.REQUIRED)
                .setStatus(Appointment.ParticipationStatus.ACCEPTED);
        resource.addParticipant().setActor(new Reference("Practitioner/" + rs.getObject("therapist_id", UUID.class)))
                .setRequired(Appointment.ParticipantRequired.REQUIRED)
                .setStatus(Appointment.ParticipationStatus.ACCEPTED);
        return FhirMeta.stampByContent(context, resource, null);
    }
}
