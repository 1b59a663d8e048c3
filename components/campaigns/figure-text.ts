import type { Published } from "@/lib/campaigns/suppression";

// How a published figure reads on the page: the number in the page's language, "< k" for a
// cell under the threshold, a word for a masked total. Pure.

export type FigureWords = { below: string; masked: string; none: string };

export function figureText(value: Published, locale: string, words: FigureWords): string {
  if (value === "below") return words.below;
  if (value === "masked") return words.masked;
  return new Intl.NumberFormat(locale).format(value);
}

export function percentText(ratio: number | null, locale: string, words: FigureWords): string {
  if (ratio === null) return words.none;
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(
    ratio,
  );
}

export function changeText(change: number | null, locale: string, words: FigureWords): string {
  if (change === null) return words.none;
  return new Intl.NumberFormat(locale, {
    style: "percent",
    maximumFractionDigits: 0,
    signDisplay: "exceptZero",
  }).format(change);
}

export function euroText(cents: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency: "EUR" }).format(cents / 100);
}
