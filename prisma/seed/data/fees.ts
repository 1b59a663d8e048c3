import type { ConventionSector } from "../../../lib/generated/prisma/client";

type CentsRange = readonly [number, number];

export type FeeSeed = {
  /** Relative weight of each convention sector among practitioners of the specialty. */
  sectors: Partial<Record<ConventionSector, number>>;
  /** Sector 1 fees are regulated: everyone shows the same range. */
  sector1?: CentsRange;
  /** Free fees: each practitioner's minimum is drawn from this range. */
  free?: CentsRange;
};

const SPECIALIST_SECTOR_1: CentsRange = [3150, 5600];

// Consultation prices in euro cents, close to the 2025–2026 French tariffs.
export const FEES_BY_SPECIALTY: Record<string, FeeSeed> = {
  "medecin-generaliste": {
    sectors: { SECTOR_1: 92, SECTOR_2: 7, NON_CONVENTIONED: 1 },
    sector1: [3000, 3000],
    free: [4000, 7000],
  },
  "chirurgien-dentiste": { sectors: { SECTOR_1: 100 }, sector1: [3000, 3000] },
  ophtalmologue: {
    sectors: { SECTOR_1: 45, SECTOR_2: 50, NON_CONVENTIONED: 5 },
    sector1: SPECIALIST_SECTOR_1,
    free: [5000, 9000],
  },
  dermatologue: {
    sectors: { SECTOR_1: 50, SECTOR_2: 48, NON_CONVENTIONED: 2 },
    sector1: SPECIALIST_SECTOR_1,
    free: [5000, 9000],
  },
  gynecologue: {
    sectors: { SECTOR_1: 40, SECTOR_2: 58, NON_CONVENTIONED: 2 },
    sector1: SPECIALIST_SECTOR_1,
    free: [5000, 9000],
  },
  pediatre: { sectors: { SECTOR_1: 70, SECTOR_2: 30 }, sector1: [3500, 4800], free: [5000, 8000] },
  cardiologue: {
    sectors: { SECTOR_1: 60, SECTOR_2: 40 },
    sector1: [4750, 6500],
    free: [6000, 10000],
  },
  "masseur-kinesitherapeute": { sectors: { SECTOR_1: 100 }, sector1: [1800, 2500] },
  psychiatre: {
    sectors: { SECTOR_1: 60, SECTOR_2: 40 },
    sector1: [5500, 5500],
    free: [7000, 12000],
  },
  orl: {
    sectors: { SECTOR_1: 50, SECTOR_2: 50 },
    sector1: SPECIALIST_SECTOR_1,
    free: [5000, 8000],
  },
  radiologue: {
    sectors: { SECTOR_1: 80, SECTOR_2: 20 },
    sector1: [2500, 8000],
    free: [4000, 12000],
  },
  "sage-femme": { sectors: { SECTOR_1: 100 }, sector1: [2500, 3000] },
  osteopathe: { sectors: { NON_CONVENTIONED: 100 }, free: [5000, 8000] },
  rhumatologue: {
    sectors: { SECTOR_1: 60, SECTOR_2: 40 },
    sector1: SPECIALIST_SECTOR_1,
    free: [5000, 8000],
  },
  "gastro-enterologue": {
    sectors: { SECTOR_1: 60, SECTOR_2: 40 },
    sector1: SPECIALIST_SECTOR_1,
    free: [5000, 9000],
  },
  psychologue: { sectors: { NON_CONVENTIONED: 100 }, free: [5000, 8000] },
  orthophoniste: { sectors: { SECTOR_1: 100 }, sector1: [3000, 5500] },
  endocrinologue: {
    sectors: { SECTOR_1: 55, SECTOR_2: 45 },
    sector1: SPECIALIST_SECTOR_1,
    free: [5000, 9000],
  },
};
