// The one way a Praxis HTTP handler answers in JSON, and the Cache-Control values it uses.
// Personal or search answers stay out of every cache; reference data may be cached by anyone.

export const NO_STORE = "no-store";
export const PRIVATE_NO_STORE = "private, no-store";
export const CACHEABLE = "public, max-age=3600";

export type JsonInit = {
  status?: number;
  cacheControl?: string;
  headers?: Record<string, string>;
};

export function jsonResponse(body: unknown, init: JsonInit = {}): Response {
  const { status = 200, cacheControl = NO_STORE, headers = {} } = init;
  return Response.json(body, { status, headers: { "Cache-Control": cacheControl, ...headers } });
}
