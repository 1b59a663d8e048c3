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

// An answer that fits in one TCP segment gains nothing from compression, which costs the
// server more than sending it (a booking's answer, an error, the health check). Next's
// compression leaves alone what says `no-transform`.
const ONE_SEGMENT_BYTES = 1400;

export function jsonResponse(body: unknown, init: JsonInit = {}): Response {
  const { status = 200, cacheControl = NO_STORE, headers = {} } = init;
  const text = JSON.stringify(body);
  const small = Buffer.byteLength(text) <= ONE_SEGMENT_BYTES;
  return new Response(text, {
    status,
    headers: {
      "Content-Type": "application/json",
      "Cache-Control": small ? `${cacheControl}, no-transform` : cacheControl,
      ...headers,
    },
  });
}
