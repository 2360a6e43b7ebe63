-- The clinic's payer directory (issue 19): each insurer it bills, with its own payer ID and claim filing indicator
-- (837P SBR09), claims address, billing rules (unit rule, distinct-service modifier, Medicare's rules, NCCI) and
-- timely-filing limit. Payers are retired, never deleted: coverages and claims will name them.
CREATE TABLE payer (
    id                   uuid        NOT NULL,
    clinic_id            uuid        NOT NULL REFERENCES clinic (id),
    name                 text        NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
    payer_id             text        NOT NULL CHECK (payer_id ~ '^[A-Z0-9]{2,80}$'),
    filing_indicator     text        NOT NULL CHECK (filing_indicator ~ '^[0-9A-Z]{2}$'),
    address_line         text        NOT NULL DEFAULT '' CHECK (length(address_line) <= 55),
    city                 text        NOT NULL DEFAULT '' CHECK (length(city) <= 30),
    state                text        NOT NULL DEFAULT '' CHECK (state ~ '^([A-Z]{2})?$'),
    postal_code          text        NOT NULL DEFAULT '' CHECK (postal_code ~ '^(\d{5}|\d{9})?$'),
    phone                text        NOT NULL DEFAULT '' CHECK (phone ~ '^(\d{10})?$'),
    unit_method          text        NOT NULL CHECK (unit_method IN ('CMS', 'AMA')),
    distinct_modifier    text        NOT NULL CHECK (distinct_modifier IN ('59', 'XE', 'XS', 'XP', 'XU')),
    medicare_rules       boolean     NOT NULL,
    ncci                 boolean     NOT NULL,
    timely_filing_days   integer     NOT NULL CHECK (timely_filing_days BETWEEN 1 AND 3650),
    prior_authorization  boolean     NOT NULL,
    active               boolean     NOT NULL DEFAULT true,
    version              integer     NOT NULL DEFAULT 1,
    updated_by           uuid,
    updated_at           timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (clinic_id, id)
);
-- One payer per name in a clinic (the import matches on it), whatever the case.
CREATE UNIQUE INDEX payer_name_key ON payer (clinic_id, lower(name));
SELECT isolate_by_clinic('payer');
GRANT SELECT, INSERT, UPDATE ON payer TO rhomboid_app;
