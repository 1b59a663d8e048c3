// Addresses in the practitioner area that other pages serve (the appointment panel, booking
// by the practice, blocking time). Pure and client-safe.

export const AGENDA_PATH = "/espace-praticien";

export function appointmentPanelHref(appointmentId: string): string {
  return `${AGENDA_PATH}/rendez-vous/${appointmentId}`;
}

export function bookFreeTimeHref(startsAt: string, practiceId: string, practitionerId: string) {
  const query = new URLSearchParams({
    debut: startsAt,
    cabinet: practiceId,
    praticien: practitionerId,
  });
  return `${AGENDA_PATH}/nouveau?${query}`;
}

export function blockTimeHref(startsAt: string, endsAt: string, practitionerId: string) {
  const query = new URLSearchParams({ debut: startsAt, fin: endsAt, praticien: practitionerId });
  return `${AGENDA_PATH}/absences/nouvelle?${query}`;
}

export function dayListHref(date: string, practitionerId: string, format: "print" | "csv") {
  const query = new URLSearchParams({ date, praticien: practitionerId });
  return `${AGENDA_PATH}/${format === "csv" ? "jour.csv" : "liste"}?${query}`;
}
