-- AlterTable
ALTER TABLE "appointments" ADD COLUMN     "blocked_until" TIMESTAMPTZ(3);

-- ---------------------------------------------------------------- hand-written from here

ALTER TABLE "appointments" ADD CONSTRAINT "appointments_blocked_after_end"
  CHECK ("blocked_until" IS NULL OR "blocked_until" >= "ends_at");

-- No double booking, and no appointment inside another's buffer, even when two requests
-- race past the availability check: each active appointment holds [starts_at,
-- blocked_until), so two of them are at least the earlier one's buffer apart. Without a
-- blocked_until (rows written before this, or outside the app) the appointment alone.
ALTER TABLE "appointments" DROP CONSTRAINT "appointments_no_overlap";
ALTER TABLE "appointments"
  ADD CONSTRAINT "appointments_no_overlap"
  EXCLUDE USING gist ("practitioner_id" WITH =,
    tstzrange("starts_at", coalesce("blocked_until", "ends_at"), '[)') WITH &&)
  WHERE ("status" <> 'CANCELLED');

-- The outbox worker looks for reminders to queue every round: only booked appointments
-- not reminded yet, by start, rather than a scan of every appointment ever made.
CREATE INDEX "appointments_reminder_due_idx" ON "appointments" ("starts_at")
  WHERE "status" = 'BOOKED' AND "reminder_queued_at" IS NULL;
