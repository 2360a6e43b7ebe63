package org.rhomboid.fhir.coverage;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.TokenParam;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.fhir.FhirAudit;
import org.rhomboid.fhir.FhirIds;
import org.rhomboid.fhir.FhirMeta;
import org.rhomboid.fhir.FhirPage;
import org.rhomboid.fhir.FhirPatients;
import org.rhomboid.fhir.FhirProfiles;
import org.rhomboid.fhir.FhirReader;
import org.rhomboid.fhir.FhirReads;
import org.rhomboid.fhir.FhirSystems;
import org.rhomboid.fhir.PatientCompartment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's coverages as US Core Coverage: the member id (type MB), the payer of the clinic's directory as payor
 * ({@code Organization/{payer id}}), the payer type from its claim filing indicator (Source of Payment Typology),
 * the relationship, the days in force and the rank as order. Someone else's policy carries its holder as a contained
 * RelatedPerson (Rhomboid keeps the holder only on the coverage).
 */
@Component
class CoverageRecords implements FhirReader, PatientCompartment {

    static final String TYPE = "Coverage";
    static final String SOPT = "https://nahdo.org/sopt";
    static final String RELATIONSHIP = "http://terminology.hl7.org/CodeSystem/subscriber-relationship";
    static final String COVERAGE_CLASS = "http://terminology.hl7.org/CodeSystem/coverage-class";

    private static final String FROM = """
            select v.*, y.filing_indicator, y.name as payer_name from coverage v
              join payer y on y.clinic_id = v.clinic_id and y.id = v.payer_id
              join patient p on p.clinic_id = v.clinic_id and p.id = v.patient_id
             where v.clinic_id = :c""";

    private final JdbcClient jdbc;
    private final FhirReads reads;
    private final FhirAudit audit;
    private final FhirPatients access;
    private final FhirContext context;

