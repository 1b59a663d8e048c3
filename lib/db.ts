import "server-only";
import { createPrismaClient, type PrismaClient } from "./db-client";
import { env } from "./env";

// One client per process; Next's dev server reloads modules, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { praxisPrisma?: PrismaClient };

export const db: PrismaClient = (globalForPrisma.praxisPrisma ??= createPrismaClient(env.DATABASE_URL));
