// Sites that change page without loading one (Turbo Drive, pjax, Swup, a CMS's "instant" navigation) swap the
// <body>, move permanent elements into the new one, put a saved copy back on Back, or rewrite the whole
// document. After each swap the quick exit must still leave, by Shift pressed three times and by a tap, once,
// with one copy drawn. Built files, real input, all three engines (./drivers.mjs).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { findEngines, requestedEngines } from '../../scripts/browsers.mjs';
import { openBrowser } from './drivers.mjs';
import { startServers } from './serve.mjs';

if (!existsSync('dist/cdn/safety-elements.js'))
  throw new Error('dist/cdn is missing: run `npm run build` first (npm test does).');

const engines = findEngines();
let servers;
const routes = {};

/** What each swap does, as the libraries do it; `quickExit` is the element's markup for the new page. */
const SWAPS = {
  'a new body with a new quick exit (Turbo Drive, Swup)': `const b = document.createElement('body');
    b.innerHTML = quickExit + '<main><h1>Page 2</h1></main>'; document.body.replaceWith(b);`,
  "the same quick exit moved into the new body (Turbo's permanent elements)": `const qe = document.querySelector('safety-quick-exit');
    const b = document.createElement('body'); b.innerHTML = '<div id="slot"></div><main><h1>Page 2</h1></main>';
    document.body.replaceWith(b); b.querySelector('#slot').replaceWith(qe);`,
  "a saved copy of the body put back (Turbo's Back)": `const saved = document.body.cloneNode(true);
    const b = document.createElement('body'); b.innerHTML = '<main><h1>No quick exit here</h1></main>';
    document.body.replaceWith(b); document.body.replaceWith(saved);`,
  "the body's HTML rewritten (pjax)": `document.body.innerHTML = document.body.innerHTML;`,
  'two swaps in a row': `for (const n of [2, 3]) { const b = document.createElement('body');
    b.innerHTML = quickExit + '<main><h1>Page ' + n + '</h1></main>'; document.body.replaceWith(b); }`,
  'the whole document replaced, head and body': `const h = document.createElement('html');
    h.innerHTML = '<head><title>Page 2</title></head><body>' + quickExit + '<main><h1>Page 2</h1></main></body>';
    document.documentElement.replaceWith(h);`,
};
const slug = (name) => name.replace(/\W+/g, '-');

before(async () => {
  servers = await startServers({ pages: routes });
  const quickExit = `<safety-quick-exit position="top"><a href="${servers.neutralUrl}/weather" rel="noreferrer">Leave this site</a></safety-quick-exit>`;
  for (const [name, swap] of Object.entries(SWAPS))
    routes[`/${slug(name)}.html`] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Support</title>
<script type="module" src="/dist/cdn/safety-elements.js"></script></head>
<body>${quickExit}<main><h1>Support</h1></main>
<script>window.__swap = () => { const quickExit = ${JSON.stringify(quickExit)}; ${swap} };</script></body></html>`;
});
after(() => servers?.close());

for (const engine of ['chromium', 'firefox', 'webkit']) {
  const installed = Boolean(engines[engine]) && requestedEngines().includes(engine);
  if (!installed && process.env.CI === 'true' && requestedEngines().includes(engine)) {
    throw new Error(`CI=true but ${engine} is not installed`);
  }

  describe(
    `quick exit after a page swap (${engine})`,
    { skip: installed ? false : `${engine} is not installed` },
    () => {
      let browser;
      before(async () => {
        browser = await openBrowser(engine);
      });
      after(() => browser?.close());

      const drawn = () =>
        [...document.querySelectorAll('safety-quick-exit')].filter((q) =>
          q.shadowRoot?.querySelector('[part~="button"]'),
        ).length;

      for (const [name] of Object.entries(SWAPS))
        for (const how of ['Shift x3', 'tap'])
          it(`${name}: ${how} leaves, once`, async () => {
            const p = await browser.newPage();
            await p.goto(`${servers.siteUrl}/${slug(name)}.html`);
            await p.waitFor(
              () => !!document.querySelector('safety-quick-exit')?.shadowRoot?.querySelector('[part~="button"]'),
            );
            await p.evaluate(() => {
              window.__swap();
              return true;
            });
            // The new body's elements are drawn (a task for the upgrade, a frame for the render).
            await p.waitFor(drawn);
            await new Promise((r) => setTimeout(r, 200));
            assert.equal(await p.evaluate(drawn), 1, 'one quick exit drawn after the swap');
            const mark = servers.neutralLog.length;
            if (how === 'tap') {
              const { x, y } = await p.evaluate(() => {
                const r = document
                  .querySelector('safety-quick-exit')
                  .shadowRoot.querySelector('[part~="button"]')
                  .getBoundingClientRect();
                return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
              });
              await p.clickAt(x, y);
            } else for (let i = 0; i < 3; i++) await p.pressShift();
            await p.waitFor(() => !!document.querySelector('#neutral'), undefined, 10000);
            assert.equal(new URL(await p.url()).pathname, '/weather');
            assert.equal(servers.neutralLog.slice(mark).filter((r) => r.url === '/weather').length, 1, 'left once');
            await p.close();
          });
    },
  );
}
