import { route } from "@/lib/http/route";
import { presentSearch } from "@/lib/search/api/presenters";
import { searchRefusal } from "@/lib/search/api/search-refusal";
import { searchQuerySchema } from "@/lib/search/schemas";
import { searchPractitioners } from "@/lib/search/search-practitioners";

export const GET = route({ auth: "none", query: searchQuerySchema }, async ({ query }) => {
  const outcome = await searchPractitioners(query);
  if (outcome.kind !== "results") throw searchRefusal(outcome);
  return presentSearch(outcome);
});
