// Where to go after signing in. Only a path on this site is accepted: "//evil.example",
// "/\evil.example", "https://…" or a control character would send the user elsewhere
// (an open redirect that phishing pages love).
const DEFAULT_RETURN_PATH = "/";
const SIGN_IN_PATH = "/connexion";

export function safeReturnPath(candidate: unknown, fallback = DEFAULT_RETURN_PATH): string {
  if (typeof candidate !== "string" || candidate.length > 2048) return fallback;
  if (!candidate.startsWith("/") || candidate.startsWith("//")) return fallback;
  if (UNSAFE_IN_PATH.test(candidate)) return fallback;
  // Checked after normalisation: resolving dot segments ("%2e" counts as ".") turns
  // "/.//evil.example" into "//evil.example", which a browser reads as another host.
  const base = "http://praxis.invalid";
  const url = new URL(candidate, base);
  if (url.origin !== base || !isSingleSlashPath(url.pathname)) return fallback;
  // Coming back to the sign-in form after signing in would look like a failure.
  if (url.pathname === SIGN_IN_PATH) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

// Browsers read "\" as "/" and drop tabs and newlines, so "/\evil" means "//evil".
const UNSAFE_IN_PATH = /[\\\u0000-\u001f\u007f]/;

// A path that starts with exactly one slash, also once decoded (once: what a server or a
// framework down the line might do), so no step can make it "//host" or "/\host".
function isSingleSlashPath(path: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return false; // malformed escapes: nothing a real link of ours contains
  }
  return [path, decoded].every(
    (form) => form.startsWith("/") && !form.startsWith("//") && !UNSAFE_IN_PATH.test(form),
  );
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
