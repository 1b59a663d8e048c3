-- AlterTable
ALTER TABLE "access_log" ADD COLUMN     "merged_day" DATE;

-- AlterTable
ALTER TABLE "motives" ADD COLUMN     "color" TEXT NOT NULL DEFAULT '#1d4ed8';

-- CreateIndex
CREATE UNIQUE INDEX "access_log_actor_id_patient_id_action_merged_day_key" ON "access_log"("actor_id", "patient_id", "action", "merged_day");

-- A colour is "#rrggbb": the agenda writes it into a style attribute, so nothing else may pass.
ALTER TABLE "motives" ADD CONSTRAINT "motives_color_hex" CHECK ("color" ~ '^#[0-9a-f]{6}$');

-- Existing motives get distinct colours of the agenda's palette (dark enough for white text),
-- in their order on each practitioner's list, rather than all the default blue.
UPDATE "motives" AS m
SET "color" = (ARRAY['#1d4ed8', '#047857', '#b45309', '#7e22ce', '#be123c', '#0f766e', '#4338ca', '#a16207'])[1 + (ranked.rank - 1) % 8]
FROM (
  SELECT "id", row_number() OVER (PARTITION BY "practitioner_id" ORDER BY "position", "created_at", "id") AS rank
  FROM "motives"
) AS ranked
WHERE m."id" = ranked."id";
