-- Repeated failed sign-ins lock the account for a while (web form and API token alike).
ALTER TABLE app_user ADD COLUMN failed_sign_ins integer NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN locked_until timestamptz;
