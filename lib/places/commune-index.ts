import { boundedEditDistance, foldText } from "./fold-text";

// Answers "where is this place?" from the communes shipped in data/communes.ts: suggestions
// while typing, and the strict resolution of what was submitted. Pure, so it is tested on a
// handful of rows; lib/places/communes.ts builds the real index once per process.

export type Commune = {
  code: string;
  name: string;
  postcodes: string[];
  latitude: number;
  longitude: number;
  population: number;
  /** True when the position is the centre of nearby communes rather than the commune's own. */
  approximate: boolean;
};

/** A commune, or one postcode of it, as search centres on it. */
export type Place = {
  code: string;
  name: string;
  /** What the place field shows; resolving it again gives this place back. */
  label: string;
  postcodes: string[];
  latitude: number;
  longitude: number;
  approximate: boolean;
};

type Entry = Commune & { folded: string; department: string };

export type CommuneIndex = {
  entries: Entry[];
  byFoldedName: Map<string, Entry[]>;
  byPostcode: Map<string, Entry[]>;
  /** Every postcode once, in order, for prefix look-ups. */
  postcodes: string[];
};

export function parseCommunes(tsv: string): Commune[] {
  return tsv.split("\n").map((line) => {
    const [code, name, postcodes, latitude, longitude, population, approximate] = line.split("\t");
    return {
      code,
      name,
      postcodes: postcodes.split(","),
      latitude: Number(latitude),
      longitude: Number(longitude),
      population: Number(population),
      approximate: approximate === "1",
    };
  });
}

export function buildCommuneIndex(communes: Commune[]): CommuneIndex {
  // Most populous first: every list below is then already in the order people expect.
  const entries = communes
    .map((commune) => ({
      ...commune,
      folded: foldText(commune.name),
      department: commune.code.startsWith("97")
        ? commune.code.slice(0, 3)
        : commune.code.slice(0, 2),
    }))
    .sort((a, b) => b.population - a.population || (a.code < b.code ? -1 : 1));
  const byFoldedName = new Map<string, Entry[]>();
  const byPostcode = new Map<string, Entry[]>();
  for (const entry of entries) {
    byFoldedName.set(entry.folded, [...(byFoldedName.get(entry.folded) ?? []), entry]);
    for (const postcode of entry.postcodes) {
      byPostcode.set(postcode, [...(byPostcode.get(postcode) ?? []), entry]);
    }
  }
  // Paris, Lyon and Marseille are split into arrondissements, each with its postcode: the
  // most specific commune of a postcode (fewest postcodes) is the right centre for it.
  for (const list of byPostcode.values()) {
    list.sort((a, b) => a.postcodes.length - b.postcodes.length || b.population - a.population);
  }
  return { entries, byFoldedName, byPostcode, postcodes: [...byPostcode.keys()].sort() };
}

function toPlace(entry: Entry, postcode?: string): Place {
  const qualifier =
    postcode ?? (entry.postcodes.length === 1 ? entry.postcodes[0] : entry.department);
  return {
    code: entry.code,
    name: entry.name,
    label: `${entry.name} (${qualifier})`,
    postcodes: postcode ? [postcode] : entry.postcodes,
    latitude: entry.latitude,
    longitude: entry.longitude,
    approximate: entry.approximate,
  };
}

const ARRONDISSEMENT =
  /^(paris|lyon|marseille) (\d{1,2})(?: ?(?:e|er|eme|ieme))?(?: arrondissement)?$/;
const QUALIFIED = /^(.+?)\s*\(\s*(\d{5}|\d{2,3}|2[ab])\s*\)$/i;

/**
 * The place a submitted text names, or null: a postcode, "Name (postcode or département)",
 * a commune name (the most populous of homonyms) or "Paris 11e". Strict on purpose: a
 * search never silently centres on a guess; suggestPlaces() offers the near misses.
 */
