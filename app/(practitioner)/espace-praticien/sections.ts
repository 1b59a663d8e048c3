import type { CalendarPermission } from "@/lib/practice-access/calendar-access";

// The practitioner area's sections, in the navigation's order, with what each needs in the
// agenda: secretaries see the agenda only, the settings are the practitioner's own.
export const PRACTITIONER_SECTIONS = [
  ["/espace-praticien", "agenda", "view"],
  ["/espace-praticien/horaires", "hours", "settings"],
  ["/espace-praticien/motifs", "motives", "settings"],
  ["/espace-praticien/absences", "absences", "settings"],
  ["/espace-praticien/regles", "rules", "settings"],
  ["/espace-praticien/secretariat", "secretaries", "settings"],
  ["/espace-praticien/calendrier", "calendarFeed", "settings"],
] as const satisfies readonly (readonly [string, string, CalendarPermission])[];
