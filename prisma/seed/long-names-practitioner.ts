import { slugify } from "./build-practitioners";
import { CITIES } from "./data/cities";
import { MOTIVES_BY_SPECIALTY } from "./data/motives";
import type { PractitionerPlan } from "./plan-types";
import { toMotivePlan } from "./practitioner-details";

// Real practices have names, addresses and reasons for visit far longer than the demo's
// generated ones, and on a phone those are what pushes a page wider than the screen. This
// one practitioner carries the longest the product must lay out — a 60-character family
// name in one piece, a practice address of 137 characters, a 200-character reason for
// visit — so that every page showing a practitioner is tried with them (e2e/phone.spec.ts).

const NANTES = CITIES.find((city) => city.name === "Nantes")!;
const h = (hours: number, minutes = 0) => hours * 60 + minutes;

export const LONG_FAMILY_NAME = "Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaf";
export const LONG_ADDRESS =
  "Résidence Les Jardins de la Loire, bâtiment C, escalier 4, 3e étage, porte gauche, 127 boulevard du Général-de-Gaulle-et-de-la-Libération";
export const LONG_MOTIVE =
  "Première consultation pour un bilan de santé complet : examen médical, mise à jour des vaccinations, renouvellement des traitements au long cours, certificats pour le sport, l’école ou pour le travail";

const firstName = "Marie-Alexandrine";

export const LONG_NAMES_PRACTITIONER: PractitionerPlan = {
  // Outside the generated sequence (0, 1, 2 …), whose numbers seed its members' randomness.
  index: -1,
  slug: slugify(["DR", firstName, LONG_FAMILY_NAME, NANTES.name]),
  title: "DR",
  firstName,
  lastName: LONG_FAMILY_NAME,
  specialtySlug: "medecin-generaliste",
  languages: ["fr", "de"],
  bio: "Médecin généraliste à Nantes. Consultations en allemand possibles.",
  acceptsNewPatients: true,
  conventionSector: "SECTOR_1",
  feeMinCents: 3000,
  feeMaxCents: 3000,
  verifiedAt: new Date("2025-10-01T09:00:00Z"),
  timeZone: NANTES.timeZone,
  bufferMinutes: 0,
  minNoticeMinutes: 120,
  locations: [
    {
      name: "Maison de santé pluriprofessionnelle universitaire de l’Île de Nantes",
      address: LONG_ADDRESS,
      postcode: NANTES.areas[0].postcode,
      city: NANTES.name,
      latitude: NANTES.latitude,
      longitude: NANTES.longitude,
    },
  ],
  // The long reason first: it is the one a profile shows open, with its week of slots.
  motives: [
    {
      name: LONG_MOTIVE,
      durationMinutes: 30,
      teleconsultation: false,
      allowNewPatients: true,
      allowReturning: true,
    },
    ...MOTIVES_BY_SPECIALTY["medecin-generaliste"].slice(1, 3).map(toMotivePlan),
  ],
  // Every weekday and Saturday morning: the phone journeys always find a slot.
  hours: [1, 2, 3, 4, 5, 6].flatMap((weekday) => [
    { locationIndex: 0, weekday, startMinute: h(8), endMinute: h(12) },
    ...(weekday < 6 ? [{ locationIndex: 0, weekday, startMinute: h(14), endMinute: h(19) }] : []),
  ]),
};
