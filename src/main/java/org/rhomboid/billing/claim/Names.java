package org.rhomboid.billing.claim;

import static org.rhomboid.billing.claim.X12Values.upper;

/** NM1/N3/N4 for providers: NM102 is 1 for a person, 2 for an organization; XX qualifies an NPI. */
final class Names {

    private Names() {
    }

    static void writeProvider(Segments segments, String entityCode, Provider provider) {
        if (provider.isPerson()) {
            segments.write("NM1", entityCode, "1", upper(provider.lastName()), upper(provider.firstName()), "", "", "",
                    "XX", provider.npi());
        } else {
            segments.write("NM1", entityCode, "2", upper(provider.organizationName()), "", "", "", "", "XX", provider.npi());
        }
    }

    static void writeAddress(Segments segments, Address address) {
        segments.write("N3", upper(address.line()));
        segments.write("N4", upper(address.city()), address.state(), address.zip());
    }
}
