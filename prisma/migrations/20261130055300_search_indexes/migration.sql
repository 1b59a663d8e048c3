-- Search: what schema.prisma cannot express. Hand-written; Prisma's diff ignores these.

-- Typo-tolerant practitioner names ("Dr Lefevre" finds Lefèvre and Lefebvre): trigram
-- index on the folded full name, for the `<%` (word similarity) operator. Only verified
-- practitioners are ever searched, so only they are indexed. Queries must repeat this
-- exact expression for the planner to use the index.
CREATE INDEX "practitioners_search_name_trgm_idx" ON "practitioners"
  USING gin (praxis_unaccent(lower("first_name" || ' ' || "last_name")) gin_trgm_ops)
  WHERE "verified";

-- Places within a radius: earth_box(centre, radius) @> ll_to_earth(lat, lon) uses this.
CREATE INDEX "locations_earth_idx" ON "locations"
  USING gist (ll_to_earth("latitude", "longitude"));

-- ---------------------------------------------------------------- availability summaries
-- practitioner_availability_summaries is search's copy of what the availability engine
-- computes. Whatever code changes hours, motives, absences, appointments or booking rules,
-- these triggers bump the practitioner's version, so search recomputes that row before
-- trusting it. Statement-level triggers: a bulk insert of thousands of appointments costs
-- one upsert per practitioner, not one per row.

CREATE FUNCTION praxis_bump_availability_versions(practitioner_ids uuid[]) RETURNS void
  LANGUAGE sql AS $$
    INSERT INTO "practitioner_availability_summaries" AS summary ("practitioner_id")
    SELECT DISTINCT p."id" FROM "practitioners" p
    WHERE p."id" = ANY (practitioner_ids)
    -- A fixed order, so that concurrent transactions lock rows alike and never deadlock.
    ORDER BY p."id"
    ON CONFLICT ("practitioner_id") DO UPDATE SET "version" = summary."version" + 1
  $$;

-- For tables keyed by practitioner_id (opening_hours, absences, motives); the transition
-- tables are named alike in every trigger below.
CREATE FUNCTION praxis_availability_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM praxis_bump_availability_versions(ARRAY(SELECT "practitioner_id" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM praxis_bump_availability_versions(ARRAY(SELECT "practitioner_id" FROM old_rows));
  ELSE
    PERFORM praxis_bump_availability_versions(ARRAY(
      SELECT "practitioner_id" FROM new_rows UNION SELECT "practitioner_id" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

-- Appointments change often for reasons that free or take no time (reminders, idempotency
-- data): only a change of practitioner, time or status counts.
CREATE FUNCTION praxis_availability_appointments_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM praxis_bump_availability_versions(ARRAY(
    SELECT unnest(ARRAY[o."practitioner_id", n."practitioner_id"])
    FROM old_rows o JOIN new_rows n ON n."id" = o."id"
    WHERE (o."practitioner_id", o."starts_at", o."ends_at", o."status")
      IS DISTINCT FROM (n."practitioner_id", n."starts_at", n."ends_at", n."status")));
  RETURN NULL;
END $$;

CREATE FUNCTION praxis_availability_rules_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM praxis_bump_availability_versions(ARRAY(
    SELECT n."id" FROM old_rows o JOIN new_rows n ON n."id" = o."id"
    WHERE (o."time_zone", o."buffer_minutes", o."min_notice_minutes", o."booking_horizon_days")
      IS DISTINCT FROM
      (n."time_zone", n."buffer_minutes", n."min_notice_minutes", n."booking_horizon_days")));
  RETURN NULL;
END $$;

CREATE TRIGGER "opening_hours_availability_insert" AFTER INSERT ON "opening_hours"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION praxis_availability_rows_changed();
CREATE TRIGGER "opening_hours_availability_update" AFTER UPDATE ON "opening_hours"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION praxis_availability_rows_changed();
CREATE TRIGGER "opening_hours_availability_delete" AFTER DELETE ON "opening_hours"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION praxis_availability_rows_changed();

CREATE TRIGGER "absences_availability_insert" AFTER INSERT ON "absences"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION praxis_availability_rows_changed();
CREATE TRIGGER "absences_availability_update" AFTER UPDATE ON "absences"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION praxis_availability_rows_changed();
CREATE TRIGGER "absences_availability_delete" AFTER DELETE ON "absences"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION praxis_availability_rows_changed();

CREATE TRIGGER "motives_availability_insert" AFTER INSERT ON "motives"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION praxis_availability_rows_changed();
CREATE TRIGGER "motives_availability_update" AFTER UPDATE ON "motives"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION praxis_availability_rows_changed();
CREATE TRIGGER "motives_availability_delete" AFTER DELETE ON "motives"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION praxis_availability_rows_changed();

CREATE TRIGGER "appointments_availability_insert" AFTER INSERT ON "appointments"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION praxis_availability_rows_changed();
CREATE TRIGGER "appointments_availability_update" AFTER UPDATE ON "appointments"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION praxis_availability_appointments_updated();
CREATE TRIGGER "appointments_availability_delete" AFTER DELETE ON "appointments"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION praxis_availability_rows_changed();

CREATE TRIGGER "practitioners_availability_update" AFTER UPDATE ON "practitioners"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION praxis_availability_rules_updated();
