package org.rhomboid.fhir.organization;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.fhir.FhirAudit;
import org.rhomboid.fhir.FhirIds;
import org.rhomboid.fhir.FhirMeta;
import org.rhomboid.fhir.FhirPage;
import org.rhomboid.fhir.FhirProfiles;
import org.rhomboid.fhir.FhirReader;
import org.rhomboid.fhir.FhirReads;
import org.rhomboid.fhir.FhirSystems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organization (US Core): the caller's clinic (type {@code prov}, its NPI and EIN, address and phone from the clinic
 * profile) and the payers of its directory (type {@code pay}, the payer ID claims go to), each under its own row id,
 * so a Coverage's payor reads as {@code Organization/{payer id}}. Another clinic and its payers are not found.
 */
@Component
class OrganizationRecords implements FhirReader {

    static final String TYPE = "Organization";
    static final String ORGANIZATION_TYPE = "http://terminology.hl7.org/CodeSystem/organization-type";

    /** One row per organization the caller's clinic knows: itself, then its payers. */
    private static final String ORGANIZATIONS = """
            (select 'prov' as kind, c.id, c.name, c.npi, c.tax_id, c.address_line, c.city, c.state, c.postal_code,
                    c.phone, null::text as payer_code, true as active, null::timestamptz as updated_at
               from clinic c where c.id = :c
             union all
             select 'pay', p.id, p.name, null, null, nullif(p.address_line, ''), nullif(p.city, ''),
                    nullif(p.state, ''), nullif(p.postal_code, ''), nullif(p.phone, ''), p.payer_id, p.active,
                    p.updated_at
               from payer p where p.clinic_id = :c) o""";

    private final JdbcClient jdbc;
    private final FhirReads reads;
    private final FhirAudit audit;
    private final FhirContext context;

    OrganizationRecords(JdbcClient jdbc, FhirAudit audit, FhirContext context, FhirReads reads) {
        this.reads = reads;
        this.jdbc = jdbc;
        this.audit = audit;
        this.context = context;
    }

