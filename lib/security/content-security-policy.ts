// The Content-Security-Policy of one HTML response. Kept pure (no "server-only") because
// proxy.ts, next.config.ts and the unit tests all load it outside the React server graph.

export const CSP_REPORT_PATH = "/api/csp-report";
export const CSP_REPORT_GROUP = "csp";

export type CspOptions = {
  nonce: string;
  // `next dev` evaluates code for its error overlay and injects un-nonced <style> tags.
  isDev: boolean;
};

type Directive = readonly [name: string, ...sources: string[]];

export function buildContentSecurityPolicy({ nonce, isDev }: CspOptions): string {
  const directives: Directive[] = [
    ["default-src", "'self'"],
    [
      "script-src",
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(isDev ? ["'unsafe-eval'"] : []),
    ],
    // A nonce makes browsers ignore 'unsafe-inline', so dev drops the nonce for styles.
    ["style-src", "'self'", isDev ? "'unsafe-inline'" : `'nonce-${nonce}'`],
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["frame-ancestors", "'none'"],
    ["form-action", "'self'"],
    // Dev runs on plain http, where upgrading would break every request.
    ...(isDev ? [] : [["upgrade-insecure-requests"] as const]),
    ["report-uri", CSP_REPORT_PATH],
    ["report-to", CSP_REPORT_GROUP],
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

// 128 random bits: unguessable per response, as a nonce must be.
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
