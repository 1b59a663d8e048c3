import "server-only";
import { createPrismaClient, type PrismaClient } from "./db-client";
import { getEnv } from "./env";
import { DatabaseUnavailableError, isDatabaseUnavailable, outageDetail } from "./errors";

// One client per process; Next's dev server reloads modules, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { praxisPrisma?: PrismaClient };

function getClient(): PrismaClient {
  globalForPrisma.praxisPrisma ??= withOutagesReported(createPrismaClient(getEnv().DATABASE_URL));
  return globalForPrisma.praxisPrisma;
}

/**
 * A query that fails because the database is away throws DatabaseUnavailableError: pages
 * then show "service momentarily unavailable", the API answers 503, and the log gets one
 * line instead of the driver's stack. A query extension changes no types, hence the cast.
 */
function withOutagesReported(client: PrismaClient): PrismaClient {
  return client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          throw isDatabaseUnavailable(error)
            ? new DatabaseUnavailableError(outageDetail(error))
            : error;
        }
      },
    },
  }) as unknown as PrismaClient;
}

// Created on first use, so importing this module needs no configuration (see getEnv).
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getClient();
    const value = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
