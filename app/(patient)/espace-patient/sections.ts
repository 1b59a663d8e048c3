// The patient area's sections, in the navigation's order; the home page lists the others.
export const PATIENT_SECTIONS = [
  ["/espace-patient", "home"],
  ["/espace-patient/rendez-vous", "appointments"],
  ["/espace-patient/profil", "profile"],
  ["/espace-patient/proches", "relatives"],
  ["/espace-patient/mes-donnees", "data"],
  ["/espace-patient/acces", "accessLog"],
] as const;
