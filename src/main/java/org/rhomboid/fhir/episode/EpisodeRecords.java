package org.rhomboid.fhir.episode;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Period;
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
import org.rhomboid.fhir.FhirSystems;
import org.rhomboid.fhir.PatientCompartment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Episodes of care as base R4 EpisodeOfCare (US Core has no profile): status, the patient, the clinic as managing
 * organization, the treating therapist as care manager, the period from the start of care to discharge, and the
 * type "physical therapy" (SNOMED CT 91251008, docs/clinical-sources.md). Nothing clinical (region, onset,
 * mechanism) is shown, as the front desk reads it.
 */
@Component
class EpisodeRecords implements FhirReader, PatientCompartment {

    static final String TYPE = "EpisodeOfCare";

    private static final String FROM = """
            select e.id, e.patient_id, e.status, e.treating_therapist_id, e.started_on, e.discharged_on, e.version,
                   e.updated_at
              from episode e join patient p on p.clinic_id = e.clinic_id and p.id = e.patient_id
             where e.clinic_id = :c""";

    private final JdbcClient jdbc;
    private final FhirReads reads;
    private final FhirAudit audit;
    private final FhirPatients access;

    EpisodeRecords(JdbcClient jdbc, FhirAudit audit, FhirPatients access, FhirReads reads) {
        this.reads = reads;
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Transactional
    public EpisodeOfCare read(UUID id) {
        return reads.read(TYPE, "episode of care", id, select(id), EpisodeRecords::patientOf);
    }

    @Override
    @Transactional
    public Optional<EpisodeOfCare> find(String id) {
        return reads.find(TYPE, id, this::select, EpisodeRecords::patientOf);
    }

    @Override
    @Transactional
    public List<EpisodeOfCare> everything(UUID patientId) {
        return reads.everything(TYPE, patientId, () -> {
            UUID clinic = ClinicScope.require();
            return jdbc.sql(FROM + " and e.patient_id = :patient order by e.started_on, e.id")
                    .param("c", clinic).param("patient", patientId).query((rs, n) -> map(rs, clinic)).list();
        });
    }

    private Optional<EpisodeOfCare> select(UUID id) {
        UUID clinic = ClinicScope.require();
        return jdbc.sql(FROM + " and e.id = :id").param("c", clinic).param("id", id)
                .query((rs, n) -> map(rs, clinic)).optional();
    }

    /**
     * Episodes by patient (required first when named), status, {@code date} (the period overlaps the range's days:
     * started by its end and not discharged before its start), {@code _id}; the latest start first.
     */
    @Transactional
    public IBundleProvider search(UUID patient, TokenOrListParam status, DateRangeParam date, TokenParam id,
                                  ZoneId zone, FhirPage page, Consumer<List<EpisodeOfCare>> include) {
        if (patient != null) {
            access.require(patient);
        }
        UUID clinic = ClinicScope.require();
        Map<String, Object> params = new HashMap<>(FhirPatients.visibility());
        params.put("c", clinic);
        List<String> where = new ArrayList<>(List.of(FhirPatients.VISIBLE));
        if (patient != null) {
            params.put("patient", patient);
            where.add("e.patient_id = :patient");
        }
        if (id != null) {
            params.put("id", FhirIds.orNull(id.getValue()));
            where.add("e.id = :id");
        }
        if (status != null && !status.getValuesAsQueryTokens().isEmpty()) {
            List<String> codes = new ArrayList<>();
            for (TokenParam token : status.getValuesAsQueryTokens()) {
                codes.add(switch (token.getValue()) {
                    case "active" -> "OPEN";
                    case "onhold" -> "ON_HOLD";
                    case "finished" -> "DISCHARGED";
                    case "planned", "waitlist", "cancelled", "entered-in-error" -> "NONE";
                    default -> throw new InvalidRequestException("status must be an EpisodeOfCare status code");
                });
            }
            params.put("statuses", codes);
            where.add("e.status in (:statuses)");
        }
        if (date != null && !date.isEmpty()) {
            // The period [started_on, discharged_on] overlaps the range: each bound tested against the right end.
            where.add(overlap(date, zone, params));
        }
        String condition = String.join(" and ", where);
        List<EpisodeOfCare> rows = jdbc.sql(FROM + " and " + condition + " order by e.started_on desc, e.id limit "
                        + page.limit() + " offset " + page.offset())
                .params(params).query((rs, n) -> map(rs, clinic)).list();
        IBundleProvider answer = page.answer(rows, () -> jdbc.sql("select count(*) from (" + FROM + " and "
                + condition + ") x").params(params).query(Integer.class).single());
        List<EpisodeOfCare> shown = rows.subList(0, Math.min(rows.size(), page.count()));
        audit.searched(TYPE, shown.size(), shown.stream().map(EpisodeRecords::patientOf).toList());
        include.accept(shown);
        return answer;
    }

    /**
     * A period search: {@code ge}/{@code gt} compare with the period's end (still open counts as ongoing), {@code
     * le}/{@code lt} with its start, {@code eq} asks the period to overlap the whole of the value's days.
     */
    private static String overlap(DateRangeParam date, ZoneId zone, Map<String, Object> params) {
        List<String> parts = new ArrayList<>();
        int n = 0;
        for (ca.uhn.fhir.rest.param.DateParam value : date.getValuesAsQueryTokens()) {
            DateRangeParam one = new DateRangeParam(value);
            ca.uhn.fhir.rest.param.ParamPrefixEnum prefix = value.getPrefix() == null
                    ? ca.uhn.fhir.rest.param.ParamPrefixEnum.EQUAL : value.getPrefix();
            String name = "date" + n++;
            switch (prefix) {
                case GREATERTHAN, GREATERTHAN_OR_EQUALS, STARTS_AFTER -> parts.add("(e.discharged_on is null or "
                        + FhirDates.condition("e.discharged_on", true, one, zone, params, name) + ")");
                case LESSTHAN, LESSTHAN_OR_EQUALS, ENDS_BEFORE -> parts.add(
                        FhirDates.condition("e.started_on", true, one, zone, params, name));
                default -> {
                    DateRangeParam startsBy = new DateRangeParam(new ca.uhn.fhir.rest.param.DateParam(
                            ca.uhn.fhir.rest.param.ParamPrefixEnum.LESSTHAN_OR_EQUALS, value.getValueAsString()));
                    DateRangeParam endsFrom = new DateRangeParam(new ca.uhn.fhir.rest.param.DateParam(
                            ca.uhn.fhir.rest.param.ParamPrefixEnum.GREATERTHAN_OR_EQUALS, value.getValueAsString()));
                    parts.add("(" + FhirDates.condition("e.started_on", true, startsBy, zone, params, name + "s")
                            + " and (e.discharged_on is null or " + FhirDates.condition("e.discharged_on", true,
                            endsFrom, zone, params, name + "e") + "))");
                }
            }
        }
        return parts.isEmpty() ? "true" : String.join(" and ", parts);
    }

    static UUID patientOf(EpisodeOfCare episode) {
        return UUID.fromString(episode.getPatient().getReferenceElement().getIdPart());
    }

    private static EpisodeOfCare map(ResultSet rs, UUID clinic) throws SQLException {
        EpisodeOfCare resource = new EpisodeOfCare();
        resource.setId(rs.getObject("id", UUID.class).toString());
        resource.setStatus(switch (rs.getString("status")) {
            case "OPEN" -> EpisodeOfCare.EpisodeOfCareStatus.ACTIVE;
            case "ON_HOLD" -> EpisodeOfCare.EpisodeOfCareStatus.ONHOLD;
            default -> EpisodeOfCare.EpisodeOfCareStatus.FINISHED;
        });
        resource.addType(new CodeableConcept().addCoding(new Coding(FhirSystems.SNOMED, "91251008",
                "Physical therapy procedure")).setText("Outpatient physical therapy"));
        resource.setPatient(new Reference("Patient/" + rs.getObject("patient_id", UUID.class)));
        resource.setManagingOrganization(new Reference("Organization/" + clinic));
        Period period = new Period();
        period.setStartElement(new org.hl7.fhir.r4.model.DateTimeType(
                rs.getObject("started_on", LocalDate.class).toString()));
        LocalDate discharged = rs.getObject("discharged_on", LocalDate.class);
        if (discharged != null) {
            period.setEndElement(new org.hl7.fhir.r4.model.DateTimeType(discharged.toString()));
        }
        resource.setPeriod(period);
        resource.setCareManager(new Reference("Practitioner/" + rs.getObject("treating_therapist_id", UUID.class)));
        return FhirMeta.stamp(resource, rs.getInt("version"), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
