import type { MetadataRoute } from "next";
import { buildRobotsRules } from "@/lib/site/robots";

// Read at request time: the sitemap's address comes from APP_URL, which is runtime config.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return buildRobotsRules();
}
