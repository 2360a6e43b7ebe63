-- The clinic's letterhead and billing-provider details, and whether an assistant's daily notes wait for a
-- therapist's co-signature (state practice acts and payers differ, so the clinic decides; on by default).
ALTER TABLE clinic
    ADD COLUMN address_line    text CHECK (length(address_line) <= 200),
    ADD COLUMN city            text CHECK (length(city) <= 100),
    ADD COLUMN state           text CHECK (state ~ '^[A-Z]{2}$'),
    ADD COLUMN postal_code     text CHECK (postal_code ~ '^[0-9]{5}([0-9]{4})?$'),
    ADD COLUMN phone           text CHECK (length(phone) <= 30),
    ADD COLUMN fax             text CHECK (length(fax) <= 30),
    ADD COLUMN npi             text CHECK (npi ~ '^[12][0-9]{9}$'),
    ADD COLUMN tax_id          text CHECK (tax_id ~ '^[0-9]{9}$'),
    ADD COLUMN requires_cosign boolean NOT NULL DEFAULT true;
