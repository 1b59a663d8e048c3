import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { cube } from "@electric-sql/pglite/contrib/cube";
import { earthdistance } from "@electric-sql/pglite/contrib/earthdistance";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedPostgres = { url: string; stop: () => Promise<void> };

// PGlite is one Postgres session behind a queue; the socket server keeps each client's
// transaction together, so several pooled connections are safe, if serialised.
const MAX_CONNECTIONS = 64;

/**
 * Starts an in-process PostgreSQL (PGlite) speaking the wire protocol on 127.0.0.1, so
 * pg, Prisma's adapter and our migration runner work against it unchanged.
 * `dataDir` is a folder, or "memory://" for a throw-away database.
 */
export async function startEmbeddedPostgres(dataDir: string, port = 0): Promise<EmbeddedPostgres> {
  const db = await PGlite.create(dataDir, {
    extensions: { btree_gist, cube, earthdistance, pg_trgm, unaccent },
  });
  const server = new PGLiteSocketServer({
    db,
    port,
    host: "127.0.0.1",
    maxConnections: MAX_CONNECTIONS,
  });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  const [, boundPort] = server.getServerConn().split(":");
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${boundPort}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
