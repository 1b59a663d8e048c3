-- CreateEnum
CREATE TYPE "CalendarGrantLevel" AS ENUM ('VIEW', 'MANAGE');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AccessAction" ADD VALUE 'VIEW_PATIENT_HISTORY';
ALTER TYPE "AccessAction" ADD VALUE 'EXPORT_DAY_LIST';

-- AlterEnum
ALTER TYPE "AppointmentStatus" ADD VALUE 'ARRIVED';

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'SECRETARY';

-- AlterTable
ALTER TABLE "appointments" ADD COLUMN     "no_show_excused" BOOLEAN,
ADD COLUMN     "status_changed_at" TIMESTAMPTZ(3),
ADD COLUMN     "status_changed_by_id" UUID;

-- AlterTable
ALTER TABLE "patients" ADD COLUMN     "created_by_practitioner_id" UUID,
ADD COLUMN     "email" TEXT;

-- CreateTable
CREATE TABLE "calendar_grants" (
    "practitioner_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "level" "CalendarGrantLevel" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "calendar_grants_pkey" PRIMARY KEY ("practitioner_id","user_id")
);

-- CreateIndex
CREATE INDEX "calendar_grants_user_id_idx" ON "calendar_grants"("user_id");

-- CreateIndex
CREATE INDEX "patients_created_by_practitioner_id_idx" ON "patients"("created_by_practitioner_id");

-- AddForeignKey
ALTER TABLE "patients" ADD CONSTRAINT "patients_created_by_practitioner_id_fkey" FOREIGN KEY ("created_by_practitioner_id") REFERENCES "practitioners"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_status_changed_by_id_fkey" FOREIGN KEY ("status_changed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "calendar_grants" ADD CONSTRAINT "calendar_grants_practitioner_id_fkey" FOREIGN KEY ("practitioner_id") REFERENCES "practitioners"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "calendar_grants" ADD CONSTRAINT "calendar_grants_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
