// Colours for motives in the agenda: distinct hues, each dark enough for white text and
// visible on white (contrast ≥ 4.5:1). The migration agenda_views gave existing motives the
// same list in the same order. Client-safe.
export const MOTIVE_PALETTE = [
  "#1d4ed8",
  "#047857",
  "#b45309",
  "#7e22ce",
  "#be123c",
  "#0f766e",
  "#4338ca",
  "#a16207",
] as const;

/** The colour a motive gets by default from its place in the practitioner's list. */
export function defaultMotiveColor(position: number): string {
  return MOTIVE_PALETTE[position % MOTIVE_PALETTE.length];
}
