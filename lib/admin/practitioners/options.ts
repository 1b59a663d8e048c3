// The practitioner form's choices, apart from the zod schemas so the browser never loads zod
// (see lib/patients/limits.ts).

export const PRACTITIONER_TITLES = ["DR", "PR", "NONE"] as const;
// Where French practitioners consult: metropolitan France and the overseas territories.
// Each zone's catalogue key (admin.form.zones.<key>): the places it covers, named per language.
export const TIME_ZONES = {
  "Europe/Paris": "paris",
  "America/Guadeloupe": "guadeloupe",
  "America/Martinique": "martinique",
  "America/Cayenne": "guyane",
  "Indian/Reunion": "reunion",
  "Indian/Mayotte": "mayotte",
  "America/Miquelon": "miquelon",
  "Pacific/Noumea": "noumea",
  "Pacific/Tahiti": "tahiti",
  "Pacific/Wallis": "wallis",
} as const;
