// Our own URLs of the booking flow and the patient's appointments. They may carry a
// practitioner slug and a motive id, never a motive's or specialty's name; they stay on our
// origin (Referrer-Policy keeps them from leaking). Client-safe.

export const MY_APPOINTMENTS_PATH = "/espace-patient/rendez-vous";

/** Step 1–2: choose a motive, then a slot (`from`: first local day shown, AAAA-MM-JJ). */
export function bookingPath(
  slug: string,
  query: { motiveId?: string; from?: string } = {},
): string {
  const params = new URLSearchParams();
  if (query.motiveId) params.set("motif", query.motiveId);
  if (query.from) params.set("du", query.from);
  const search = params.toString();
  return `/rendez-vous/${encodeURIComponent(slug)}${search ? `?${search}` : ""}`;
}

/** Step 3: for whom, and confirm. Survives sign-in and sign-up as their `retour`. */
export function confirmBookingPath(
  slug: string,
  motiveId: string,
  startsAt: Date | string,
): string {
  const instant = typeof startsAt === "string" ? startsAt : startsAt.toISOString();
  const params = new URLSearchParams({ motif: motiveId, debut: instant });
  return `/rendez-vous/${encodeURIComponent(slug)}/confirmer?${params}`;
}

export function appointmentPath(id: string): string {
  return `${MY_APPOINTMENTS_PATH}/${id}`;
}
