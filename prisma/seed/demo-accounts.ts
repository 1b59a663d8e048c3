import { MOTIVES_BY_SPECIALTY } from "./data/motives";
import type { PractitionerPlan } from "./plan-types";
import { toMotivePlan } from "./practitioner-details";
import type { Relationship, Role } from "../../lib/generated/prisma/client";

export type DemoAccount = { role: Role; email: string; name: string };

// Published on purpose: these logins exist only in demo databases, and the start script
// prints them so that anyone can try each role.
export const DEMO_ACCOUNTS = {
  password: "praxis-demo-2026",
  accounts: [
    { role: "PATIENT", email: "patient@praxis.demo", name: "Camille Durand" },
    { role: "PRACTITIONER", email: "praticien@praxis.demo", name: "Claire Martin" },
    { role: "ADMIN", email: "admin@praxis.demo", name: "Équipe Praxis" },
    // Manages Dr Claire Martin's agenda and a colleague's (demo-secretariat.ts).
    { role: "SECRETARY", email: "secretariat@praxis.demo", name: "Sophie Bernard" },
  ],
} as const satisfies { password: string; accounts: readonly DemoAccount[] };

export const DEMO_PATIENT_EMAIL = DEMO_ACCOUNTS.accounts[0].email;

export type DemoPatientProfile = {
  key: "self" | "child";
  relationship: Relationship;
  firstName: string;
  lastName: string;
  birthDate: Date;
};

/** The demo patient and the child they book for (to show relatives). */
export const DEMO_PATIENT_PROFILES: DemoPatientProfile[] = [
  {
    key: "self",
    relationship: "SELF",
    firstName: "Camille",
    lastName: "Durand",
    birthDate: new Date("1988-04-12"),
  },
  {
    key: "child",
    relationship: "CHILD",
    firstName: "Léo",
    lastName: "Durand",
    birthDate: new Date("2017-09-03"),
  },
];

const h = (hours: number, minutes = 0) => hours * 60 + minutes;
const MORNING = { startMinute: h(8, 30), endMinute: h(12, 30) };
const AFTERNOON = { startMinute: h(14), endMinute: h(19) };

/** Dr Claire Martin, GP in Paris 11e: the practitioner behind praticien@praxis.demo. */
export const DEMO_PRACTITIONER: PractitionerPlan = {
  index: 0,
  slug: "dr-claire-martin-paris",
  title: "DR",
  firstName: "Claire",
  lastName: "Martin",
  specialtySlug: "medecin-generaliste",
  languages: ["fr", "en"],
  bio: "Médecin généraliste installée à Paris depuis 2011. Suivi des adultes et des enfants, vaccination, certificats. Consultations possibles en anglais.",
  acceptsNewPatients: true,
  conventionSector: "SECTOR_1",
  feeMinCents: 3000,
  feeMaxCents: 3000,
  verifiedAt: new Date("2025-09-01T09:00:00Z"),
  timeZone: "Europe/Paris",
  bufferMinutes: 0,
  minNoticeMinutes: 120,
  locations: [
    {
      name: "Cabinet médical de la Roquette",
      address: "48 rue de la Roquette",
      postcode: "75011",
      city: "Paris",
      latitude: 48.8546,
      longitude: 2.3736,
    },
  ],
  motives: MOTIVES_BY_SPECIALTY["medecin-generaliste"].map(toMotivePlan),
  // Monday to Friday, Wednesday afternoon off, Saturday morning.
  hours: [
    ...[1, 2, 3, 4, 5].map((weekday) => ({ locationIndex: 0, weekday, ...MORNING })),
    ...[1, 2, 4, 5].map((weekday) => ({ locationIndex: 0, weekday, ...AFTERNOON })),
    { locationIndex: 0, weekday: 6, startMinute: h(9), endMinute: h(12) },
  ],
  userEmail: DEMO_ACCOUNTS.accounts[1].email,
};
