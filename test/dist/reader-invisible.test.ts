// Maintainers' notes on facts (`recheck`, `preReleaseCheck`, `sourceNote`: what a person re-reads before a
// release) are never shown to readers, so the CDN files leave them out (rollup.config.ts
// stripReaderInvisible); the data modules keep them for `npm run check:data`. Notes come from the modules.
import { expect } from '@open-wc/testing';
import * as checklist from '../../src/data/checklist.js';
import * as schemes from '../../src/data/disclosure-schemes.js';
import * as four from '../../src/data/four.js';
import * as helplines from '../../src/data/helplines.js';
import * as onlineSafety from '../../src/data/online-safety.js';
import * as law from '../../src/data/stalking-law.js';

const KEYS = ['recheck', 'preReleaseCheck', 'sourceNote'];

function notes(value: unknown, seen = new Set<unknown>(), out = new Set<string>()): Set<string> {
  if (!value || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  for (const [k, v] of Object.entries(value)) {
    if (KEYS.includes(k) && typeof v === 'string' && v.length > 12) out.add(v);
    else notes(v, seen, out);
  }
  return out;
}

describe('CDN files leave out maintainers’ notes on facts', () => {
  it('no recheck, preReleaseCheck or sourceNote text in any file of dist/cdn/', async () => {
    const all = new Set<string>();
    for (const mod of [checklist, schemes, four, helplines, law, onlineSafety]) notes(mod, new Set(), all);
    expect(all.size, 'the data modules have notes to leave out').to.be.greaterThan(0);
    const integrity: Record<string, string> = await (await fetch('/dist/cdn/integrity.json', { cache: 'no-store' })).json();
    const files = Object.keys(integrity).filter((f) => f.endsWith('.js'));
    expect(files.length, 'the CDN files to search').to.be.greaterThan(8);
    for (const f of files) {
      const code = await (await fetch(`/dist/cdn/${f}`, { cache: 'no-store' })).text();
      // As written in a minified string literal (quotes and backslashes escaped the same way in any form).
      for (const note of all) expect(code.includes(note) || code.includes(JSON.stringify(note).slice(1, -1)), `${f} holds "${note.slice(0, 40)}…"`).to.equal(false);
    }
    console.log(`[issue-18 figures] ${all.size} maintainers' notes left out of ${files.length} CDN files`);
  });
});
