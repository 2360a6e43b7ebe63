package org.rhomboid.fhir.practitioner;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.fhir.FhirAudit;
import org.rhomboid.fhir.FhirIds;
import org.rhomboid.fhir.FhirMeta;
import org.rhomboid.fhir.FhirPage;
import org.rhomboid.fhir.FhirReads;
import org.rhomboid.fhir.FhirProfiles;
import org.rhomboid.fhir.FhirSystems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic's clinicians (staff with the PT or PTA role) as Practitioner and PractitionerRole: only clinicians
 * treat, so the front desk, billers and an administrator without a clinical role are not practitioners. One
 * PractitionerRole per clinician, with the same id as the Practitioner (a clinician holds one role at the clinic).
 * Nothing of the account is shown but the name, the NPI, the work e-mail and whether it is active.
 */
@Component
class PractitionerRecords {

    static final String PRACTITIONER = "Practitioner";
    static final String ROLE = "PractitionerRole";

    /** NUCC Health Care Provider Taxonomy (docs/clinical-sources.md). */
    static final String NUCC = "http://nucc.org/provider-taxonomy";

    private static final String COLUMNS = "u.id, u.display_name, u.email, u.npi, u.roles, u.active";
    private static final String CLINICIAN = "u.clinic_id = :c and u.roles && array['PT','PTA']::text[]";

    private final JdbcClient jdbc;
    private final FhirReads reads;
    private final FhirAudit audit;
    private final FhirContext context;

    PractitionerRecords(JdbcClient jdbc, FhirAudit audit, FhirContext context, FhirReads reads) {
        this.reads = reads;
        this.jdbc = jdbc;
        this.audit = audit;
        this.context = context;
    }

    /** A clinic's identifier system for its staff, for clinicians without an NPI (an assistant has none). */
    static String staffSystem(UUID clinicId) {
        return "https://rhomboid.org/fhir/sid/staff/" + clinicId;
    }

    record Clinician(UUID id, String name, String email, String npi, Set<String> roles, boolean active) {
        boolean therapist() {
            return roles.contains("PT");
        }
    }

    Optional<Clinician> select(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from app_user u where " + CLINICIAN + " and u.id = :id")
                .param("c", ClinicScope.require()).param("id", id).query((rs, n) -> map(rs)).optional();
    }

    @Transactional
    public <R extends org.hl7.fhir.r4.model.Resource> R read(String type, UUID id,
                                                              java.util.function.Function<Clinician, R> as) {
        return as.apply(reads.read(type, type, id, select(id), clinician -> null));
    }

    @Transactional
    public <R extends org.hl7.fhir.r4.model.Resource> Optional<R> find(String type, String id,
                                                                        java.util.function.Function<Clinician, R> as) {
        return reads.find(type, id, this::select, clinician -> null).map(as);
    }

    /** Clinicians matching {@code _id}, {@code identifier} (NPI or staff id) and {@code name} (a word's start). */
    @Transactional
    public <R extends org.hl7.fhir.r4.model.Resource> IBundleProvider search(
            String type, TokenParam id, TokenParam identifier, StringParam name, UUID practitioner,
            java.util.function.Function<Clinician, R> as, FhirPage page, java.util.function.Consumer<List<R>> include) {
        UUID clinic = ClinicScope.require();
        Map<String, Object> params = new HashMap<>();
        params.put("c", clinic);
        List<String> where = new ArrayList<>(List.of(CLINICIAN));
        if (id != null) {
            params.put("id", FhirIds.orNull(id.getValue()));
            where.add("u.id = :id");
        }
        if (practitioner != null) {
            params.put("practitioner", practitioner);
            where.add("u.id = :practitioner");
        }
        if (identifier != null) {
            String system = identifier.getSystem();
            String value = identifier.getValue() == null ? "" : identifier.getValue().strip();
            params.put("identifier", value);
            params.put("identifierId", FhirIds.orNull(value));
            boolean npi = system == null || system.isBlank() || system.equals(FhirSystems.NPI);
            boolean staff = system == null || system.isBlank() || system.equals(staffSystem(clinic));
            where.add("(" + (npi ? "u.npi = :identifier" : "false") + " or "
                    + (staff ? "u.id = :identifierId" : "false") + ")");
        }
        if (name != null && name.getValue() != null) {
            String typed = name.getValue().strip().toLowerCase(Locale.ROOT);
            if (typed.isEmpty()) {
                throw new InvalidRequestException("name must not be empty");
            }
            params.put("name", typed);
            where.add(name.isExact() ? "u.display_name = :nameExact"
                      : "(lower(u.display_name) like replace(replace(replace(:name, '\\', '\\\\'), '%', '\\%'), '_', '\\_')"
                        + " || '%' or lower(u.display_name) like '% ' || replace(replace(replace(:name, '\\', '\\\\'),"
                        + " '%', '\\%'), '_', '\\_') || '%')");
            params.put("nameExact", name.getValue().strip());
        }
        String condition = String.join(" and ", where);
        List<R> rows = jdbc.sql("select " + COLUMNS + " from app_user u where " + condition
                        + " order by lower(u.display_name), u.id limit " + page.limit() + " offset " + page.offset())
                .params(params).query((rs, n) -> as.apply(map(rs))).list();
        IBundleProvider answer = page.answer(rows, () -> jdbc.sql("select count(*) from app_user u where " + condition)
                .params(params).query(Integer.class).single());
        List<R> shown = rows.subList(0, Math.min(rows.size(), page.count()));
        include.accept(shown);
        audit.searched(type, shown.size(), List.of());
        return answer;
    }

