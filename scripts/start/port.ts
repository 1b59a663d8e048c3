import net from "node:net";
import { z } from "zod";
import { CliError } from "../lib/cli";

const portSchema = z.coerce
  .number({ error: "PORT must be a number" })
  .int("PORT must be a whole number")
  .min(1, "PORT must be between 1 and 65535")
  .max(65535, "PORT must be between 1 and 65535");

export function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const result = portSchema.safeParse(value);
  if (!result.success) throw new CliError(result.error.issues[0].message);
  return result.data;
}

/** Fails early with one clear line rather than letting Next crash after a long start. */
export async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new CliError(
              `port ${port} is already in use; stop that program or set PORT to another port`,
            )
          : error,
      );
    });
    probe.listen(port, () => probe.close(() => resolve()));
  });
}
