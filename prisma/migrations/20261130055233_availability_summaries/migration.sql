-- CreateTable
CREATE TABLE "practitioner_availability_summaries" (
    "practitioner_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "computed_version" INTEGER,
    "first_day_starts" TIMESTAMPTZ(3)[],
    "days" JSONB NOT NULL DEFAULT '[]',
    "valid_until" TIMESTAMPTZ(3),
    "computed_at" TIMESTAMPTZ(3),

    CONSTRAINT "practitioner_availability_summaries_pkey" PRIMARY KEY ("practitioner_id")
);

-- AddForeignKey
ALTER TABLE "practitioner_availability_summaries" ADD CONSTRAINT "practitioner_availability_summaries_practitioner_id_fkey" FOREIGN KEY ("practitioner_id") REFERENCES "practitioners"("id") ON DELETE CASCADE ON UPDATE CASCADE;
