import { defaultPeriod } from "@/lib/campaigns/campaign-stats";
import { exportStatsCsv } from "@/lib/campaigns/export-stats-csv";
import { campaignSlugParams, statsCsvQuerySchema } from "@/lib/campaigns/schemas";
import { route } from "@/lib/http/route";
import { negotiateLocale } from "@/lib/i18n/accept-language";

export const GET = route(
  { auth: ["ADMIN"], params: campaignSlugParams, query: statsCsvQuerySchema },
  async ({ request, user, params, query }) => {
    const period = query.from && query.to ? { from: query.from, to: query.to } : defaultPeriod();
    const locale = query.lang ?? negotiateLocale(request.headers.get("accept-language"));
    const { filename, body } = await exportStatsCsv(user, params.slug, period, locale);
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
      },
    });
  },
);
