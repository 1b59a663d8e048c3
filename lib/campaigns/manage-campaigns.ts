import "server-only";
import { AppError, fieldError, sqlStateOf } from "@/lib/errors";
import { assertCampaignAdmin } from "./assert-admin";
import { toCampaignView, type CampaignView } from "./campaign-view";
import type { Actor } from "./policy";
import { findCampaign, findCampaigns, insertCampaign, updateCampaign } from "./queries";
import type { CampaignDetails, CampaignPatch, NewCampaign } from "./schemas";

// Admins create, change, archive and restore campaigns. The database holds the rules too
// (unique slug, slug format, dates in order, budget ≥ 0, public landing path).

export async function listCampaigns(
  actor: Actor,
  includeArchived: boolean,
): Promise<CampaignView[]> {
  assertCampaignAdmin(actor);
  return (await findCampaigns(includeArchived)).map((row) => toCampaignView(row));
}

export async function getCampaign(actor: Actor, slug: string): Promise<CampaignView> {
  assertCampaignAdmin(actor);
  const row = await findCampaign(slug);
  if (!row) throw new AppError("NOT_FOUND");
  return toCampaignView(row);
}

export async function createCampaign(actor: Actor, input: NewCampaign): Promise<CampaignView> {
  assertCampaignAdmin(actor);
  const { slug, ...details } = input;
  try {
    return toCampaignView(await insertCampaign(slug, campaignData(details)));
  } catch (error) {
    // The unique index decides, so two admins choosing the same slug at once cannot both win.
    if (sqlStateOf(error) === "23505") {
      throw new AppError("CONFLICT", { messageKey: "campaigns.errors.slugTaken" });
    }
    throw error;
  }
}

export async function changeCampaign(
  actor: Actor,
  slug: string,
  patch: CampaignPatch,
): Promise<CampaignView> {
  assertCampaignAdmin(actor);
  const stored = await getCampaign(actor, slug);
  const { archived, ...fields } = patch;
  // One date may change alone: the pair must still be in order (the database checks it too).
  const startsOn = fields.startsOn ?? stored.startsOn;
  const endsOn = fields.endsOn ?? stored.endsOn;
  if (startsOn && endsOn && endsOn < startsOn) {
    throw fieldError(fields.endsOn ? "endsOn" : "startsOn", "campaigns.errors.endsBeforeStart");
  }
  const row = await updateCampaign(slug, {
    ...(fields.name !== undefined && { name: fields.name }),
    ...(fields.channel !== undefined && { channel: fields.channel }),
    ...(fields.startsOn !== undefined && { startsOn: new Date(fields.startsOn) }),
    ...(fields.endsOn !== undefined && { endsOn: new Date(fields.endsOn) }),
    ...(fields.landingPath !== undefined && { landingPath: fields.landingPath }),
    ...(fields.budgetEuros !== undefined && { budgetCents: fields.budgetEuros }),
    ...(archived !== undefined && { archivedAt: archived ? new Date() : null }),
  });
  return toCampaignView(row);
}

/** The form's whole set of details (everything but the slug). */
export function saveCampaignDetails(
  actor: Actor,
  slug: string,
  details: CampaignDetails,
): Promise<CampaignView> {
  return changeCampaign(actor, slug, { ...details, budgetEuros: details.budgetEuros ?? null });
}

function campaignData(details: CampaignDetails) {
  return {
    name: details.name,
    channel: details.channel,
    startsOn: new Date(details.startsOn),
    endsOn: new Date(details.endsOn),
    landingPath: details.landingPath,
    budgetCents: details.budgetEuros ?? null,
  };
}