export function resolvePlace(index: CommuneIndex, text: string): Place | null {
  const trimmed = text.trim();
  if (/^\d{5}$/.test(trimmed)) {
    const [entry] = index.byPostcode.get(trimmed) ?? [];
    return entry ? toPlace(entry, trimmed) : null;
  }
  const qualified = QUALIFIED.exec(trimmed);
  if (qualified) {
    const [, name, qualifier] = qualified;
    const entry = index.byFoldedName
      .get(foldText(name))
      ?.find(
        (candidate) =>
          candidate.postcodes.includes(qualifier) ||
          candidate.department === qualifier.toUpperCase(),
      );
    if (!entry) return null;
    return toPlace(
      entry,
      qualifier.length === 5 && entry.postcodes.length > 1 ? qualifier : undefined,
    );
  }
  const folded = foldText(trimmed);
  const arrondissement = ARRONDISSEMENT.exec(folded);
  const key = arrondissement
    ? `${arrondissement[1]} ${Number(arrondissement[2])}${arrondissement[2] === "1" ? "er" : "e"} arrondissement`
    : folded;
  const [entry] = index.byFoldedName.get(key) ?? [];
  return entry ? toPlace(entry) : null;
}

/**
 * Places for a partly typed name or postcode: postcode prefixes, then names starting with
 * the text, then names with a word starting with it, most populous first; when nothing
 * matches, names one or two typos away ("Marseile" → Marseille).
 */
export function suggestPlaces(index: CommuneIndex, text: string, limit: number): Place[] {
  const folded = foldText(text);
  if (folded.length < 2) return [];
  if (/^\d+$/.test(folded)) return suggestPostcodes(index, folded, limit);
  const starts: Entry[] = [];
  const wordStarts: Entry[] = [];
  const wordStart = ` ${folded}`;
  for (const entry of index.entries) {
    if (entry.folded.startsWith(folded)) starts.push(entry);
    else if (entry.folded.includes(wordStart)) wordStarts.push(entry);
    if (starts.length >= limit) break;
  }
  const exact = starts.filter((entry) => entry.folded === folded);
  const found = [...new Set([...exact, ...starts, ...wordStarts])];
  return (found.length > 0 ? found : nearMisses(index, folded))
    .slice(0, limit)
    .map((e) => toPlace(e));
}

// A postcode's communes, arrondissements rather than their city, most populous first.
function suggestPostcodes(index: CommuneIndex, prefix: string, limit: number): Place[] {
  if (prefix.length > 5) return [];
  const matches: { entry: Entry; postcode: string }[] = [];
  for (let i = lowerBound(index.postcodes, prefix); i < index.postcodes.length; i++) {
    const postcode = index.postcodes[i];
    if (!postcode.startsWith(prefix)) break;
    const entries = index.byPostcode.get(postcode) ?? [];
    const specific = entries[0].postcodes.length;
    for (const entry of entries) {
      if (entry.postcodes.length === specific) matches.push({ entry, postcode });
    }
  }
  return matches
    .sort((a, b) => b.entry.population - a.entry.population || (a.postcode < b.postcode ? -1 : 1))
    .slice(0, limit)
    .map(({ entry, postcode }) =>
      toPlace(entry, entry.postcodes.length > 1 ? postcode : undefined),
    );
}

function lowerBound(sorted: string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

// Only for words long enough that one typo still leaves them recognisable.
function nearMisses(index: CommuneIndex, folded: string): Entry[] {
  if (folded.length < 4) return [];
  const maxTypos = folded.length >= 8 ? 2 : 1;
  return index.entries
    .filter((entry) => entry.folded[0] === folded[0])
    .map((entry) => ({
      entry,
      typos: Math.min(
        boundedEditDistance(folded, entry.folded, maxTypos),
        boundedEditDistance(folded, entry.folded.slice(0, folded.length), maxTypos),
      ),
    }))
    .filter(({ typos }) => typos <= maxTypos)
    .sort((a, b) => a.typos - b.typos || b.entry.population - a.entry.population)
    .map(({ entry }) => entry);
}

// Municipal arrondissements of Paris, Marseille and Lyon carry their own INSEE code.
const ARRONDISSEMENT_CODE = /^(751|132|6938)/;

/** The `count` most populous communes (arrondissements are parts of theirs, not communes). */
export function largestCommunes(index: CommuneIndex, count: number): Place[] {
  return index.entries
    .filter((entry) => !ARRONDISSEMENT_CODE.test(entry.code))
    .slice(0, count)
    .map((entry) => toPlace(entry));
}
