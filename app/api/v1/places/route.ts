import { CACHEABLE } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { suggestPlaces } from "@/lib/places/communes";
import { placesQuerySchema } from "@/lib/search/api/places-query";

// Answered from the communes shipped with the app: no database, no third party.
export const GET = route(
  { auth: "none", query: placesQuerySchema, cacheControl: CACHEABLE },
  ({ query }) => ({ places: suggestPlaces(query.q) }),
);
