// The practitioner form's choices, apart from the zod schemas so the browser never loads zod
// (see lib/patients/limits.ts).

export const PRACTITIONER_TITLES = ["DR", "PR", "NONE"] as const;
export const TITLE_LABELS: Record<(typeof PRACTITIONER_TITLES)[number], string> = {
  DR: "Docteur (Dr)",
  PR: "Professeur (Pr)",
  NONE: "Sans titre",
};

// Where French practitioners consult: metropolitan France and the overseas territories.
export const TIME_ZONES = {
  "Europe/Paris": "France métropolitaine, Corse",
  "America/Guadeloupe": "Guadeloupe, Saint-Martin, Saint-Barthélemy",
  "America/Martinique": "Martinique",
  "America/Cayenne": "Guyane",
  "Indian/Reunion": "La Réunion",
  "Indian/Mayotte": "Mayotte",
  "America/Miquelon": "Saint-Pierre-et-Miquelon",
  "Pacific/Noumea": "Nouvelle-Calédonie",
  "Pacific/Tahiti": "Polynésie française",
  "Pacific/Wallis": "Wallis-et-Futuna",
} as const;
