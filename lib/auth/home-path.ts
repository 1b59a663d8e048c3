import type { Role } from "@/lib/generated/prisma/enums";

// Where each role works: after signing in without a page to return to, and in the header.
// Client-safe.
const HOMES: Record<Role, string | null> = {
  PATIENT: "/espace-patient",
  ADMIN: "/admin",
  PRACTITIONER: "/espace-praticien",
  SECRETARY: "/espace-praticien",
};

export function workspacePathOf(role: Role): string | null {
  return HOMES[role];
}

/** Staff who work in an agenda land on it after signing in; others on the home page. */
export function landingPathOf(role: Role): string {
  return role === "PRACTITIONER" || role === "SECRETARY" ? "/espace-praticien" : "/";
}
