import "server-only";
import { publicUrl } from "./public-url";

// Public pages (home, search, profiles) may be crawled; personal and staff areas, the
// booking flow and the API may not. Disallowing is not protection (each of these
// authorises itself): it keeps crawlers from knocking on doors that only answer 404 or a
// sign-in page.
export const DISALLOWED_PATHS = [
  "/espace-patient",
  "/espace-praticien",
  "/admin",
  "/compte",
  "/rendez-vous",
  "/api",
];

export type RobotsRules = {
  rules: { userAgent: string; allow: string; disallow: string[] };
  sitemap: string;
};

export function buildRobotsRules(): RobotsRules {
  return {
    rules: { userAgent: "*", allow: "/", disallow: DISALLOWED_PATHS },
    sitemap: publicUrl("/sitemap.xml"),
  };
}
