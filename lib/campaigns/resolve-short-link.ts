import "server-only";
import { taggedPath } from "./landing-path";
import { findCampaign } from "./queries";

/**
 * Where /c/{slug} leads: the campaign's landing page with ?campagne={slug}, or null for a
 * slug no campaign has. Public (a poster's QR code), and it counts nothing: the landing
 * page it leads to counts the visit, once.
 */
export async function resolveShortLink(slug: string): Promise<string | null> {
  const campaign = await findCampaign(slug);
  return campaign ? taggedPath(campaign.landingPath, campaign.slug) : null;
}
