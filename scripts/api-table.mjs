// npm run api-table: writes docs/api.md, the API table of every element, from custom-elements.json
// (run `npm run analyze` or `npm run build` first). test/api-table.test.ts fails when they differ.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { renderApiTable } from './api-table.lib.mjs';
import { importTs } from './import-ts.mjs';

if (!existsSync('custom-elements.json')) {
  console.error('custom-elements.json is missing: run npm run analyze first.');
  process.exit(1);
}
const { STRINGS_BY_TAG } = await importTs("export { STRINGS_BY_TAG } from './test/support/strings-tables.ts'");
writeFileSync('docs/api.md', renderApiTable(JSON.parse(readFileSync('custom-elements.json', 'utf8')), STRINGS_BY_TAG));
console.log('Wrote docs/api.md from custom-elements.json');
