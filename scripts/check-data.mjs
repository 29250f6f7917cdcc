// npm run check:data: validates the bundled helpline data (the same checks the element applies to a
// site's JSON, plus unique ids and the schema's lists matching the TypeScript ones) and lists entries
// whose verifiedOn is more than 12 months old. Invalid data fails (exit 1); stale data warns (exit 0),
// and a release is not made while it warns (DECISIONS.md).
//
// It also:
// - checks every bundled phone and text number against libphonenumber (libphonenumber-js, a dev
//   dependency) and that the run-time rule (src/internal/uk-phone-rule.ts) agrees with it;
// - fails on a `source` that is a site's home page unless the entry says why (`sourceNote`);
// - prints the live-check list: every fact that no person has yet confirmed on the live page
//   (`liveCheckedOn` missing), since `verifiedOn` is a check against the reference file only;
// - warns when the generated bank holiday table runs out within 12 months.
//
// A site can check its own JSON the same way: `node scripts/check-data.mjs path/to/helplines.json`.
import { importTs } from './import-ts.mjs';
import { readFileSync } from 'node:fs';

const entry = `
export { HELPLINES, EMERGENCY, CATEGORIES } from './src/data/helplines.ts';
export { SERVICE_NATION_VALUES as NATIONS } from './src/internal/nation.ts';
export { helplineProblem, isIsoDate, KNOWN_WRONG } from './src/components/helpline-directory/validate.ts';
export { phoneDigits, phoneProblem } from './src/internal/phone.ts';
export { BANK_HOLIDAYS } from './src/data/bank-holidays.ts';
export * as checklist from './src/data/checklist.ts';
export * as four from './src/data/four.ts';
export * as stalkerTypes from './src/data/stalker-types.ts';
export * as fourBehaviours from './src/data/four-behaviours.ts';
export * as stalkingLaw from './src/data/stalking-law.ts';
export * as disclosureSchemes from './src/data/disclosure-schemes.ts';
export * as onlineSafety from './src/data/online-safety.ts';
`;
const mod = await importTs(entry);
const {
  HELPLINES,
  EMERGENCY,
  CATEGORIES,
  NATIONS,
  helplineProblem,
  isIsoDate,
  KNOWN_WRONG,
  phoneDigits,
  phoneProblem,
  BANK_HOLIDAYS,
} = mod;
const { isValidPhoneNumber, parsePhoneNumberFromString } = await import('libphonenumber-js/max');

/** A source that is a site's home page (no path, or only "/"). */
const isHomePage = (url) => {
  try {
    const u = new URL(url);
    return (u.pathname === '/' || u.pathname === '') && !u.search;
  } catch {
    return false;
  }
};
const liveList = [];
/** Every fact with evidence: a home-page source needs a reason; no live check puts it on the list. */
function evidence(path, value) {
  for (const key of ['source', 'hoursSource']) {
    if (value[key] && isHomePage(value[key]) && !value.sourceNote)
      errors.push(
        `${path}: ${key} ${value[key]} is a home page; use a page that says the fact, or say why in sourceNote`,
      );
  }
  if (value.liveCheckedOn !== undefined && !isIsoDate(value.liveCheckedOn))
    errors.push(`${path}: liveCheckedOn "${value.liveCheckedOn}" is not a date`);
  if (!value.liveCheckedOn) liveList.push(`${path}: ${value.source}`);
}

/** Every number against libphonenumber: short codes (3 to 6 digits) have no national form and are dialled as they are. */
function checkNumber(path, number) {
  const digits = phoneDigits(number);
  if (/^[1-9]\d{2,5}$/.test(digits)) return;
  const valid = isValidPhoneNumber(number, 'GB');
  if (!valid) errors.push(`${path}: "${number}" is not a valid number by libphonenumber`);
  if (valid !== !phoneProblem(number))
    errors.push(`${path}: the run-time rule and libphonenumber disagree about "${number}"`);
  const parsed = parsePhoneNumberFromString(number, 'GB');
  if (parsed && KNOWN_WRONG[`0${parsed.nationalNumber}`]) errors.push(`${path}: "${number}" is a known wrong number`);
}

