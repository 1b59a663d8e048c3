/** Header links sit in a row on wide screens and in a column inside the phone menu. */
export type NavOrientation = "row" | "column";

export function navListClass(orientation: NavOrientation): string {
  return orientation === "row"
    ? "flex items-center gap-1 text-sm font-medium sm:gap-3"
    : "flex flex-col gap-1 text-sm font-medium";
}

/** 44 px tall at least: a comfortable target on a phone (WCAG 2.2 target size). */
export const NAV_ITEM =
  "inline-flex min-h-11 items-center rounded-md px-2 text-slate-700 hover:text-brand-700 hover:underline";
