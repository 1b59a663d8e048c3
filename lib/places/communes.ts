import "server-only";
import {
  buildCommuneIndex,
  largestCommunes as largestCommunesIn,
  parseCommunes,
  resolvePlace as resolvePlaceIn,
  suggestPlaces as suggestPlacesIn,
  type CommuneIndex,
  type Place,
} from "./commune-index";
import { COMMUNES_TSV } from "./data/communes";

export type { Place } from "./commune-index";

// About 35,000 communes: parsed on first use (tens of milliseconds), then kept for the life
// of the process. Answering from memory keeps place look-ups off the database and the network.
let index: CommuneIndex | undefined;

function communeIndex(): CommuneIndex {
  index ??= buildCommuneIndex(parseCommunes(COMMUNES_TSV));
  return index;
}

const PLACE_SUGGESTION_LIMIT = 8;

/** Suggestions for the place field while the patient types. */
export function suggestPlaces(text: string): Place[] {
  return suggestPlacesIn(communeIndex(), text, PLACE_SUGGESTION_LIMIT);
}

/** The place a submitted search centres on, or null when the text names none. */
export function resolvePlace(text: string): Place | null {
  return resolvePlaceIn(communeIndex(), text);
}

/** France's most populous communes, largest first: the sitemap's search entry points. */
export function largestCommunes(count: number): Place[] {
  return largestCommunesIn(communeIndex(), count);
}
