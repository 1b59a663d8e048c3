import type { ReactNode } from "react";
import { SERVICE_UNAVAILABLE_DIGEST } from "@/lib/utils/service-unavailable";
import { StatusMessage } from "./status-message";

// What a visitor reads while the database is away (French for now: the texts of this page
// are all here, for the message catalogue).
export const SERVICE_UNAVAILABLE_TEXT = {
  eyebrow: "Service indisponible",
  title: "Le service est momentanément indisponible",
  body: "Praxis ne peut pas joindre ses données pour l’instant. Vos rendez-vous sont conservés ; veuillez réessayer dans quelques instants.",
} as const;

/** Whether an error the page received is a database outage (marked by its digest). */
export function isServiceUnavailable(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    "digest" in error &&
    error.digest === SERVICE_UNAVAILABLE_DIGEST
  );
}

export function ServiceUnavailable({ actions }: { actions: ReactNode }) {
  const { eyebrow, title, body } = SERVICE_UNAVAILABLE_TEXT;
  return (
    <StatusMessage eyebrow={eyebrow} title={title} actions={actions}>
      <p>{body}</p>
    </StatusMessage>
  );
}
