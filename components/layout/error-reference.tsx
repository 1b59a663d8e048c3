import type { ReactNode } from "react";

// Next gives server errors a `digest` that matches the server log line and reveals nothing
// else; it is the only detail of an error a visitor ever sees. `render` words it in the
// page's language.
export function ErrorReference({
  error,
  render,
}: {
  error: unknown;
  render: (digest: string) => ReactNode;
}) {
  const digest =
    typeof error === "object" && error !== null && "digest" in error ? error.digest : undefined;
  if (typeof digest !== "string") return null;
  return <p className="text-base text-slate-600">{render(digest)}</p>;
}
