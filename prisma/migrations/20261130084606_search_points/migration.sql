-- CreateTable
CREATE TABLE "practice_search_points" (
    "practitioner_id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    "specialty_id" UUID NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "practice_search_points_pkey" PRIMARY KEY ("practitioner_id","location_id")
);

-- AddForeignKey
ALTER TABLE "practice_search_points" ADD CONSTRAINT "practice_search_points_practitioner_id_fkey" FOREIGN KEY ("practitioner_id") REFERENCES "practitioners"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "practice_search_points" ADD CONSTRAINT "practice_search_points_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "locations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------- hand-written from here
-- Prisma's diff ignores what follows (expression indexes, functions, triggers).

-- "Cardiologists within 10 km" reads only that specialty's practices in the box; a
-- search by place alone uses the same index on its second column.
CREATE INDEX "practice_search_points_specialty_earth_idx" ON "practice_search_points"
  USING gist ("specialty_id", ll_to_earth("latitude", "longitude"));

-- Searches now read positions from practice_search_points only.
DROP INDEX "locations_earth_idx";

-- GiST rather than GIN for names: on 10,000 names a word-similarity look-up reads a few
-- index pages instead of every long posting list of the text's trigrams (2.5 ms against
-- 15 ms for "generaliste", which matches no name).
DROP INDEX "practitioners_search_name_trgm_idx";
CREATE INDEX "practitioners_search_name_trgm_idx" ON "practitioners"
  USING gist (praxis_unaccent(lower("first_name" || ' ' || "last_name")) gist_trgm_ops)
  WHERE "verified";

-- The search points of these practitioners, rebuilt from the tables they copy: verified
-- practitioners only, one row per practice. Stale rows go, new or moved ones are upserted
-- (in a fixed order, so concurrent refreshes lock alike).
CREATE FUNCTION praxis_refresh_search_points(practitioner_ids uuid[]) RETURNS void
  LANGUAGE sql AS $$
    DELETE FROM "practice_search_points" pt
    WHERE pt."practitioner_id" = ANY (practitioner_ids) AND NOT EXISTS (
      SELECT 1 FROM "practitioners" p
      JOIN "practitioner_locations" pl ON pl."practitioner_id" = p."id"
      WHERE p."id" = pt."practitioner_id" AND pl."location_id" = pt."location_id" AND p."verified");
    INSERT INTO "practice_search_points" AS pt
      ("practitioner_id", "location_id", "specialty_id", "latitude", "longitude")
    SELECT p."id", l."id", p."specialty_id", l."latitude", l."longitude"
    FROM "practitioners" p
    JOIN "practitioner_locations" pl ON pl."practitioner_id" = p."id"
    JOIN "locations" l ON l."id" = pl."location_id"
    WHERE p."id" = ANY (practitioner_ids) AND p."verified"
    ORDER BY p."id", l."id"
    ON CONFLICT ("practitioner_id", "location_id") DO UPDATE SET
      "specialty_id" = excluded."specialty_id",
      "latitude" = excluded."latitude",
      "longitude" = excluded."longitude"
    WHERE (pt."specialty_id", pt."latitude", pt."longitude")
      IS DISTINCT FROM (excluded."specialty_id", excluded."latitude", excluded."longitude")
  $$;

CREATE FUNCTION praxis_search_points_links_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM praxis_refresh_search_points(ARRAY(SELECT "practitioner_id" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM praxis_refresh_search_points(ARRAY(SELECT "practitioner_id" FROM old_rows));
  ELSE
    PERFORM praxis_refresh_search_points(ARRAY(
      SELECT "practitioner_id" FROM new_rows UNION SELECT "practitioner_id" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

-- A practitioner's specialty or verification changed.
CREATE FUNCTION praxis_search_points_practitioners_updated() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM praxis_refresh_search_points(ARRAY(
    SELECT n."id" FROM old_rows o JOIN new_rows n ON n."id" = o."id"
    WHERE (o."specialty_id", o."verified") IS DISTINCT FROM (n."specialty_id", n."verified")));
  RETURN NULL;
END $$;

-- A practice moved: every practitioner receiving there.
CREATE FUNCTION praxis_search_points_locations_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM praxis_refresh_search_points(ARRAY(
    SELECT pl."practitioner_id" FROM old_rows o JOIN new_rows n ON n."id" = o."id"
    JOIN "practitioner_locations" pl ON pl."location_id" = n."id"
    WHERE (o."latitude", o."longitude") IS DISTINCT FROM (n."latitude", n."longitude")));
  RETURN NULL;
END $$;

CREATE TRIGGER "practitioner_locations_search_points_insert" AFTER INSERT
  ON "practitioner_locations" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION praxis_search_points_links_changed();
CREATE TRIGGER "practitioner_locations_search_points_update" AFTER UPDATE
  ON "practitioner_locations" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION praxis_search_points_links_changed();
CREATE TRIGGER "practitioner_locations_search_points_delete" AFTER DELETE
  ON "practitioner_locations" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION praxis_search_points_links_changed();
CREATE TRIGGER "practitioners_search_points_update" AFTER UPDATE ON "practitioners"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION praxis_search_points_practitioners_updated();
CREATE TRIGGER "locations_search_points_update" AFTER UPDATE ON "locations"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION praxis_search_points_locations_updated();

-- The points of the practitioners already there.
SELECT praxis_refresh_search_points(ARRAY(SELECT "id" FROM "practitioners"));
