package org.rhomboid.mail.domain;

/** What a message says of the clinic: its name, address and phone (either may be missing). */
public record ClinicContact(String name, String address, String phone) {

    public ClinicContact {
        name = MailWording.clean(name);
        address = MailWording.clean(address);
        phone = MailWording.clean(phone);
    }
}
