-- Campaigns managed by admins: a channel from a fixed list, a landing page, a budget.

-- CreateEnum
CREATE TYPE "campaign_channel" AS ENUM ('POSTER', 'NEWSLETTER', 'PARTNER_SITE', 'SEARCH_AD', 'RADIO', 'OTHER');

-- The free-text channels of earlier demo data map onto the list; anything else is "other".
ALTER TABLE "campaigns" ALTER COLUMN "channel" TYPE "campaign_channel" USING (
  CASE lower(coalesce("channel", ''))
    WHEN 'affichage' THEN 'POSTER'
    WHEN 'email' THEN 'NEWSLETTER'
    WHEN 'newsletter' THEN 'NEWSLETTER'
    WHEN 'radio' THEN 'RADIO'
    ELSE 'OTHER'
  END
)::"campaign_channel";
ALTER TABLE "campaigns" ALTER COLUMN "channel" SET DEFAULT 'OTHER';
ALTER TABLE "campaigns" ALTER COLUMN "channel" SET NOT NULL;

-- AlterTable
ALTER TABLE "campaigns" ADD COLUMN     "budget_cents" INTEGER,
ADD COLUMN     "landing_path" TEXT NOT NULL DEFAULT '/';

-- The rules of lib/campaigns/schemas.ts that the database can hold on its own.
ALTER TABLE "campaigns"
  ADD CONSTRAINT "campaigns_slug_format"
    CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length("slug") BETWEEN 3 AND 40),
  ADD CONSTRAINT "campaigns_name_length" CHECK (length(btrim("name")) BETWEEN 1 AND 120),
  ADD CONSTRAINT "campaigns_dates_in_order" CHECK ("ends_on" >= "starts_on"),
  ADD CONSTRAINT "campaigns_budget_not_negative" CHECK ("budget_cents" >= 0),
  -- A same-origin public path: never another host, nor the admin, staff, patient or API areas or the short links
  -- (in any language), nor an escaped or dotted path that could lead there.
  ADD CONSTRAINT "campaigns_landing_path_public" CHECK (
    length("landing_path") <= 300
    AND "landing_path" ~ '^/([^/\\]|$)'
    AND "landing_path" !~ '^(/(en|de))?/(admin|espace-[^/?#]*|api|c)([/?#]|$)'
    AND "landing_path" !~ '^[^?#]*(%|/\.)'
    AND "landing_path" !~ '[\s\\]'
  );
