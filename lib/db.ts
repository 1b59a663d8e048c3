import "server-only";
import { createPrismaClient, type PrismaClient } from "./db-client";
import { getEnv } from "./env";

// One client per process; Next's dev server reloads modules, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { praxisPrisma?: PrismaClient };

function getClient(): PrismaClient {
  globalForPrisma.praxisPrisma ??= createPrismaClient(getEnv().DATABASE_URL);
  return globalForPrisma.praxisPrisma;
}

// Created on first use, so importing this module needs no configuration (see getEnv).
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getClient();
    const value = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
