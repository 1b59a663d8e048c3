// Next gives server errors a `digest` that matches the server log line and reveals nothing
// else; it is the only detail of an error a visitor ever sees.
export function ErrorReference({ error }: { error: unknown }) {
  const digest =
    typeof error === "object" && error !== null && "digest" in error ? error.digest : undefined;
  if (typeof digest !== "string") return null;
  return (
    <p className="text-base text-slate-600">
      Référence de l’erreur : <code className="font-mono">{digest}</code>
    </p>
  );
}