const now = process.env.CHECK_DATA_TODAY ? new Date(`${process.env.CHECK_DATA_TODAY}T00:00:00Z`) : new Date();
const cutoff = new Date(now);
cutoff.setUTCFullYear(cutoff.getUTCFullYear() - 1);
const cutoffIso = cutoff.toISOString().slice(0, 10);

const errors = [];
const stale = [];
const ids = new Set();
for (const h of HELPLINES) {
  const problem = helplineProblem(h);
  if (problem) errors.push(`helplines: entry "${h?.id}": ${problem}`);
  if (ids.has(h?.id)) errors.push(`helplines: id "${h.id}" is used twice`);
  ids.add(h?.id);
  if (isIsoDate(h?.verifiedOn) && h.verifiedOn < cutoffIso)
    stale.push(`helplines: "${h.id}" last verified ${h.verifiedOn}`);
  evidence(`helplines: "${h.id}"`, h);
  for (const [i, p] of (h.phones ?? []).entries()) checkNumber(`helplines: "${h.id}" phones[${i}]`, p.number);
  for (const [i, t] of (h.texts ?? []).entries()) checkNumber(`helplines: "${h.id}" texts[${i}]`, t.number);
}
// The reference's known-wrong numbers (section 6) are real-looking numbers: libphonenumber and the run-time
// rule must agree on each, and the validator must refuse each by the known-wrong list.
for (const digits of Object.keys(KNOWN_WRONG)) {
  if (isValidPhoneNumber(digits, 'GB') !== !phoneProblem(digits))
    errors.push(`known-wrong ${digits}: the run-time rule and libphonenumber disagree`);
  if (
    !helplineProblem({
      id: 'x',
      name: 'x',
      description: 'x',
      categories: ['victims'],
      source: 'https://example.org/x',
      verifiedOn: '2026-01-01',
      phones: [{ number: digits }],
    })
  ) {
    errors.push(`known-wrong ${digits}: the validator accepts it`);
  }
}
for (const f of EMERGENCY) {
  if (!/^https?:\/\//.test(f.source ?? '')) errors.push(`emergency: "${f.id}" has no source URL`);
  if (!isIsoDate(f.verifiedOn)) errors.push(`emergency: "${f.id}" has no verifiedOn date`);
  else if (f.verifiedOn < cutoffIso) stale.push(`emergency: "${f.id}" last verified ${f.verifiedOn}`);
  evidence(`emergency: "${f.id}"`, f);
}

// Every other bundled fact (checklist items, FOUR content, stalking law, disclosure schemes): any object
// that carries `verifiedOn` must also carry a source URL and a real date, and is stale after 12 months.
// `recheck` / `preReleaseCheck` notes are what a person must read again before every release.
const releaseChecks = [];
let facts = 0;
function walk(value, path) {
  if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${path}[${v?.id ?? i}]`));
  if (!value || typeof value !== 'object') return;
  if ('verifiedOn' in value) {
    facts++;
    if (!/^https:\/\//.test(value.source ?? '')) errors.push(`${path}: no https source URL`);
    if (!isIsoDate(value.verifiedOn)) errors.push(`${path}: verifiedOn "${value.verifiedOn}" is not a date`);
    else if (value.verifiedOn < cutoffIso) stale.push(`${path}: last verified ${value.verifiedOn}`);
    evidence(path, value);
  }
  for (const note of [value.recheck, value.preReleaseCheck]) if (note) releaseChecks.push(`${path}: ${note}`);
  for (const [k, v] of Object.entries(value)) if (v && typeof v === 'object') walk(v, `${path}.${k}`);
}
for (const name of [
  'checklist',
  'four',
  'stalkerTypes',
  'fourBehaviours',
  'stalkingLaw',
  'disclosureSchemes',
  'onlineSafety',
]) {
  for (const [exported, value] of Object.entries(mod[name]))
    if (typeof value === 'object') walk(value, `${name}.${exported}`);
}

// Site JSON files named on the command line get the same checks.
for (const file of process.argv.slice(2)) {
  let data;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    errors.push(`${file}: not readable JSON (${e.message})`);
    continue;
  }
  const list = Array.isArray(data) ? data : data?.helplines;
  if (!Array.isArray(list)) {
    errors.push(`${file}: not an array of helplines or an object with a "helplines" array`);
    continue;
  }
  const seen = new Set();
  list.forEach((h, i) => {
    const name = typeof h?.id === 'string' ? `"${h.id}"` : `#${i + 1}`;
    const problem = helplineProblem(h) ?? (seen.has(h.id) ? 'its id is used by an earlier entry' : undefined);
    if (problem) errors.push(`${file}: entry ${name}: ${problem}`);
    seen.add(h?.id);
    if (isIsoDate(h?.verifiedOn) && h.verifiedOn < cutoffIso)
      stale.push(`${file}: ${name} last verified ${h.verifiedOn}`);
  });
}

