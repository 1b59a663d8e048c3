import "server-only";
import { getMessages } from "next-intl/server";

/**
 * The part of the page's catalogue that client components need, by top-level namespace:
 * whatever is not named here stays on the server, so the catalogue never ships whole.
 */
export async function clientMessages(namespaces: readonly string[]) {
  const messages = (await getMessages()) as Record<string, unknown>;
  return Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]]));
}
