import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

// Browsers send at most a few dozen entries; a longer header is junk and is not parsed.
const MAX_HEADER_LENGTH = 512;
const ENTRY = /^([a-z]{1,8})(?:-[a-z0-9]{1,8})*$/i;

/**
 * The language a visitor's browser prefers among ours, from `Accept-Language`
 * ("de-CH,de;q=0.9,en;q=0.8" → "de"). Anything malformed counts for nothing, and no match
 * at all gives French, the reference language.
 */
export function negotiateLocale(header: string | null | undefined): Locale {
  if (!header || header.length > MAX_HEADER_LENGTH) return DEFAULT_LOCALE;
  let best: { locale: Locale; quality: number } | null = null;
  for (const [index, entry] of header.split(",").entries()) {
    const [tag = "", ...params] = entry.trim().split(";");
    const match = ENTRY.exec(tag.trim());
    if (!match) continue;
    const language = match[1]!.toLowerCase();
    if (!isLocale(language)) continue;
    const quality = qualityOf(params);
    // Equal qualities keep the browser's order: the earlier entry wins.
    if (quality > 0 && (!best || quality > best.quality)) best = { locale: language, quality };
    if (index > 32) break;
  }
  return best?.locale ?? DEFAULT_LOCALE;
}

function qualityOf(params: string[]): number {
  for (const param of params) {
    const [name, value] = param.trim().split("=");
    if (name?.trim() !== "q") continue;
    const quality = Number(value);
    return Number.isFinite(quality) && quality >= 0 && quality <= 1 ? quality : 0;
  }
  return 1;
}
