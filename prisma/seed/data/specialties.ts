import type { PractitionerTitle } from "../../../lib/generated/prisma/client";

export type SpecialtySeed = {
  slug: string;
  nameFr: string;
  nameEn: string;
  nameDe: string;
  /** What patients actually type into the search box. */
  synonyms: string[];
  /** How many practise in France (sources above SPECIALTIES): the seed's specialty mix. */
  weight: number;
  title: PractitionerTitle;
  /** How the practice is usually called on its door plate. */
  practiceNames: string[];
};

// Headcounts in activity in France, rounded, all modes of practice (self-employed, mixed,
// salaried): orders of magnitude, enough for the demo's mix to have the country's shape.
// - Doctors and the other professions with an Ordre (RPPS): DREES, "Démographie des
//   professionnels de santé" at 1 January 2023 — 99,500 general practitioners,
//   45,200 dentists, 24,600 midwives; specialists by specialty from the same series
//   (psychiatry about 15,500, radiology 9,000, paediatrics 8,500, cardiology 7,800,
//   gynaecology-obstetrics and medical gynaecology 6,700, ophthalmology 6,000,
//   gastroenterology 3,900, dermatology 3,800, ENT 3,000, rheumatology 2,600,
//   endocrinology 2,300).
// - Physiotherapists (masseurs-kinésithérapeutes): about 97,000 (RPPS via DREES, Ordre des
//   masseurs-kinésithérapeutes, 2023).
// - Psychologists: 77,000 (DREES from the Adeli register, under-62s, 1 January 2024);
//   speech therapists (orthophonistes): about 26,000 (same source); osteopaths with the
//   title only: about 30,000 (Adeli / professional registers, order of magnitude).
// Nurses are not seeded: Praxis has no nursing specialty yet.
export const SPECIALTIES: SpecialtySeed[] = [
  {
    slug: "medecin-generaliste",
    nameFr: "Médecin généraliste",
    nameEn: "General practitioner",
    nameDe: "Allgemeinmediziner",
    synonyms: [
      "généraliste",
      "generaliste",
      "médecin traitant",
      "médecin de famille",
      "docteur",
      "MG",
    ],
    weight: 99_500,
    title: "DR",
    practiceNames: ["Cabinet médical", "Maison de santé pluriprofessionnelle", "Centre de santé"],
  },
  {
    slug: "chirurgien-dentiste",
    nameFr: "Chirurgien-dentiste",
    nameEn: "Dentist",
    nameDe: "Zahnarzt",
    synonyms: ["dentiste", "dents", "soins dentaires", "détartrage"],
    weight: 45_200,
    title: "DR",
    practiceNames: ["Cabinet dentaire", "Centre dentaire"],
  },
  {
    slug: "ophtalmologue",
    nameFr: "Ophtalmologue",
    nameEn: "Ophthalmologist",
    nameDe: "Augenarzt",
    synonyms: ["ophtalmo", "ophtalmologiste", "ophta", "oculiste", "yeux"],
    weight: 6_000,
    title: "DR",
    practiceNames: ["Cabinet d'ophtalmologie", "Centre ophtalmologique"],
  },
  {
    slug: "dermatologue",
    nameFr: "Dermatologue",
    nameEn: "Dermatologist",
    nameDe: "Hautarzt",
    synonyms: ["dermato", "dermatologiste", "peau", "grain de beauté"],
    weight: 3_800,
    title: "DR",
    practiceNames: ["Cabinet de dermatologie", "Centre dermatologique"],
  },
  {
    slug: "gynecologue",
    nameFr: "Gynécologue",
    nameEn: "Gynaecologist",
    nameDe: "Frauenarzt",
    synonyms: ["gynéco", "gyneco", "gynécologue médical", "gynécologue obstétricien"],
    weight: 6_700,
    title: "DR",
    practiceNames: ["Cabinet de gynécologie", "Centre de santé de la femme"],
  },
  {
    slug: "pediatre",
    nameFr: "Pédiatre",
    nameEn: "Paediatrician",
    nameDe: "Kinderarzt",
    synonyms: ["pédiatrie", "pediatre", "médecin pour enfant", "bébé"],
    weight: 8_500,
    title: "DR",
    practiceNames: ["Cabinet de pédiatrie", "Cabinet médical"],
  },
  {
    slug: "cardiologue",
    nameFr: "Cardiologue",
    nameEn: "Cardiologist",
    nameDe: "Kardiologe",
    synonyms: ["cardio", "cœur", "coeur", "électrocardiogramme"],
    weight: 7_800,
    title: "DR",
    practiceNames: ["Cabinet de cardiologie", "Centre cardiologique"],
  },
  {
    slug: "masseur-kinesitherapeute",
    nameFr: "Masseur-kinésithérapeute",
    nameEn: "Physiotherapist",
    nameDe: "Physiotherapeut",
    synonyms: ["kiné", "kine", "kinésithérapeute", "kinési", "rééducation"],
    weight: 97_000,
    title: "NONE",
    practiceNames: ["Cabinet de kinésithérapie", "Centre de rééducation"],
  },
  {
    slug: "psychiatre",
    nameFr: "Psychiatre",
    nameEn: "Psychiatrist",
    nameDe: "Psychiater",
    synonyms: ["psy", "psychiatrie", "pédopsychiatre"],
    weight: 15_500,
    title: "DR",
    practiceNames: ["Cabinet de psychiatrie", "Cabinet médical"],
  },
  {
    slug: "orl",
    nameFr: "Oto-rhino-laryngologiste (ORL)",
    nameEn: "Ear, nose and throat specialist",
    nameDe: "Hals-Nasen-Ohren-Arzt",
    synonyms: ["ORL", "oto-rhino", "otorhino", "oreilles", "audition"],
    weight: 3_000,
    title: "DR",
    practiceNames: ["Cabinet d'ORL", "Centre ORL"],
  },
  {
    slug: "radiologue",
    nameFr: "Radiologue",
    nameEn: "Radiologist",
    nameDe: "Radiologe",
    synonyms: ["radio", "radiologie", "échographie", "imagerie", "IRM", "scanner"],
    weight: 9_000,
    title: "DR",
    practiceNames: ["Centre d'imagerie médicale", "Cabinet de radiologie"],
  },
  {
    slug: "sage-femme",
    nameFr: "Sage-femme",
    nameEn: "Midwife",
    nameDe: "Hebamme",
    synonyms: ["sage femme", "maïeuticien", "suivi de grossesse", "rééducation périnéale"],
    weight: 24_600,
    title: "NONE",
    practiceNames: ["Cabinet de sage-femme", "Maison de santé pluriprofessionnelle"],
  },
  {
    slug: "osteopathe",
    nameFr: "Ostéopathe",
    nameEn: "Osteopath",
    nameDe: "Osteopath",
    synonyms: ["ostéo", "osteo", "ostéopathie"],
    weight: 30_000,
    title: "NONE",
    practiceNames: ["Cabinet d'ostéopathie"],
  },
  {
    slug: "rhumatologue",
    nameFr: "Rhumatologue",
    nameEn: "Rheumatologist",
    nameDe: "Rheumatologe",
    synonyms: ["rhumato", "articulations", "arthrose"],
    weight: 2_600,
    title: "DR",
    practiceNames: ["Cabinet de rhumatologie"],
  },
  {
    slug: "gastro-enterologue",
    nameFr: "Gastro-entérologue",
    nameEn: "Gastroenterologist",
    nameDe: "Gastroenterologe",
    synonyms: ["gastro", "gastro-entérologie", "hépato-gastro", "coloscopie"],
    weight: 3_900,
    title: "DR",
    practiceNames: ["Cabinet de gastro-entérologie"],
  },
  {
    slug: "psychologue",
    nameFr: "Psychologue",
    nameEn: "Psychologist",
    nameDe: "Psychologe",
    synonyms: ["psy", "psychologie", "psychothérapeute", "thérapeute"],
    weight: 77_000,
    title: "NONE",
    practiceNames: ["Cabinet de psychologie"],
  },
  {
    slug: "orthophoniste",
    nameFr: "Orthophoniste",
    nameEn: "Speech therapist",
    nameDe: "Logopäde",
    synonyms: ["ortho", "orthophonie", "logopède", "bilan orthophonique"],
    weight: 26_000,
    title: "NONE",
    practiceNames: ["Cabinet d'orthophonie"],
  },
  {
    slug: "endocrinologue",
    nameFr: "Endocrinologue",
    nameEn: "Endocrinologist",
    nameDe: "Endokrinologe",
    synonyms: ["endoc", "endocrino", "diabétologue", "thyroïde"],
    weight: 2_300,
    title: "DR",
    practiceNames: ["Cabinet d'endocrinologie"],
  },
];
