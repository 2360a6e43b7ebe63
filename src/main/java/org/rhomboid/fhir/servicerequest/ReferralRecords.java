package org.rhomboid.fhir.servicerequest;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.fhir.FhirAudit;
import org.rhomboid.fhir.FhirDates;
import org.rhomboid.fhir.FhirIds;
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
 * The referral each episode answers, as US Core ServiceRequest: one per episode whose patient has a referring
 * provider on file (name, NPI), id the episode's; active while the episode is open, on hold or completed with it;
 * authored when the clinic opened the episode on it. Read with its own SQL (the clinic's, under RLS), audited.
 */
@Component
class ReferralRecords implements FhirReader, PatientCompartment {

    static final String TYPE = "ServiceRequest";
    static final String REFERRAL_CATEGORY = "3457005";
    static final String PHYSICAL_THERAPY = "91251008";

    private static final String SELECT = """
            select e.id, e.patient_id, e.status, e.created_at, e.body_region, p.referring_provider_name,
                   p.referring_provider_npi
              from episode e join patient p on p.clinic_id = e.clinic_id and p.id = e.patient_id
             where e.clinic_id = :c
               and (nullif(btrim(p.referring_provider_name), '') is not null or p.referring_provider_npi is not null)""";

    private final JdbcClient jdbc;
    private final FhirPatients access;
    private final FhirAudit audit;
    private final FhirContext context;
    private final ClinicDates dates;

    ReferralRecords(JdbcClient jdbc, FhirPatients access, FhirAudit audit, FhirContext context, ClinicDates dates) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.context = context;
        this.dates = dates;
    }

    private record Row(UUID id, UUID patientId, String status, OffsetDateTime createdAt, String region,
                       String provider, String npi) {}

    @Override
    public String type() {
        return TYPE;
    }

    @Transactional
    public ServiceRequest read(UUID id) {
        Row row = row(id).orElse(null);
        if (row == null) {
            audit.notFound(TYPE, id);
            throw new ResourceNotFoundException("No such referral in this clinic");
        }
        access.require(row.patientId());
        audit.read(TYPE, id, row.patientId());
        return resource(row);
    }

    @Override
    @Transactional
    public Optional<ServiceRequest> find(String id) {
        UUID uuid = FhirIds.orNull(id);
        Optional<Row> row = uuid == null ? Optional.empty() : row(uuid);
        row.ifPresent(found -> {
            access.require(found.patientId());
            audit.read(TYPE, found.id(), found.patientId());
        });
        return row.map(this::resource);
    }

    @Override
    @Transactional
    public List<ServiceRequest> everything(UUID patientId) {
        List<ServiceRequest> found = jdbc.sql(SELECT + " and e.patient_id = :p order by e.created_at, e.id")
                .param("c", ClinicScope.require()).param("p", patientId).query(ReferralRecords::map).list()
                .stream().map(this::resource).toList();
        audit.searched(TYPE, found.size(), List.of(patientId));
        return found;
    }

    @Transactional
    public IBundleProvider search(UUID patient, TokenParam id, DateRangeParam authored, TokenParam status,
                                  FhirPage page) {
        if (patient != null) {
            access.require(patient);
        }
        Map<String, Object> params = new HashMap<>(FhirPatients.visibility());
        params.put("c", ClinicScope.require());
        List<String> conditions = new ArrayList<>(List.of(FhirPatients.VISIBLE));
        if (patient != null) {
            params.put("patient", patient);
            conditions.add("e.patient_id = :patient");
        }
        if (id != null) {
            params.put("id", FhirIds.orNull(id.getValue()));
            conditions.add("e.id = :id");
        }
        if (status != null) {
            params.put("statuses", switch (status.getValue() == null ? "" : status.getValue()) {
                case "active" -> List.of("OPEN");
                case "on-hold" -> List.of("ON_HOLD");
                case "completed" -> List.of("DISCHARGED");
                default -> List.of("none");
            });
            conditions.add("e.status in (:statuses)");
        }
        conditions.add(FhirDates.condition("e.created_at", false, authored, dates.zone(), params, "authored"));
        String sql = SELECT + " and " + String.join(" and ", conditions);
        List<Row> rows = jdbc.sql(sql + " order by e.created_at, e.id limit " + page.limit() + " offset "
                + page.offset()).params(params).query(ReferralRecords::map).list();
        List<Row> shown = rows.subList(0, Math.min(rows.size(), page.count()));
        audit.searched(TYPE, shown.size(), shown.stream().map(Row::patientId).toList());
        return page.answer(rows.stream().map(this::resource).toList(),
                () -> jdbc.sql("select count(*) from (" + sql + ") s").params(params).query(Integer.class).single());
    }

    private Optional<Row> row(UUID id) {
        return jdbc.sql(SELECT + " and e.id = :id").param("c", ClinicScope.require()).param("id", id)
                .query(ReferralRecords::map).optional();
    }

    private ServiceRequest resource(Row row) {
        ServiceRequest request = new ServiceRequest();
        request.setId(row.id().toString());
        request.getMeta().addProfile(FhirProfiles.SERVICE_REQUEST);
        request.setStatus(switch (row.status()) {
            case "OPEN" -> ServiceRequest.ServiceRequestStatus.ACTIVE;
            case "ON_HOLD" -> ServiceRequest.ServiceRequestStatus.ONHOLD;
            default -> ServiceRequest.ServiceRequestStatus.COMPLETED;
        });
        request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        request.addCategory(new CodeableConcept(new Coding(FhirSystems.SNOMED, REFERRAL_CATEGORY, "Patient referral")));
        request.setCode(new CodeableConcept(new Coding(FhirSystems.SNOMED, PHYSICAL_THERAPY,
                "Physical therapy procedure")).setText("Physical therapy: " + region(row.region())));
        request.setSubject(new Reference("Patient/" + row.patientId()));
        request.setAuthoredOn(Date.from(row.createdAt().toInstant()));
        Reference requester = new Reference();
        if (row.provider() != null && !row.provider().isBlank()) {
            requester.setDisplay(row.provider());
        }
        if (row.npi() != null) {
            requester.setType("Practitioner").setIdentifier(new Identifier().setSystem(FhirSystems.NPI)
                    .setValue(row.npi().strip()));
        }
        request.setRequester(requester);
        request.addPerformer(new Reference("Organization/" + ClinicScope.require()));
        return FhirMeta.stampByContent(context, request, row.createdAt().toInstant());
    }

    private static String region(String region) {
        return switch (region) {
            case "THORACIC" -> "thoracic spine";
            case "CERVICAL" -> "cervical spine";
            default -> "lumbar spine";
        };
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getString("status"), rs.getObject("created_at", OffsetDateTime.class), rs.getString("body_region"),
                rs.getString("referring_provider_name"), rs.getString("referring_provider_npi"));
    }
}
