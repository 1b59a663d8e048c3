-- What schema.prisma cannot express. Prisma's diff ignores these objects, so db:check
-- and db:new neither report nor drop them; integration tests prove they are in force.

CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;

-- unaccent() is only STABLE (its dictionary could change); indexes need an IMMUTABLE
-- wrapper that names the dictionary explicitly.
CREATE FUNCTION praxis_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- No double booking, ever: two appointments of one practitioner that are not cancelled
-- cannot overlap in time. Half-open ranges, so back-to-back slots are allowed.
ALTER TABLE "appointments"
  ADD CONSTRAINT "appointments_no_overlap"
  EXCLUDE USING gist ("practitioner_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&)
  WHERE ("status" <> 'CANCELLED');

ALTER TABLE "appointments" ADD CONSTRAINT "appointments_time_order" CHECK ("ends_at" > "starts_at");
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_cancellation_consistent"
  CHECK (("status" = 'CANCELLED') = ("cancelled_at" IS NOT NULL));
ALTER TABLE "absences" ADD CONSTRAINT "absences_time_order" CHECK ("ends_at" > "starts_at");

ALTER TABLE "opening_hours" ADD CONSTRAINT "opening_hours_valid_window" CHECK (
  "weekday" BETWEEN 1 AND 7
  AND "start_minute" >= 0 AND "end_minute" <= 1440 AND "start_minute" < "end_minute"
  AND ("valid_to" IS NULL OR "valid_from" IS NULL OR "valid_from" <= "valid_to"));

ALTER TABLE "motives" ADD CONSTRAINT "motives_duration_range" CHECK ("duration_minutes" BETWEEN 5 AND 480);

ALTER TABLE "practitioners" ADD CONSTRAINT "practitioners_booking_rules" CHECK (
  "buffer_minutes" BETWEEN 0 AND 240
  AND "min_notice_minutes" BETWEEN 0 AND 43200
  AND "booking_horizon_days" BETWEEN 1 AND 730
  AND "cancellation_deadline_hours" BETWEEN 0 AND 720);
ALTER TABLE "practitioners" ADD CONSTRAINT "practitioners_fees_ordered" CHECK (
  "fee_min_cents" IS NULL OR "fee_max_cents" IS NULL OR "fee_min_cents" <= "fee_max_cents");

ALTER TABLE "locations" ADD CONSTRAINT "locations_coordinates_range" CHECK (
  "latitude" BETWEEN -90 AND 90 AND "longitude" BETWEEN -180 AND 180);

-- Emails are stored normalised, so uniqueness is case-insensitive.
ALTER TABLE "users" ADD CONSTRAINT "users_email_normalised" CHECK ("email" = lower(btrim("email")));

ALTER TABLE "campaign_daily_counters" ADD CONSTRAINT "campaign_daily_counters_non_negative" CHECK ("count" >= 0);
ALTER TABLE "outbox_mails" ADD CONSTRAINT "outbox_mails_attempts_non_negative" CHECK ("attempts" >= 0);

-- An account has at most one profile for its holder; relatives are unlimited.
CREATE UNIQUE INDEX "patients_one_self_per_owner" ON "patients" ("owner_id")
  WHERE "relationship" = 'SELF' AND "owner_id" IS NOT NULL;
