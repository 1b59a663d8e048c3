import { z } from "zod";
import { defineOperation } from "@/lib/openapi/operation";
import { campaignSlugParams, statsCsvQuerySchema } from "../schemas";

export const getCampaignStatsCsvOperation = defineOperation({
  method: "get",
  path: "/api/v1/admin/campaigns/{slug}/stats.csv",
  operationId: "getCampaignStatsCsv",
  tag: "Admin",
  summary: "The same figures as CSV, as the dashboard shows them (admins only)",
  description:
    'One line per day, then the totals; a number below the threshold reads "< k", a masked total a word in the chosen language.',
  session: true,
  params: campaignSlugParams,
  query: statsCsvQuerySchema,
  response: {
    status: 200,
    description: "CSV (UTF-8, comma-separated, CRLF line ends)",
    schema: z.string(),
    contentType: "text/csv",
  },
});
