import type { MetadataRoute } from "next";
import { listSitemapEntries } from "@/lib/site/list-sitemap-entries";

// Lists practitioners from the database, so it is built per request, never at build time.
// It reads no query parameter: any query string gets the same document.
export const dynamic = "force-dynamic";

export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return listSitemapEntries();
}
