// The public profile address ("dr-claire-martin"). Chosen once at creation and never
// changed afterwards, so links patients saved keep working after an edit.

const FALLBACK = "praticien";

export function slugBase(parts: { title: string; firstName: string; lastName: string }): string {
  const slug = [parts.title === "NONE" ? "" : parts.title, parts.firstName, parts.lastName]
    .join(" ")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  // Names in non-Latin scripts leave nothing: a neutral base still makes a unique address.
  return /[a-z]/.test(slug) ? slug : FALLBACK;
}

// The base itself when free, else the first free "<base>-N".
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let suffix = 2;
  while (taken.has(`${base}-${suffix}`)) suffix++;
  return `${base}-${suffix}`;
}
