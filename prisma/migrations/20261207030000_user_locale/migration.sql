-- The language an account holder reads: their mails (account, appointments, reminders,
-- invitations) and calendar files are written in it. Chosen at sign-up, changed in the profile.
ALTER TABLE "users" ADD COLUMN "locale" TEXT NOT NULL DEFAULT 'fr';
ALTER TABLE "users" ADD CONSTRAINT "users_locale_known" CHECK ("locale" IN ('fr', 'en', 'de'));
