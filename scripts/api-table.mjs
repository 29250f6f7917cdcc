// npm run api-table: writes docs/api.md, the API table of every element, from custom-elements.json
// (run `npm run analyze` or `npm run build` first). test/api-table.test.ts fails when they differ.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { renderApiTable } from './api-table.lib.mjs';

if (!existsSync('custom-elements.json')) {
  console.error('custom-elements.json is missing: run npm run analyze first.');
  process.exit(1);
}
writeFileSync('docs/api.md', renderApiTable(JSON.parse(readFileSync('custom-elements.json', 'utf8'))));
console.log('Wrote docs/api.md from custom-elements.json');
