package org.rhomboid.billing.claim;

/**
 * A billing, referring or rendering provider: either an organization (clinic) or a person (therapist, physician).
 * Tax ID (EIN) and taxonomy are only needed for the billing provider; address likewise.
 */
public record Provider(String organizationName, String lastName, String firstName, String npi, String taxId,
        String taxonomy, Address address) {

    public Provider {
        organizationName = Check.optionalText(organizationName, "provider organization name", 60);
        lastName = Check.optionalText(lastName, "provider last name", 60);
        firstName = Check.optionalText(firstName, "provider first name", 35);
        if ((organizationName == null) == (lastName == null)) {
            throw new IllegalArgumentException("provider needs either an organization name or a last name, not both");
        }
        npi = Npi.check(npi, "provider");
        taxId = taxId == null ? null : Check.matches(taxId.replace("-", ""), "provider tax ID (EIN)", "\\d{9}", "9 digits");
        taxonomy = taxonomy == null ? null
                : Check.matches(taxonomy, "provider taxonomy", "[0-9A-Z]{9}X", "a 10-character taxonomy code such as 225100000X");
    }

    public static Provider organization(String name, String npi, String taxId, String taxonomy, Address address) {
        return new Provider(name, null, null, npi, taxId, taxonomy, address);
    }

    public static Provider person(String lastName, String firstName, String npi) {
        return new Provider(null, lastName, firstName, npi, null, null, null);
    }

    public boolean isPerson() {
        return lastName != null;
    }
}
