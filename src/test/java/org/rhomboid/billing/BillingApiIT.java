package org.rhomboid.billing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rhomboid.account.Role;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The billing API contracts, and what they say to bad input. */
@RhomboidIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BillingApiIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;

    ApiClient api;

    @BeforeAll
    void signIn() {
        api = ApiClient.signedIn(port, clinics.create("Billingsworth").user(Role.BILLER).email(), TestClinics.PASSWORD);
    }

    private JsonNode ok(String path, String body) {
        ApiClient.Response response = api.post(path, body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode problem(String path, String body, int status) {
        ApiClient.Response response = api.postAccepting(path, body, "*/*");
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception");
        return response.json();
    }

    @Test
    void unitsTheDocumentedExample() {
        JsonNode json = ok("/api/v1/billing/units",
                "{\"method\": \"CMS\", \"services\": [{\"code\": \"97110\", \"minutes\": 33}, {\"code\": \"97140\", \"minutes\": 7}]}");
        assertThat(json.toString()).isEqualTo("{\"method\":\"CMS\",\"totalTimedMinutes\":40,\"totalUnits\":3,\"lines\":["
                + "{\"code\":\"97110\",\"minutes\":33,\"units\":2},{\"code\":\"97140\",\"minutes\":7,\"units\":1}],\"notes\":[]}");
        JsonNode ama = ok("/api/v1/billing/units",
                "{\"method\": \"AMA\", \"services\": [{\"code\": \"97110\", \"minutes\": 33}, {\"code\": \"97140\", \"minutes\": 7}]}");
        assertThat(ama.get("totalUnits").asInt()).isEqualTo(2);
    }

    @Test
    void unitsBadInput() {
        assertThat(problem("/api/v1/billing/units", "{\"method\": \"CMS\", \"services\": [{\"code\": \"99999\", \"minutes\": 10}]}", 400)
                .toString()).contains("Unknown procedure code 99999");
        assertThat(problem("/api/v1/billing/units", "{\"method\": \"CMS\", \"services\": [{\"code\": \"97110\", \"minutes\": -5}]}", 400)
                .toString()).contains("services[0].minutes");
        assertThat(problem("/api/v1/billing/units", "{\"method\": \"CMS\", \"services\": [{\"code\": \"97110\", \"minutes\": 481}]}", 400)
                .toString()).contains("480");
        assertThat(problem("/api/v1/billing/units", "{\"method\": \"CMS\", \"services\": [{\"code\": \"97110\", \"minutes\": 10},"
                + " {\"code\": \"97110\", \"minutes\": 12}]}", 400).toString()).contains("appears twice");
        assertThat(problem("/api/v1/billing/units", "{\"method\": \"RULE_OF_8\", \"services\": []}", 400).toString())
                .contains("CMS, AMA");
        problem("/api/v1/billing/units", "{\"method\": \"CMS\"", 400);
    }

    @Test
    void evaluationComplexity() {
        JsonNode json = ok("/api/v1/billing/evaluation-complexity",
                "{\"personalFactors\": 2, \"examElements\": 3, \"presentation\": \"EVOLVING\", \"decisionMaking\": \"MODERATE\"}");
        assertThat(json.get("code").asString()).isEqualTo("97162");
        assertThat(json.get("complexity").asString()).isEqualTo("MODERATE");
        assertThat(json.get("typicalMinutes").asInt()).isEqualTo(30);
        assertThat(json.get("limitedBy").isArray()).isTrue();
        assertThat(problem("/api/v1/billing/evaluation-complexity",
                "{\"personalFactors\": -1, \"examElements\": 0, \"presentation\": \"CALM\", \"decisionMaking\": \"LOW\"}", 400)
                .toString()).contains("presentation");
        assertThat(problem("/api/v1/billing/evaluation-complexity",
                "{\"personalFactors\": -1, \"examElements\": 0, \"presentation\": \"STABLE\", \"decisionMaking\": \"LOW\"}", 400)
                .toString()).contains("personalFactors").contains("examElements");
    }

    @Test
    void icd10LookUpAcceptsTheDotOrNot() {
        ApiClient.Response found = api.get("/api/v1/codes/icd10/M546");
        assertThat(found.json().toString()).isEqualTo("{\"code\":\"M54.6\",\"description\":\"Pain in thoracic spine\",\"billable\":true}");
        assertThat(api.get("/api/v1/codes/icd10/M54.6").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/codes/icd10/M51.1").json().get("billable").asBoolean()).isFalse();
        ApiClient.Response deleted = api.get("/api/v1/codes/icd10/M54.5");
        assertThat(deleted.status()).isEqualTo(404);
        assertThat(deleted.contentType()).startsWith("application/problem+json");
        assertThat(deleted.body()).contains("M54.50");
        assertThat(api.get("/api/v1/codes/icd10/Q99.999").status()).isEqualTo(404);
    }

    @Test
    void icd10ValidateTheDocumentedExample() {
        JsonNode json = ok("/api/v1/codes/icd10/validate", "{\"codes\": [\"M54.6\", \"M51.14\"]}");
        assertThat(json.get("valid").asBoolean()).isFalse();
        JsonNode problem = json.get("problems").get(0);
        assertThat(problem.get("type").asString()).isEqualTo("EXCLUDES1");
        assertThat(problem.get("codes").toString()).isEqualTo("[\"M54.6\",\"M51.14\"]");
        assertThat(problem.get("message").asString()).isNotBlank();
        JsonNode many = ok("/api/v1/codes/icd10/validate", "{\"codes\": [\"M54.5\", \"M51.1\", \"S23.3\"]}");
        assertThat(many.toString()).contains("UNKNOWN").contains("NOT_BILLABLE").contains("MISSING_7TH_CHARACTER");
        JsonNode hinted = ok("/api/v1/codes/icd10/validate",
                "{\"codes\": [\"M54.6\"], \"context\": {\"mechanism\": \"ACUTE_TRAUMA\"}}");
        assertThat(hinted.get("valid").asBoolean()).isTrue();
        assertThat(hinted.get("hints").get(0).get("suggestions").toString()).contains("S29.012A");
        problem("/api/v1/codes/icd10/validate", "{\"codes\": []}", 400);
        problem("/api/v1/codes/icd10/validate", "{\"codes\": [\"M54.6\"], \"context\": {\"mechanism\": \"FALLING\"}}", 400);
    }

    @Test
    void visitLines() {
        JsonNode json = ok("/api/v1/billing/visit-lines", """
                {"payer": "MEDICARE", "dateOfService": "2026-11-20", "diagnoses": ["M54.6", "M62.830"],
                 "yearToDateAllowed": 2470.00,
                 "services": [{"code": "97162", "minutes": 30},
                              {"code": "97140", "minutes": 15, "separateTimeBlock": true, "allowed": 30.00},
                              {"code": "97110", "minutes": 24, "assistantMinutes": 10, "allowed": 50.00},
                              {"code": "97014", "minutes": 15}]}""");
        assertThat(json.get("method").asString()).isEqualTo("CMS");
        JsonNode lines = json.get("lines");
        assertThat(lines.get(0).get("modifiers").toString()).isEqualTo("[\"GP\"]");
        assertThat(lines.get(1).get("modifiers").toString()).isEqualTo("[\"GP\",\"59\",\"KX\"]");
        assertThat(lines.get(2).get("modifiers").toString()).isEqualTo("[\"GP\",\"CQ\",\"KX\"]");
        assertThat(lines.get(3).get("status").asString()).isEqualTo("DENIED");
        assertThat(lines.get(0).get("diagnosisPointers").toString()).isEqualTo("[1,2]");
        assertThat(json.get("warnings").toString()).contains("KX threshold");
        assertThat(api.get("/v3/api-docs").body()).contains("/api/v1/billing/visit-lines").contains("separateTimeBlock")
                .contains("yearToDateAllowed");
        problem("/api/v1/billing/visit-lines", "{\"payer\": \"MEDICARE\", \"dateOfService\": \"2026-11-20\", "
                + "\"diagnoses\": [], \"services\": [{\"code\": \"97110\", \"minutes\": 10}]}", 400);
        problem("/api/v1/billing/visit-lines", "{\"payer\": \"MEDICARE\", \"dateOfService\": \"2026-11-20\", "
                + "\"diagnoses\": [\"M54.6\"], \"services\": [{\"code\": \"97110\", \"minutes\": 10, \"assistantMinutes\": 20}]}", 400);
    }

    private static final String CLAIMS = """
            {"interchange": {"senderId": "RHOMBOID01", "receiverId": "CLEARHOUSE", "receiverName": "Example Clearinghouse",
                             "submitter": {"name": "Harbor Street PT", "contactName": "Billing", "phone": "2075550100"},
                             "controlNumber": 7, "usage": "T", "createdAt": "2026-11-21T09:30:00"},
             "claims": [{"claimId": "R001000-1", "totalCharge": 260.00, "placeOfService": "11",
                "billingProvider": {"organizationName": "Harbor Street PT", "npi": "1234567893", "taxId": "12-3456789",
                                    "address": {"line": "100 Harbor St", "city": "Portland", "state": "ME", "zip": "04101-1234"}},
                "subscriber": {"memberId": "1EG4TE5MK73", "lastName": "Ellison", "firstName": "Margaret",
                               "birthDate": "1951-04-12", "sex": "F",
                               "address": {"line": "12 Oak St", "city": "Portland", "state": "ME", "zip": "04101"}},
                "payer": {"name": "Medicare Part B", "payerId": "00952", "claimFilingIndicator": "MB"},
                "diagnoses": ["M54.6", "M62.830"],
                "lines": [{"procedureCode": "97162", "modifiers": ["GP"], "charge": 150.00, "units": 1,
                           "serviceDate": "2026-11-20", "diagnosisPointers": [1, 2]},
                          {"procedureCode": "97110", "modifiers": ["GP"], "charge": 110.00, "units": 2,
                           "serviceDate": "2026-11-20", "diagnosisPointers": [1]}]}]}""";

    @Test
    void claimsBecomeAn837pFileAndAPrintableSummary() {
        ApiClient.Response x12 = api.postAccepting("/api/v1/billing/claims/837p", CLAIMS, "application/edi-x12");
        assertThat(x12.status()).as(x12.body()).isEqualTo(200);
        assertThat(x12.contentType()).startsWith("application/edi-x12");
        assertThat(x12.body()).startsWith("ISA*").contains("ST*837*").contains("005010X222A1").contains("CLM*R001000-1*260")
                .contains("SV1*HC:97110:GP*110*UN*2").contains("HI*ABK:M546*ABF:M62830").contains("IEA*1*");
        ApiClient.Response summary = api.postAccepting("/api/v1/billing/claims/summary", CLAIMS, "text/html");
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.body()).contains("Claim R001000-1").contains("Ellison, Margaret").contains("Total $260");
        JsonNode refused = problem("/api/v1/billing/claims/837p", CLAIMS.replace("\"1234567893\"", "\"1234567890\""), 400);
        assertThat(refused.toString()).contains("NPI");
        problem("/api/v1/billing/claims/837p", CLAIMS.replace("\"diagnosisPointers\": [1]", "\"diagnosisPointers\": [3]"), 400);
    }
}
