import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export type { PrismaClient };

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/**
 * Prisma's query interpreter loads the relations of a `select`/`include` with one query
 * each, all at once (Promise.all). Outside a transaction each takes its own pooled
 * connection; inside one they all land on the transaction's single pg client, which then
 * queues them itself: the pattern pg deprecates ("Calling client.query() when the client
 * is already executing a query", removed in pg 9). This adapter hands a transaction's
 * statements to pg one after the other instead: the same order and round trips as pg's
 * queue, kept by us, so it survives pg 9.
 */
class OrderedTransactionsPg extends PrismaPg {
  override async connect(): Promise<Adapter> {
    const adapter = await super.connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) =>
      runStatementsInTurn(await startTransaction(isolationLevel));
    return adapter;
  }
}

function runStatementsInTurn(transaction: Transaction): Transaction {
  let previous: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(statement: () => Promise<T>): Promise<T> => {
    const result = previous.then(statement);
    previous = result.catch(() => {});
    return result;
  };
  const queryRaw = transaction.queryRaw.bind(transaction);
  const executeRaw = transaction.executeRaw.bind(transaction);
  transaction.queryRaw = (query) => inTurn(() => queryRaw(query));
  transaction.executeRaw = (query) => inTurn(() => executeRaw(query));
  return transaction;
}

// Shared by the app (lib/db.ts) and by scripts and tests, which run outside Next.js and
// so cannot import "server-only" modules.
export function createPrismaClient(connectionString: string, poolSize = 10): PrismaClient {
  // A database that stops answering (not even refusing) fails a query after 5 s instead
  // of holding the request forever.
  const adapter = new OrderedTransactionsPg({
    connectionString,
    max: poolSize,
    connectionTimeoutMillis: 5_000,
  });
  return new PrismaClient({ adapter });
}
