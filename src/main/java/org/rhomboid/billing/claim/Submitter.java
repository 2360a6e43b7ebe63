package org.rhomboid.billing.claim;

/** Who sends the file (1000A): the clinic or its billing service, and whom the clearinghouse calls about it. */
public record Submitter(String name, String contactName, String phone) {

    public Submitter {
        name = Check.text(name, "submitter name", 60);
        contactName = Check.text(contactName, "submitter contact name", 60);
        phone = Check.matches(phone == null ? null : phone.replaceAll("[^0-9]", ""), "submitter phone", "\\d{10}",
                "10 digits");
    }
}
