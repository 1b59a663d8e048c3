-- AlterTable
ALTER TABLE "appointments" ADD COLUMN     "idempotent_response" JSONB;
