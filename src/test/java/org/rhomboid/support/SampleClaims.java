package org.rhomboid.support;

/** A valid one-visit 837P request for the claims API: the tests that need any well-formed claim start from it. */
public final class SampleClaims {

    public static final String ONE_VISIT = """
            {"interchange": {"senderId": "RHOMBOID01", "receiverId": "CLEARHOUSE", "receiverName": "Example Clearinghouse",
                             "submitter": {"name": "Harbor Street PT", "contactName": "Billing", "phone": "2075550100"},
                             "controlNumber": 7, "usage": "T", "createdAt": "2026-11-21T09:30:00"},
             "claims": [{"claimId": "R001000-1", "totalCharge": 110.00, "placeOfService": "11",
                "billingProvider": {"organizationName": "Harbor Street PT", "npi": "1234567893", "taxId": "12-3456789",
                                    "address": {"line": "100 Harbor St", "city": "Portland", "state": "ME", "zip": "04101-1234"}},
                "subscriber": {"memberId": "1EG4TE5MK73", "lastName": "Quennell", "firstName": "Quinn",
                               "birthDate": "1960-02-14", "sex": "F",
                               "address": {"line": "12 Oak St", "city": "Portland", "state": "ME", "zip": "04101"}},
                "payer": {"name": "Medicare Part B", "payerId": "00952", "claimFilingIndicator": "MB"},
                "diagnoses": ["M54.6"],
                "lines": [{"procedureCode": "97110", "modifiers": ["GP"], "charge": 110.00, "units": 2,
                           "serviceDate": "2026-11-20", "diagnosisPointers": [1]}]}]}""";

    private SampleClaims() {
    }
}
