export type MotiveSeed = {
  name: string;
  minutes: number;
  /** Share of practitioners of the specialty who offer it (1 when omitted). */
  share?: number;
  teleconsultation?: boolean;
  /** "new" motives are for first visits only, "returning" ones for known patients only. */
  audience?: "new" | "returning";
};

const FIRST_VISIT = "Première consultation";
const FOLLOW_UP = "Consultation de suivi";
const VIDEO = "Téléconsultation";

// Keyed by specialty slug; the first motive is the one a newcomer would pick.
export const MOTIVES_BY_SPECIALTY: Record<string, MotiveSeed[]> = {
  "medecin-generaliste": [
    { name: FIRST_VISIT, minutes: 30, audience: "new" },
    { name: FOLLOW_UP, minutes: 20, audience: "returning" },
    { name: VIDEO, minutes: 15, teleconsultation: true, share: 0.4 },
    { name: "Certificat médical de sport", minutes: 15, share: 0.5 },
    { name: "Vaccination", minutes: 10, share: 0.5 },
    { name: "Renouvellement d'ordonnance", minutes: 15, audience: "returning", share: 0.6 },
  ],
  "chirurgien-dentiste": [
    { name: FIRST_VISIT, minutes: 30, audience: "new" },
    { name: "Contrôle et détartrage", minutes: 30 },
    { name: "Soins dentaires", minutes: 45, audience: "returning" },
    { name: "Urgence dentaire", minutes: 20, share: 0.7 },
  ],
  ophtalmologue: [
    { name: FIRST_VISIT, minutes: 20, audience: "new" },
    { name: FOLLOW_UP, minutes: 15, audience: "returning" },
    { name: "Renouvellement de lunettes", minutes: 15 },
    { name: "Fond d'œil", minutes: 30, share: 0.5 },
  ],
  dermatologue: [
    { name: FIRST_VISIT, minutes: 20, audience: "new" },
    { name: FOLLOW_UP, minutes: 15, audience: "returning" },
    { name: "Contrôle des grains de beauté", minutes: 30, share: 0.8 },
    { name: VIDEO, minutes: 15, teleconsultation: true, share: 0.3 },
  ],
  gynecologue: [
    { name: FIRST_VISIT, minutes: 30, audience: "new" },
    { name: FOLLOW_UP, minutes: 20, audience: "returning" },
    { name: "Frottis de dépistage", minutes: 20 },
    { name: "Suivi de grossesse", minutes: 30, share: 0.6 },
    { name: "Pose de stérilet", minutes: 30, share: 0.6 },
    { name: VIDEO, minutes: 20, teleconsultation: true, share: 0.3 },
  ],
  pediatre: [
    { name: FIRST_VISIT, minutes: 30, audience: "new" },
    { name: FOLLOW_UP, minutes: 20, audience: "returning" },
    { name: "Examen du nourrisson", minutes: 30 },
    { name: "Vaccination", minutes: 15 },
    { name: VIDEO, minutes: 15, teleconsultation: true, share: 0.3 },
  ],
  cardiologue: [
    { name: FIRST_VISIT, minutes: 30, audience: "new" },
    { name: FOLLOW_UP, minutes: 20, audience: "returning" },
    { name: "Électrocardiogramme (ECG)", minutes: 20, share: 0.7 },
    { name: "Échographie cardiaque", minutes: 30, share: 0.6 },
  ],
  "masseur-kinesitherapeute": [
    { name: "Bilan (première séance)", minutes: 45, audience: "new" },
    { name: "Séance de rééducation", minutes: 30, audience: "returning" },
    { name: "Rééducation post-opératoire", minutes: 30, share: 0.6 },
    { name: "Kinésithérapie respiratoire", minutes: 30, share: 0.3 },
  ],
  psychiatre: [
    { name: FIRST_VISIT, minutes: 45, audience: "new" },
    { name: FOLLOW_UP, minutes: 30, audience: "returning" },
    { name: VIDEO, minutes: 30, teleconsultation: true, audience: "returning", share: 0.6 },
  ],
  orl: [
    { name: FIRST_VISIT, minutes: 30, audience: "new" },
    { name: FOLLOW_UP, minutes: 20, audience: "returning" },
    { name: "Audiogramme", minutes: 30, share: 0.6 },
    { name: "Bouchon d'oreille", minutes: 15, share: 0.5 },
  ],
  radiologue: [
    { name: "Radiographie", minutes: 15 },
    { name: "Échographie", minutes: 20, share: 0.9 },
    { name: "Mammographie", minutes: 30, share: 0.6 },
    { name: "Scanner", minutes: 20, share: 0.3 },
  ],
  "sage-femme": [
    { name: FIRST_VISIT, minutes: 45, audience: "new" },
    { name: "Suivi de grossesse", minutes: 30 },
    { name: "Préparation à la naissance", minutes: 60, share: 0.7 },
    { name: "Rééducation périnéale", minutes: 30, share: 0.8 },
    { name: "Consultation de contraception", minutes: 30, share: 0.5 },
  ],
  osteopathe: [
    { name: "Consultation d'ostéopathie", minutes: 45 },
    { name: "Ostéopathie du nourrisson", minutes: 30, share: 0.5 },
    { name: "Ostéopathie de la femme enceinte", minutes: 45, share: 0.3 },
  ],
  rhumatologue: [
    { name: FIRST_VISIT, minutes: 30, audience: "new" },
    { name: FOLLOW_UP, minutes: 20, audience: "returning" },
    { name: "Infiltration", minutes: 20, share: 0.6 },
    { name: "Densitométrie osseuse", minutes: 15, share: 0.3 },
  ],
  "gastro-enterologue": [
    { name: FIRST_VISIT, minutes: 30, audience: "new" },
    { name: FOLLOW_UP, minutes: 20, audience: "returning" },
    { name: "Consultation avant coloscopie", minutes: 20, share: 0.7 },
    { name: VIDEO, minutes: 15, teleconsultation: true, share: 0.2 },
  ],
  psychologue: [
    { name: "Premier entretien", minutes: 60, audience: "new" },
    { name: "Séance de suivi", minutes: 45, audience: "returning" },
    { name: "Séance en visio", minutes: 45, teleconsultation: true, share: 0.6 },
    { name: "Bilan psychologique de l'enfant", minutes: 60, share: 0.3 },
  ],
  orthophoniste: [
    { name: "Bilan orthophonique", minutes: 60, audience: "new" },
    { name: "Séance de rééducation", minutes: 30, audience: "returning" },
    {
      name: "Séance en visio",
      minutes: 30,
      teleconsultation: true,
      audience: "returning",
      share: 0.2,
    },
  ],
  endocrinologue: [
    { name: FIRST_VISIT, minutes: 30, audience: "new" },
    { name: FOLLOW_UP, minutes: 20, audience: "returning" },
    { name: "Échographie thyroïdienne", minutes: 20, share: 0.5 },
    { name: VIDEO, minutes: 15, teleconsultation: true, share: 0.4 },
  ],
};
