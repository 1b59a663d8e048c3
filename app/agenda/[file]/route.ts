import { z } from "zod";
import { etagMatches } from "@/lib/calendar-feed/feed-events";
import { renderFeed } from "@/lib/calendar-feed/serve-feed";
import { AppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/request-origin";
import { route } from "@/lib/http/route";

// GET /agenda/{token}.ics: a practitioner's or secretary's private calendar feed, polled by
// calendar apps without a session. Any segment is accepted here and looked up by its hash
// (lib/calendar-feed/feed-token.ts), so a malformed token is as slow as a right one.
// Personal data: only the subscriber's app may keep it, and it revalidates with the ETag.
const FEED_CACHE_CONTROL = "private, no-cache";

export const GET = route(
  { auth: "none", params: z.object({ file: z.string() }), cacheControl: FEED_CACHE_CONTROL },
  async ({ request, params }) => {
    const feed = await renderFeed(params.file, {
      address: clientAddress(request),
      now: new Date(),
    });
    if (!feed) throw new AppError("NOT_FOUND");
    const headers = { ETag: feed.etag, "X-Robots-Tag": "noindex, nofollow" };
    if (etagMatches(request.headers.get("if-none-match"), feed.etag)) {
      return new Response(null, { status: 304, headers });
    }
    return new Response(feed.ics, {
      headers: { ...headers, "Content-Type": "text/calendar; charset=utf-8" },
    });
  },
);
