// Part of npm run check:data: every translation's review status. For each element and language it
// lists every string that no speaker of the language has reviewed (`reviewed: false`), except the
// terms taken from public bodies (`sourced`, reference section 9), which it lists with their source.
// A release is not made while it lists any (DECISIONS.md). Keys that differ from the English table fail.
//
// `node scripts/check-strings.mjs --summary` prints the counts only.
import { importTs } from './import-ts.mjs';

const ELEMENTS = {
  'quick-exit': ['en', 'translations'],
  'helpline-directory': ['en', 'translations'],
  'four-explainer': ['en', 'translations'],
  checklist: ['en', 'translations'],
  'clares-law': ['en', 'translations'],
  'online-safety': ['en', 'translations'],
};
const entry = Object.entries(ELEMENTS)
  .map(
    ([name, [en, tr]], i) =>
      `export { ${en} as en${i}, ${tr} as tr${i} } from './src/components/${name}/${name}.strings.ts';`,
  )
  .join('\n');
const mod = await importTs(entry);
const summary = process.argv.includes('--summary');

let errors = 0;
let unreviewed = 0;
const sourcedTerms = new Map();
for (const [i, name] of Object.keys(ELEMENTS).entries()) {
  const enTable = mod[`en${i}`];
  for (const [lang, load] of Object.entries(mod[`tr${i}`])) {
    const t = (await load()).default;
    const missing = Object.keys(enTable).filter((k) => !(k in t.strings));
    const extra = Object.keys(t.strings).filter((k) => !(k in enTable));
    if (missing.length || extra.length) {
      errors++;
      console.error(
        `${name} [${lang}]: keys differ from English (missing: ${missing.join(', ') || 'none'}; extra: ${extra.join(', ') || 'none'})`,
      );
    }
    const all = { ...t.strings, ...t.content };
    for (const [key, source] of Object.entries(t.sourced)) sourcedTerms.set(`${lang}: ${all[key]}`, source);
    const pending = t.reviewed ? [] : Object.entries(all).filter(([key]) => !(key in t.sourced));
    unreviewed += pending.length;
    console.log(
      `\n${name} [${lang}]: ${t.reviewed ? 'reviewed' : `NOT REVIEWED: ${pending.length} of ${Object.keys(all).length} strings need a ${lang} speaker's review`}`,
    );
    if (!summary) for (const [key, text] of pending) console.log(`  ${key}: ${text}`);
  }
}
console.log(`\nTerms used by public bodies (count as sourced):`);
for (const [term, source] of sourcedTerms) console.log(`  ${term}  <- ${source}`);
console.log(`\n${unreviewed} translated strings await review before a release.`);
process.exit(errors ? 1 : 0);
