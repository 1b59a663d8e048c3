// Our own URLs of the practice's agenda actions. They carry ids and instants only, never a
// patient's name, a motive or a specialty. Client-safe.

export const PRACTICE_AREA_PATH = "/espace-praticien";

export function practiceAppointmentPath(id: string, query: Record<string, string> = {}): string {
  const search = new URLSearchParams(query).toString();
  return `${PRACTICE_AREA_PATH}/rendez-vous/${id}${search ? `?${search}` : ""}`;
}

type PracticeBookingQuery = {
  startsAt: Date | string;
  locationId?: string;
  practitionerId?: string;
  patientId?: string;
  search?: string;
};

/** The booking page's query parameters (the form that searches patients keeps them). */
export function practiceBookingParams(query: PracticeBookingQuery): URLSearchParams {
  const params = new URLSearchParams({
    debut: typeof query.startsAt === "string" ? query.startsAt : query.startsAt.toISOString(),
  });
  if (query.locationId) params.set("cabinet", query.locationId);
  if (query.practitionerId) params.set("praticien", query.practitionerId);
  if (query.patientId) params.set("patient", query.patientId);
  if (query.search) params.set("q", query.search);
  return params;
}

/** The booking page for a free time of the agenda, at a practice, for a practitioner. */
export function practiceBookingPath(query: PracticeBookingQuery): string {
  return `${PRACTICE_AREA_PATH}/nouveau?${practiceBookingParams(query)}`;
}
