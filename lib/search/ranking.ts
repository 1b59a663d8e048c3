import type { TextMatch } from "./interpret-search-text";
import type { SearchSort } from "./schemas";

// Neutral ranking, the same for everyone and for every practitioner (README.md, "How
// ranking works"): how well the text matches, then the chosen sort, then the other one,
// then the profile's slug so that equal results always come in the same order and pages
// never overlap. Nothing else goes in: no payment, no popularity, no history. Pure.

export type Candidate = {
  id: string;
  slug: string;
  /** 0 … 1: best similarity of the text with the practitioner's specialty (0: not matched). */
  specialtyScore: number;
  /** 0 … 1: word similarity of the name part of the text with the practitioner's name. */
  nameScore: number;
  /** To the nearest practice; null when no place was given. */
  distanceMeters: number | null;
  /** First free slot, null when none in the look-ahead. */
  nextFreeAt: Date | null;
};

// Trigram scores are noisy in their last digits: results within one step are equally
// relevant, and the sort the patient chose decides between them.
const RELEVANCE_STEP = 0.1;

export function relevanceOf(candidate: Candidate, match: TextMatch | null): number {
  if (match === null) return 1;
  switch (match.kind) {
    case "name":
      return candidate.nameScore;
    case "specialty-and-name":
      return (candidate.specialtyScore + candidate.nameScore) / 2;
    case "specialty-or-name":
      return Math.max(candidate.specialtyScore, candidate.nameScore);
  }
}

function relevanceTier(relevance: number): number {
  return Math.round(relevance / RELEVANCE_STEP);
}

// Missing values (no place, no free slot) sort last.
function ascending(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

export function rankCandidates<T extends Candidate>(
  candidates: readonly T[],
  match: TextMatch | null,
  sort: SearchSort,
): T[] {
  const keyed = candidates.map((candidate) => ({
    candidate,
    tier: relevanceTier(relevanceOf(candidate, match)),
    distance: candidate.distanceMeters,
    soonest: candidate.nextFreeAt?.getTime() ?? null,
  }));
  const [first, second] =
    sort === "distance" ? (["distance", "soonest"] as const) : (["soonest", "distance"] as const);
  return keyed
    .sort(
      (a, b) =>
        b.tier - a.tier ||
        ascending(a[first], b[first]) ||
        ascending(a[second], b[second]) ||
        (a.candidate.slug < b.candidate.slug ? -1 : a.candidate.slug > b.candidate.slug ? 1 : 0),
    )
    .map(({ candidate }) => candidate);
}