    Practitioner practitioner(Clinician c) {
        UUID clinic = ClinicScope.require();
        Practitioner resource = new Practitioner();
        resource.setId(c.id().toString());
        resource.getMeta().addProfile(FhirProfiles.PRACTITIONER);
        resource.setActive(c.active());
        if (c.npi() != null) {
            resource.addIdentifier().setUse(Identifier.IdentifierUse.OFFICIAL).setSystem(FhirSystems.NPI)
                    .setValue(c.npi());
        }
        resource.addIdentifier().setUse(Identifier.IdentifierUse.SECONDARY).setSystem(staffSystem(clinic))
                .setValue(c.id().toString());
        resource.addName(name(c.name()));
        resource.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(c.email())
                .setUse(ContactPoint.ContactPointUse.WORK);
        resource.addQualification().setCode(taxonomy(c));
        return FhirMeta.stampByContent(context, resource, null);
    }

    PractitionerRole role(Clinician c) {
        UUID clinic = ClinicScope.require();
        PractitionerRole resource = new PractitionerRole();
        resource.setId(c.id().toString());
        resource.getMeta().addProfile(FhirProfiles.PRACTITIONER_ROLE);
        resource.setActive(c.active());
        resource.setPractitioner(new Reference("Practitioner/" + c.id()).setDisplay(c.name()));
        resource.setOrganization(new Reference("Organization/" + clinic));
        resource.addCode(taxonomy(c));
        resource.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(c.email())
                .setUse(ContactPoint.ContactPointUse.WORK);
        return FhirMeta.stampByContent(context, resource, null);
    }

    /** Physical Therapist 225100000X; Physical Therapy Assistant 225200000X (NUCC). */
    static CodeableConcept taxonomy(Clinician c) {
        return c.therapist()
               ? new CodeableConcept().addCoding(new org.hl7.fhir.r4.model.Coding(NUCC, "225100000X",
                        "Physical Therapist")).setText("Physical therapist")
               : new CodeableConcept().addCoding(new org.hl7.fhir.r4.model.Coding(NUCC, "225200000X",
                        "Physical Therapy Assistant")).setText("Physical therapist assistant");
    }

    /**
     * The account keeps one display name: its last word is read as the family name (US Core requires one), the
     * words before it as given names, and the whole as the name's text.
     */
    static HumanName name(String display) {
        String whole = display.strip();
        int space = whole.lastIndexOf(' ');
        HumanName name = new HumanName().setUse(HumanName.NameUse.OFFICIAL).setText(whole);
        if (space < 0) {
            return name.setFamily(whole);
        }
        name.setFamily(whole.substring(space + 1));
        for (String given : whole.substring(0, space).strip().split("\\s+")) {
            name.addGiven(given);
        }
        return name;
    }

    private static Clinician map(ResultSet rs) throws SQLException {
        Array roles = rs.getArray("roles");
        String npi = rs.getString("npi");
        return new Clinician(rs.getObject("id", UUID.class), rs.getString("display_name"), rs.getString("email"),
                npi == null ? null : npi.strip(), Set.of((String[]) roles.getArray()), rs.getBoolean("active"));
    }
}
