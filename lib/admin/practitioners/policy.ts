import type { Actor } from "@/lib/auth/session";

export type { Actor };

// Practitioner accounts are Praxis's to vouch for: only admins create, edit and verify them.
export function canManagePractitioners(actor: Actor): boolean {
  return actor.role === "ADMIN";
}

// An invited practitioner who has not chosen a password yet can be sent a new link; once
// they have one, they use "forgotten password" like everyone else.
export function canResendInvitation(account: { hasPassword: boolean } | null): boolean {
  return account !== null && !account.hasPassword;
}
