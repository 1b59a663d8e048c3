import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export type { PrismaClient };

// Shared by the app (lib/db.ts) and by scripts and tests, which run outside Next.js and
// so cannot import "server-only" modules.
export function createPrismaClient(connectionString: string, poolSize = 10): PrismaClient {
  // A database that stops answering (not even refusing) fails a query after 5 s instead
  // of holding the request forever.
  const adapter = new PrismaPg({ connectionString, max: poolSize, connectionTimeoutMillis: 5_000 });
  return new PrismaClient({ adapter });
}
