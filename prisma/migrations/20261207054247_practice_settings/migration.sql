-- CreateTable
CREATE TABLE "motive_locations" (
    "motive_id" UUID NOT NULL,
    "location_id" UUID NOT NULL,

    CONSTRAINT "motive_locations_pkey" PRIMARY KEY ("motive_id","location_id")
);

-- CreateIndex
CREATE INDEX "motive_locations_location_id_idx" ON "motive_locations"("location_id");

-- AddForeignKey
ALTER TABLE "motive_locations" ADD CONSTRAINT "motive_locations_motive_id_fkey" FOREIGN KEY ("motive_id") REFERENCES "motives"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "motive_locations" ADD CONSTRAINT "motive_locations_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "locations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ------------------------------------------------- what schema.prisma cannot express

-- A practitioner is at one practice at a time: two opening ranges of one practitioner on
-- the same weekday may not share a minute while their validity periods share a day,
-- whatever the practice. Enforced here so that two concurrent saves cannot both pass a
-- check made before writing. Validity bounds are inclusive dates; null is unbounded.
ALTER TABLE "opening_hours" ADD CONSTRAINT "opening_hours_no_overlap" EXCLUDE USING gist (
  "practitioner_id" WITH =,
  "weekday" WITH =,
  int4range("start_minute", "end_minute") WITH &&,
  daterange("valid_from", "valid_to", '[]') WITH &&
);

-- Where a motive is offered changes its slots: mark the practitioner's summary stale, as
-- the triggers of 20261130055300_search_indexes do for the other inputs of availability.
CREATE FUNCTION praxis_availability_motive_locations_changed() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM praxis_bump_availability_versions(ARRAY(
      SELECT m."practitioner_id" FROM new_rows r JOIN "motives" m ON m."id" = r."motive_id"));
  ELSE
    PERFORM praxis_bump_availability_versions(ARRAY(
      SELECT m."practitioner_id" FROM old_rows r JOIN "motives" m ON m."id" = r."motive_id"));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "motive_locations_availability_insert" AFTER INSERT ON "motive_locations"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION praxis_availability_motive_locations_changed();
CREATE TRIGGER "motive_locations_availability_delete" AFTER DELETE ON "motive_locations"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION praxis_availability_motive_locations_changed();
