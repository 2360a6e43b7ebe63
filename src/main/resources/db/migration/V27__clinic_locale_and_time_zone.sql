-- How the clinic writes dates (its locale) and which day "today" is (its time zone), issue 16.
-- The locale is one of the English locales Rhomboid writes its dates for (checked again by the application).
ALTER TABLE clinic ADD COLUMN locale text NOT NULL DEFAULT 'en-US'
    CHECK (locale IN ('en-US', 'en-CA', 'en-GB', 'en-IE', 'en-AU'));
-- An IANA zone name (America/Chicago), checked by the application against the Java time-zone database. Empty until
-- the administrator chooses one: until then the clinic keeps the server's zone, as before this column existed, so no
-- clinic's "today" moves on upgrade.
ALTER TABLE clinic ADD COLUMN time_zone text CHECK (time_zone IS NULL OR length(time_zone) BETWEEN 1 AND 64);
