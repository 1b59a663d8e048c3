import { parseCommunes, type Commune } from "../../../lib/places/commune-index";
import { COMMUNES_TSV } from "../../../lib/places/data/communes";

export type CityArea = { postcode: string; latitude: number; longitude: number; weight: number };

export type CitySeed = {
  /** INSEE code of the commune. */
  code: string;
  name: string;
  /** Inhabitants (INSEE, as shipped in lib/places/data): how many practitioners it gets. */
  population: number;
  /** Where search centres "à <name>": the commune's own position. */
  latitude: number;
  longitude: number;
  timeZone: string;
  /** Paris, Marseille and Lyon are split by arrondissement so that postcodes stay true. */
  areas: CityArea[];
};

// France's 40 most populous communes in the commune data (lib/places/data, INSEE
// populations), largest first; a unit test keeps the list equal to the data. Saint-Denis
// and Saint-Paul de La Réunion are among them: France, in its own time zone.
// prettier-ignore
export const CITY_CODES = [
  "75056", "13055", "69123", "31555", "06088", "44109", "34172", "67482", "33063", "59350",
  "35238", "83137", "51454", "42218", "76351", "69266", "21231", "49007", "38185", "97411",
  "30189", "13001", "93066", "63113", "72181", "29019", "37261", "80021", "74010", "87085",
  "57463", "66136", "92012", "25056", "76540", "45234", "93048", "14118", "97415", "95018",
];

// Municipal arrondissements carry their own INSEE code (751xx, 132xx, 6938x).
const ARRONDISSEMENT_PREFIX: Record<string, string> = {
  "75056": "751",
  "13055": "132",
  "69123": "6938",
};
// Outer arrondissements (L'Estaque, Les Goudes…) lie beyond 10 km of the centre search
// uses; a practice there would not be found "à Marseille" within the default radius.
const MAX_AREA_KM = 7.5;

function timeZoneOf(code: string): string {
  return code.startsWith("974") ? "Indian/Reunion" : "Europe/Paris";
}

/** Great-circle distance in kilometres (the seed's own check; search uses earthdistance). */
export function distanceKm(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function toCity(commune: Commune, communes: Commune[]): CitySeed {
  const prefix = ARRONDISSEMENT_PREFIX[commune.code];
  const areas = prefix
    ? communes
        .filter((part) => part.code.startsWith(prefix) && distanceKm(part, commune) <= MAX_AREA_KM)
        .map((part) => ({
          postcode: part.postcodes[0],
          latitude: part.latitude,
          longitude: part.longitude,
          weight: part.population,
        }))
    : [
        {
          postcode: commune.postcodes[0],
          latitude: commune.latitude,
          longitude: commune.longitude,
          weight: 1,
        },
      ];
  return {
    code: commune.code,
    name: commune.name,
    population: commune.population,
    latitude: commune.latitude,
    longitude: commune.longitude,
    timeZone: timeZoneOf(commune.code),
    areas,
  };
}

function loadCities(): CitySeed[] {
  const communes = parseCommunes(COMMUNES_TSV);
  const byCode = new Map(communes.map((commune) => [commune.code, commune]));
  return CITY_CODES.map((code) => {
    const commune = byCode.get(code);
    if (!commune) throw new Error(`seed: commune ${code} missing from lib/places/data`);
    return toCity(commune, communes);
  });
}

export const CITIES: CitySeed[] = loadCities();

// Generic street names found in most French towns, so any of them fits any city.
export const STREETS = [
  "rue de la République",
  "avenue Jean Jaurès",
  "boulevard Victor Hugo",
  "rue Pasteur",
  "rue du Général Leclerc",
  "avenue du Maréchal Foch",
  "rue Gambetta",
  "rue Nationale",
  "rue des Écoles",
  "avenue de la Gare",
  "rue Voltaire",
  "rue Émile Zola",
  "rue Carnot",
  "rue Jules Ferry",
  "place de la Mairie",
  "rue de la Paix",
  "boulevard de la Liberté",
  "rue du Marché",
  "rue Anatole France",
  "avenue de Verdun",
  "rue Saint-Martin",
  "rue des Tilleuls",
  "rue du Moulin",
  "allée des Acacias",
  "rue Jean Moulin",
  "rue Paul Bert",
  "avenue Aristide Briand",
  "rue Denis Papin",
];
