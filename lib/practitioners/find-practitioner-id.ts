import "server-only";
import { findVerifiedPractitionerId } from "./queries";

/** The id behind a public profile's slug; null for an unknown or unverified one. */
export async function findPractitionerIdBySlug(slug: string): Promise<string | null> {
  return findVerifiedPractitionerId(slug);
}