    CoverageRecords(JdbcClient jdbc, FhirAudit audit, FhirPatients access, FhirContext context, FhirReads reads) {
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
    public Coverage read(UUID id) {
        return reads.read(TYPE, "coverage", id, select(id), CoverageRecords::patientOf);
    }

    @Override
    @Transactional
    public Optional<Coverage> find(String id) {
        return reads.find(TYPE, id, this::select, CoverageRecords::patientOf);
    }

    @Override
    @Transactional
    public List<Coverage> everything(UUID patientId) {
        return reads.everything(TYPE, patientId, () -> jdbc.sql(FROM
                        + " and v.patient_id = :patient order by v.first_day, v.rank, v.id")
                .param("c", ClinicScope.require()).param("patient", patientId).query((rs, n) -> map(rs)).list());
    }

    private Optional<Coverage> select(UUID id) {
        return jdbc.sql(FROM + " and v.id = :id").param("c", ClinicScope.require()).param("id", id)
                .query((rs, n) -> map(rs)).optional();
    }

    /** Coverages of the patient (required first when named), by {@code _id}; latest first, then by rank. */
    @Transactional
    public IBundleProvider search(UUID patient, TokenParam id, FhirPage page,
                                  java.util.function.Consumer<List<Coverage>> include) {
        if (patient != null) {
            access.require(patient);
        }
        Map<String, Object> params = new HashMap<>(FhirPatients.visibility());
        params.put("c", ClinicScope.require());
        List<String> where = new ArrayList<>(List.of(FhirPatients.VISIBLE));
        if (patient != null) {
            params.put("patient", patient);
            where.add("v.patient_id = :patient");
        }
        if (id != null) {
            params.put("id", FhirIds.orNull(id.getValue()));
            where.add("v.id = :id");
        }
        String condition = String.join(" and ", where);
        List<Coverage> rows = jdbc.sql(FROM + " and " + condition + " order by v.first_day desc, v.rank, v.id limit "
                        + page.limit() + " offset " + page.offset())
                .params(params).query((rs, n) -> map(rs)).list();
        IBundleProvider answer = page.answer(rows, () -> jdbc.sql("select count(*) from (" + FROM + " and "
                + condition + ") x").params(params).query(Integer.class).single());
        List<Coverage> shown = rows.subList(0, Math.min(rows.size(), page.count()));
        audit.searched(TYPE, shown.size(), shown.stream().map(CoverageRecords::patientOf).toList());
        include.accept(shown);
        return answer;
    }

    static UUID patientOf(Coverage coverage) {
        return UUID.fromString(coverage.getBeneficiary().getReferenceElement().getIdPart());
    }

    private Coverage map(ResultSet rs) throws SQLException {
        UUID patient = rs.getObject("patient_id", UUID.class);
        UUID payer = rs.getObject("payer_id", UUID.class);
        String relationship = rs.getString("relationship");
        Coverage resource = new Coverage();
        resource.setId(rs.getObject("id", UUID.class).toString());
        resource.getMeta().addProfile(FhirProfiles.COVERAGE);
        resource.addIdentifier().setUse(Identifier.IdentifierUse.USUAL)
                .setType(new CodeableConcept().addCoding(new Coding(FhirSystems.V2_IDENTIFIER_TYPE, "MB",
                        "Member Number")))
                .setValue(rs.getString("member_id"))
                .setAssigner(new Reference("Organization/" + payer));
        resource.setStatus(Coverage.CoverageStatus.ACTIVE);
        resource.setType(PayerTypes.of(rs.getString("filing_indicator")));
        resource.setSubscriberId(rs.getString("member_id"));
        resource.setBeneficiary(new Reference("Patient/" + patient));
        if ("SELF".equals(relationship)) {
            resource.setSubscriber(new Reference("Patient/" + patient));
        } else {
            RelatedPerson holder = new RelatedPerson();
            holder.setId("subscriber");
            holder.setPatient(new Reference("Patient/" + patient));
            if (!"OTHER".equals(relationship)) {
                boolean spouse = "SPOUSE".equals(relationship);
                holder.addRelationship(new CodeableConcept().addCoding(new Coding(
                        "http://terminology.hl7.org/CodeSystem/v3-RoleCode", spouse ? "SPS" : "PRN",
                        spouse ? "spouse" : "parent")));
            }
            holder.addName().setFamily(rs.getString("subscriber_family")).addGiven(rs.getString("subscriber_given"));
            LocalDate birth = rs.getObject("subscriber_birth", LocalDate.class);
            holder.setBirthDate(java.sql.Date.valueOf(birth));
            holder.setGender(AdministrativeGender.fromCode(rs.getString("subscriber_sex").toLowerCase(
                    java.util.Locale.ROOT)));
            String zip = rs.getString("subscriber_zip");
            holder.addAddress().setUse(Address.AddressUse.HOME).addLine(rs.getString("subscriber_address"))
                    .setCity(rs.getString("subscriber_city")).setState(rs.getString("subscriber_state"))
                    .setPostalCode(zip.length() == 9 ? zip.substring(0, 5) + "-" + zip.substring(5) : zip);
            resource.addContained(holder);
            resource.setSubscriber(new Reference("#subscriber"));
        }
        resource.setRelationship(new CodeableConcept().addCoding(new Coding(RELATIONSHIP, switch (relationship) {
            case "SELF" -> "self";
            case "SPOUSE" -> "spouse";
            case "CHILD" -> "child";
            default -> "other";
        }, switch (relationship) {
            case "SELF" -> "Self";
            case "SPOUSE" -> "Spouse";
            case "CHILD" -> "Child";
            default -> "Other";
        })));
        LocalDate first = rs.getObject("first_day", LocalDate.class);
        LocalDate last = rs.getObject("last_day", LocalDate.class);
        Period period = new Period();
        period.setStartElement(new org.hl7.fhir.r4.model.DateTimeType(first.toString()));
        if (last != null) {
            period.setEndElement(new org.hl7.fhir.r4.model.DateTimeType(last.toString()));
        }
        resource.setPeriod(period);
        resource.addPayor(new Reference("Organization/" + payer).setDisplay(rs.getString("payer_name")));
        String group = rs.getString("group_number");
        if (group != null) {
            resource.addClass_().setType(new CodeableConcept().addCoding(new Coding(COVERAGE_CLASS, "group",
                    "Group"))).setValue(group);
        }
        resource.setOrder(switch (rs.getString("rank")) {
            case "PRIMARY" -> 1;
            case "SECONDARY" -> 2;
            default -> 3;
        });
        return FhirMeta.stamp(resource, rs.getInt("version"), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