// The published schema must list the same categories and nations as the TypeScript type.
const schema = JSON.parse(readFileSync('src/data/helplines.schema.json', 'utf8'));
const props = schema.$defs.helpline.properties;
const same = (a, b) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
if (!same(props.categories.items.enum, CATEGORIES))
  errors.push('helplines.schema.json: categories differ from CATEGORIES in src/data/helplines.ts');
if (!same(props.nations.items.enum, NATIONS))
  errors.push('helplines.schema.json: nations differ from SERVICE_NATION_VALUES in src/internal/nation.ts');

// The bank holiday table (generated from date-holidays) must cover the next 12 months.
const soon = new Date(now);
soon.setUTCFullYear(soon.getUTCFullYear() + 1);
const tableWarning =
  `${BANK_HOLIDAYS.lastYear}-12-31` < soon.toISOString().slice(0, 10)
    ? `the bank holiday table (src/data/bank-holidays.ts, ${BANK_HOLIDAYS.source}) ends in ${BANK_HOLIDAYS.lastYear}, within 12 months: run \`npm run data:bank-holidays\` with a later last year and commit it (beyond the table the standing rules are used, which miss one-off days).`
    : undefined;

console.log(
  `check:data: ${HELPLINES.length} helplines, ${EMERGENCY.length} emergency facts and ${facts} other sourced facts checked (stale before ${cutoffIso}).`,
);
console.log(
  `Bank holidays: ${BANK_HOLIDAYS.source}, ${BANK_HOLIDAYS.firstYear} to ${BANK_HOLIDAYS.lastYear}; standing rules after that.`,
);
console.log(
  `\nLive-check list: ${liveList.length} fact${liveList.length === 1 ? '' : 's'} checked against the reference file only, not yet against the live page by a person (set liveCheckedOn once done; readers see the source and its own date until then):`,
);
for (const l of liveList) console.log(`  - ${l}`);
if (tableWarning) console.warn(`\nWARNING: ${tableWarning}`);
if (releaseChecks.length) {
  console.log(`\nBefore a release, a person re-reads these against their sources:`);
  for (const c of [...new Set(releaseChecks)]) console.log(`  - ${c}`);
}
if (stale.length) {
  console.warn(
    `\nWARNING: ${stale.length} entr${stale.length === 1 ? 'y is' : 'ies are'} more than 12 months old; re-check against the source before a release:`,
  );
  for (const s of stale) console.warn(`  - ${s}`);
}
if (errors.length) {
  console.error(`\nERROR: ${errors.length} problem${errors.length === 1 ? '' : 's'} in the data:`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}
console.log(stale.length ? 'Data valid, with stale entries (see above).' : 'Data valid and up to date.');
