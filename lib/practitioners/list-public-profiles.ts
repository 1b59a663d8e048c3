import "server-only";
import { findPublicProfileSlugs } from "./queries";

export type PublicProfileLink = { slug: string; updatedAt: Date };

/** Every verified practitioner's profile address: public, as their profiles are. */
export function listPublicProfiles(): Promise<PublicProfileLink[]> {
  return findPublicProfileSlugs();
}
