import { connection } from "next/server";
import { checkDatabase } from "@/lib/health/check-database";

const NO_STORE = { "Cache-Control": "no-store" };

export async function GET(): Promise<Response> {
  // A probe must never be answered from a build-time or cached render.
  await connection();
  const database = await checkDatabase();
  if (!database.up) {
    console.error(`[healthz] database unreachable: ${database.reason}`);
    return Response.json({ status: "error", database: "down" }, { status: 503, headers: NO_STORE });
  }
  return Response.json(
    { status: "ok", database: "up", databaseLatencyMs: database.latencyMs },
    { headers: NO_STORE },
  );
}
