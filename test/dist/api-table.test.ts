// The API table (docs/api.md, linked from the README) is generated from custom-elements.json by
// `npm run api-table`. This fails when the committed page and the manifest the build makes differ, so a
// changed attribute, part or event cannot ship with a stale table.
import { expect } from '@open-wc/testing';
import { elementsOf, renderApiTable } from '../../scripts/api-table.lib.mjs';
import { STRINGS_BY_TAG } from '../support/strings-tables.js';

interface Named {
  name: string;
  attribute?: string;
}
interface Element {
  tagName: string;
  attributes?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  slots?: Named[];
}

let manifest: { modules: unknown[] };
let page = '';
before(async () => {
  const res = await fetch('/custom-elements.json', { cache: 'no-store' });
  expect(res.ok, 'custom-elements.json is built (npm run build / npm run analyze)').to.equal(true);
  manifest = await res.json();
  page = await (await fetch('/docs/api.md', { cache: 'no-store' })).text();
});

/** The lines of one element's section of the page. */
function section(tag: string): string {
  const start = page.indexOf(`## \`<${tag}>\``);
  const next = page.indexOf('\n## `<', start + 1);
  return start < 0 ? '' : page.slice(start, next < 0 ? undefined : next);
}

describe('docs/api.md: the API table matches custom-elements.json', () => {
  it('is exactly what npm run api-table makes from the current manifest', () => {
    expect(page, 'docs/api.md is stale: run npm run api-table').to.equal(renderApiTable(manifest, STRINGS_BY_TAG));
  });

  it('has a row for every attribute, event, part, CSS property and slot of every element', () => {
    const elements = elementsOf(manifest) as Element[];
    expect(elements.length).to.be.at.least(5);
    const missing: string[] = [];
    for (const d of elements) {
      const s = section(d.tagName);
      if (!s) missing.push(`<${d.tagName}> section`);
      const rows = [...(d.attributes ?? []), ...(d.events ?? []), ...(d.cssParts ?? []), ...(d.cssProperties ?? [])].map((x) => x.name);
      rows.push(...(d.slots ?? []).filter((x) => x.name).map((x) => x.name));
      // Every key a site can give in `strings`, with its English text.
      rows.push(...Object.keys(STRINGS_BY_TAG[d.tagName] ?? {}));
      for (const name of rows) if (!s.includes(`| \`${name}\` |`)) missing.push(`<${d.tagName}> ${name}`);
    }
    expect(missing).to.deep.equal([]);
  });
});
