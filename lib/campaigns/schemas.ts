import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { LANDING_PATH_MAX_LENGTH, landingPathProblem } from "./landing-path";
import { CAMPAIGN_CHANNELS, CAMPAIGN_NAME_MAX_LENGTH } from "./options";
import { periodProblem } from "./period";
import { slugProblem } from "./slug-rules";

// Campaign input, parsed on the server for the admin forms and the API. Messages are
// catalogue keys (campaigns.errors.*); .describe() texts document the API, in English.

// Ten million euros, in cents: far above any campaign, well inside a 32-bit integer.
const MAX_BUDGET_CENTS = 1_000_000_000;

export const campaignSlugSchema = z
  .string({ error: "campaigns.errors.slugFormat" })
  .superRefine((slug, context) => {
    const problem = slugProblem(slug);
    if (problem) {
      const message =
        problem === "format" ? "campaigns.errors.slugFormat" : "campaigns.errors.slugIdentifier";
      context.addIssue({ code: "custom", message });
    }
  })
  .describe(
    "3 to 40 lowercase letters, digits and dashes; names the campaign, never a person (identifier-like slugs are refused)",
  );

export const isoDateSchema = z.iso.date({ error: "campaigns.errors.date" });

const landingPathSchema = z
  .string({ error: "campaigns.errors.landingFormat" })
  .trim()
  .max(LANDING_PATH_MAX_LENGTH, { error: "campaigns.errors.landingFormat" })
  .superRefine((path, context) => {
    const problem = landingPathProblem(path);
    if (problem) {
      const message =
        problem === "private"
          ? "campaigns.errors.landingPrivate"
          : "campaigns.errors.landingFormat";
      context.addIssue({ code: "custom", message });
    }
  })
  .describe('A public Praxis path such as "/", "/recherche?ou=Lyon" or "/praticiens/{slug}"');

// Euros as a form types them ("1 200,50", "1200.5") or as JSON gives them; empty is none.
const budgetSchema = z
  .union([z.number(), z.string(), z.null()], { error: "campaigns.errors.budgetFormat" })
  .optional()
  .transform((value, context) => {
    const cents = centsOf(value);
    if (cents === "invalid") {
      context.addIssue({ code: "custom", message: "campaigns.errors.budgetFormat" });
      return z.NEVER;
    }
    if (cents !== null && cents !== undefined && cents < 0) {
      context.addIssue({ code: "custom", message: "campaigns.errors.budgetNegative" });
      return z.NEVER;
    }
    if (cents !== null && cents !== undefined && cents > MAX_BUDGET_CENTS) {
      context.addIssue({ code: "custom", message: "campaigns.errors.budgetTooLarge" });
      return z.NEVER;
    }
    return cents;
  })
  .describe("Budget in euros (at most two decimals, 0 or more), or null when unknown");

const EUROS = /^(-?)(\d{1,9})(?:[.,](\d{1,2}))?$/;

// Absent stays absent (a change that leaves the budget alone); empty or null is no budget.
function centsOf(value: number | string | null | undefined): number | null | undefined | "invalid" {
  if (value === undefined) return undefined;
  if (value === null) return null;
  const text = typeof value === "number" ? String(value) : value.replace(/[\s\u202f]/g, "");
  if (text === "") return null;
  const match = EUROS.exec(text);
  if (!match) return "invalid";
  const [, sign, euros, fraction = ""] = match;
  const cents = Number(euros) * 100 + Number(fraction.padEnd(2, "0"));
  return sign ? -cents : cents;
}

const campaignFields = {
  name: z
    .string({ error: "campaigns.errors.name" })
    .trim()
    .min(1, { error: "campaigns.errors.name" })
    .max(CAMPAIGN_NAME_MAX_LENGTH, { error: "campaigns.errors.name" })
    .describe("What admins call the campaign"),
  channel: z
    .enum(CAMPAIGN_CHANNELS, { error: "campaigns.errors.channel" })
    .describe("Where the tagged links are published"),
  startsOn: isoDateSchema.describe("First day, YYYY-MM-DD"),
  endsOn: isoDateSchema.describe("Last day, YYYY-MM-DD (not before startsOn)"),
  budgetEuros: budgetSchema,
  landingPath: landingPathSchema,
};

function datesInOrder(value: { startsOn?: string; endsOn?: string }): boolean {
  return !value.startsOn || !value.endsOn || value.endsOn >= value.startsOn;
}
const DATES_IN_ORDER = { message: "campaigns.errors.endsBeforeStart", path: ["endsOn"] };

export const newCampaignSchema = z
  .strictObject({ slug: campaignSlugSchema, ...campaignFields })
  .refine(datesInOrder, DATES_IN_ORDER);
export type NewCampaign = z.output<typeof newCampaignSchema>;

// The slug is printed on posters and links: it never changes once the campaign exists.
export const campaignDetailsSchema = z
  .strictObject(campaignFields)
  .refine(datesInOrder, DATES_IN_ORDER);
export type CampaignDetails = z.output<typeof campaignDetailsSchema>;

export const campaignPatchSchema = z
  .strictObject({
    name: campaignFields.name.optional(),
    channel: campaignFields.channel.optional(),
    startsOn: campaignFields.startsOn.optional(),
    endsOn: campaignFields.endsOn.optional(),
    budgetEuros: budgetSchema,
    landingPath: landingPathSchema.optional(),
    archived: z
      .boolean({ error: "campaigns.errors.archived" })
      .optional()
      .describe("true archives the campaign, false restores it"),
  })
  .refine(datesInOrder, DATES_IN_ORDER)
  .describe("Only the fields to change (budgetEuros: null removes the budget)");
// A budget left out of the change stays as it is (hence optional here too).
export type CampaignPatch = Omit<z.output<typeof campaignPatchSchema>, "budgetEuros"> & {
  budgetEuros?: number | null;
};

export const campaignSlugParams = z.object({ slug: z.string().max(40) });

export const archiveInputSchema = z.strictObject({
  archived: z.enum(["true", "false"]).transform((value) => value === "true"),
});

const periodFields = {
  from: isoDateSchema.optional().describe("First day, YYYY-MM-DD (with to)"),
  to: isoDateSchema.optional().describe("Last day, YYYY-MM-DD (with from)"),
};

function checkPeriod(query: { from?: string; to?: string }, context: z.RefinementCtx): void {
  if (!query.from !== !query.to) {
    context.addIssue({ code: "custom", path: ["from"], message: "campaigns.errors.periodBoth" });
    return;
  }
  // An invalid date already has its own message.
  const valid = [query.from, query.to].every((day) => isoDateSchema.safeParse(day).success);
  if (!valid || !query.from || !query.to) return;
  const problem = periodProblem({ from: query.from, to: query.to });
  if (problem) {
    const message =
      problem === "reversed" ? "campaigns.errors.periodReversed" : "campaigns.errors.periodTooLong";
    context.addIssue({ code: "custom", path: ["from"], message });
  }
}

/** from/to of the stats: both or neither (then the last 30 days), at most MAX_PERIOD_DAYS. */
export const statsQuerySchema = z.object(periodFields).superRefine(checkPeriod);

export const statsCsvQuerySchema = z
  .object({
    ...periodFields,
    lang: z
      .enum(LOCALES)
      .optional()
      .describe("Language of the words in the file (the request's Accept-Language without it)"),
  })
  .superRefine(checkPeriod);

export const listQuerySchema = z.object({
  archived: z
    .enum(["true", "false"])
    .optional()
    .transform((value) => value === "true")
    .describe("true lists archived campaigns too"),
});
