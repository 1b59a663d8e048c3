// Where to go after signing in. Only a path on this site is accepted: "//evil.example",
// "/\evil.example", "https://…" or a control character would send the user elsewhere
// (an open redirect that phishing pages love).
const DEFAULT_RETURN_PATH = "/";
const SIGN_IN_PATH = "/connexion";

export function safeReturnPath(candidate: unknown, fallback = DEFAULT_RETURN_PATH): string {
  if (typeof candidate !== "string" || candidate.length > 2048) return fallback;
  if (!candidate.startsWith("/") || candidate.startsWith("//")) return fallback;
  // Browsers read "\" as "/" and drop tabs and newlines, so "/\evil" means "//evil".
  if (/[\\\u0000-\u001f\u007f]/.test(candidate)) return fallback;
  const base = "http://praxis.invalid";
  const url = new URL(candidate, base);
  if (url.origin !== base) return fallback;
  // Coming back to the sign-in form after signing in would look like a failure.
  if (url.pathname === SIGN_IN_PATH) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, remembering where to come back to. */
export function signInPath(returnPath?: unknown): string {
  return withReturnPath(SIGN_IN_PATH, returnPath);
}

/** The sign-up page, which hands the way back on to signing in. */
export function signUpPath(returnPath?: unknown): string {
  return withReturnPath("/inscription", returnPath);
}

function withReturnPath(page: string, returnPath: unknown): string {
  const safe = safeReturnPath(returnPath, "");
  return safe && safe !== DEFAULT_RETURN_PATH
    ? `${page}?${new URLSearchParams({ retour: safe })}`
    : page;
}
