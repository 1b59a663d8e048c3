// Typical opening patterns, as local minutes after midnight (8:30 = 510). Each practitioner
// then varies them a little (see build-weekly-hours.ts).

type Window = readonly [start: number, end: number];

export type HoursProfile = {
  morning: Window;
  /** Absent for practices open without a lunch break (imaging centres). */
  afternoon?: Window;
  /** Probability of one weekday off each week (part-time, hospital day). */
  dayOff: number;
  /** Probability of closing one afternoon (traditionally Wednesday or Thursday). */
  afternoonOff: number;
  /** Probability of opening on Saturday morning, and when. */
  saturday: number;
  saturdayWindow: Window;
};

const h = (hours: number, minutes = 0) => hours * 60 + minutes;

const SPECIALIST: HoursProfile = {
  morning: [h(9), h(12, 30)],
  afternoon: [h(14), h(18)],
  dayOff: 0.7,
  afternoonOff: 0.2,
  saturday: 0.1,
  saturdayWindow: [h(9), h(12)],
};

export const HOURS_BY_SPECIALTY: Record<string, HoursProfile> = {
  "medecin-generaliste": {
    morning: [h(8, 30), h(12, 30)],
    afternoon: [h(14), h(19)],
    dayOff: 0.1,
    afternoonOff: 0.5,
    saturday: 0.3,
    saturdayWindow: [h(9), h(12)],
  },
  "chirurgien-dentiste": {
    morning: [h(9), h(12, 30)],
    afternoon: [h(14), h(19)],
    dayOff: 0.5,
    afternoonOff: 0.1,
    saturday: 0.15,
    saturdayWindow: [h(9), h(12, 30)],
  },
  pediatre: {
    morning: [h(9), h(12)],
    afternoon: [h(14), h(18, 30)],
    dayOff: 0.1,
    afternoonOff: 0.3,
    saturday: 0.4,
    saturdayWindow: [h(9), h(12)],
  },
  "masseur-kinesitherapeute": {
    morning: [h(8), h(12)],
    afternoon: [h(14), h(20)],
    dayOff: 0.2,
    afternoonOff: 0.2,
    saturday: 0.3,
    saturdayWindow: [h(8, 30), h(12)],
  },
  radiologue: {
    morning: [h(8), h(18, 30)],
    dayOff: 0,
    afternoonOff: 0,
    saturday: 0.6,
    saturdayWindow: [h(8), h(12)],
  },
  "sage-femme": { ...SPECIALIST, dayOff: 0.2, afternoonOff: 0.5 },
  osteopathe: {
    morning: [h(9), h(13)],
    afternoon: [h(14), h(19, 30)],
    dayOff: 0.5,
    afternoonOff: 0.2,
    saturday: 0.6,
    saturdayWindow: [h(9), h(13)],
  },
  psychiatre: { ...SPECIALIST, morning: [h(9), h(13)], afternoon: [h(14), h(19)], saturday: 0 },
  psychologue: { ...SPECIALIST, morning: [h(9), h(13)], afternoon: [h(14), h(20)], saturday: 0.3 },
  orthophoniste: {
    morning: [h(8, 30), h(12)],
    afternoon: [h(13, 30), h(19)],
    dayOff: 0.3,
    afternoonOff: 0.1,
    saturday: 0.2,
    saturdayWindow: [h(9), h(12)],
  },
  ophtalmologue: SPECIALIST,
  dermatologue: SPECIALIST,
  gynecologue: SPECIALIST,
  cardiologue: SPECIALIST,
  orl: SPECIALIST,
  rhumatologue: SPECIALIST,
  "gastro-enterologue": SPECIALIST,
  endocrinologue: SPECIALIST,
};