    /** The identifier system of a clinic's payer IDs (the clearinghouse's, as the clinic's directory keeps them). */
    static String payerIdSystem(UUID clinicId) {
        return "https://rhomboid.org/fhir/sid/payer-id/" + clinicId;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Transactional
    public Organization read(UUID id) {
        return reads.read(TYPE, "organization", id, select(id), o -> null);
    }

    @Override
    @Transactional
    public Optional<Organization> find(String id) {
        return reads.find(TYPE, id, this::select, o -> null);
    }

    private Optional<Organization> select(UUID id) {
        UUID clinic = ClinicScope.require();
        return jdbc.sql("select * from " + ORGANIZATIONS + " where o.id = :id").param("c", clinic).param("id", id)
                .query((rs, n) -> map(rs, clinic)).optional();
    }

    @Transactional
    public IBundleProvider search(TokenParam id, StringParam name, TokenParam identifier, TokenParam type,
                                  FhirPage page) {
        UUID clinic = ClinicScope.require();
        Map<String, Object> params = new HashMap<>();
        params.put("c", clinic);
        List<String> where = new ArrayList<>(List.of("true"));
        if (id != null) {
            params.put("id", FhirIds.orNull(id.getValue()));
            where.add("o.id = :id");
        }
        if (name != null && name.getValue() != null) {
            String typed = name.getValue().strip();
            if (typed.isEmpty()) {
                throw new InvalidRequestException("name must not be empty");
            }
            params.put("name", name.isExact() ? typed : typed.toLowerCase(Locale.ROOT));
            where.add(name.isExact() ? "o.name = :name"
                      : "(starts_with(lower(o.name), :name) or strpos(lower(o.name), ' ' || :name) > 0)");
        }
        if (identifier != null) {
            String system = identifier.getSystem() == null ? "" : identifier.getSystem();
            params.put("identifier", identifier.getValue() == null ? "" : identifier.getValue().strip()
                    .replace("-", ""));
            List<String> either = new ArrayList<>();
            if (system.isEmpty() || system.equals(FhirSystems.NPI)) {
                either.add("o.npi = :identifier");
            }
            if (system.isEmpty() || system.equals(FhirSystems.EIN)) {
                either.add("o.tax_id = :identifier");
            }
            if (system.isEmpty() || system.equals(payerIdSystem(clinic))) {
                either.add("o.payer_code = upper(:identifier)");
            }
            where.add(either.isEmpty() ? "false" : "(" + String.join(" or ", either) + ")");
        }
        if (type != null) {
            if (type.getSystem() != null && !type.getSystem().isBlank()
                    && !type.getSystem().equals(ORGANIZATION_TYPE)) {
                where.add("false");
            }
            params.put("kind", type.getValue());
            where.add("o.kind = :kind");
        }
        String condition = String.join(" and ", where);
        List<Organization> rows = jdbc.sql("select * from " + ORGANIZATIONS + " where " + condition
                        + " order by o.kind desc, lower(o.name), o.id limit " + page.limit() + " offset "
                        + page.offset())
                .params(params).query((rs, n) -> map(rs, clinic)).list();
        IBundleProvider answer = page.answer(rows, () -> jdbc.sql("select count(*) from " + ORGANIZATIONS
                + " where " + condition).params(params).query(Integer.class).single());
        audit.searched(TYPE, Math.min(rows.size(), page.count()), List.of());
        return answer;
    }

    private Organization map(ResultSet rs, UUID clinic) throws SQLException {
        boolean provider = "prov".equals(rs.getString("kind"));
        Organization resource = new Organization();
        resource.setId(rs.getObject("id", UUID.class).toString());
        resource.getMeta().addProfile(FhirProfiles.ORGANIZATION);
        resource.setActive(rs.getBoolean("active"));
        String npi = rs.getString("npi");
        if (npi != null) {
            resource.addIdentifier().setUse(Identifier.IdentifierUse.OFFICIAL).setSystem(FhirSystems.NPI)
                    .setValue(npi);
        }
        String ein = rs.getString("tax_id");
        if (ein != null) {
            resource.addIdentifier().setUse(Identifier.IdentifierUse.OFFICIAL).setSystem(FhirSystems.EIN)
                    .setType(new CodeableConcept().addCoding(new Coding(FhirSystems.V2_IDENTIFIER_TYPE, "TAX",
                            "Tax ID number")))
                    .setValue(ein.substring(0, 2) + "-" + ein.substring(2));
        }
        String payerCode = rs.getString("payer_code");
        if (payerCode != null) {
            resource.addIdentifier().setSystem(payerIdSystem(clinic)).setValue(payerCode);
        }
        resource.addType(new CodeableConcept().addCoding(provider
                ? new Coding(ORGANIZATION_TYPE, "prov", "Healthcare Provider")
                : new Coding(ORGANIZATION_TYPE, "pay", "Payer")));
        resource.setName(rs.getString("name"));
        String phone = rs.getString("phone");
        if (phone != null && !phone.isBlank()) {
            resource.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(phone)
                    .setUse(ContactPoint.ContactPointUse.WORK);
        }
        String line = rs.getString("address_line");
        String city = rs.getString("city");
        String state = rs.getString("state");
        String zip = rs.getString("postal_code");
        if (line != null || city != null || state != null || zip != null) {
            Address address = resource.addAddress().setUse(Address.AddressUse.WORK);
            if (line != null) {
                address.addLine(line);
            }
            address.setCity(city).setState(state)
                    .setPostalCode(zip != null && zip.length() == 9 ? zip.substring(0, 5) + "-" + zip.substring(5)
                                   : zip)
                    .setCountry("US");
        }
        OffsetDateTime updated = rs.getObject("updated_at", OffsetDateTime.class);
        return FhirMeta.stampByContent(context, resource, updated == null ? null : updated.toInstant());
    }
}
