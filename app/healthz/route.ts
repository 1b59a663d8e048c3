import { connection } from "next/server";
import { checkDatabase } from "@/lib/health/check-database";
import { jsonResponse } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

export const GET = route({ auth: "none" }, async () => {
  // A probe must never be answered from a build-time or cached render.
  await connection();
  const database = await checkDatabase();
  if (!database.up) {
    console.error(`[healthz] database unreachable: ${database.reason}`);
    return jsonResponse({ status: "error", database: "down" }, { status: 503 });
  }
  return { status: "ok", database: "up", databaseLatencyMs: database.latencyMs };
});
