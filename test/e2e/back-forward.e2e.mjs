// Back after leaving, as someone else on a shared device would press it: the browser brings the page back from
// its back-forward cache, with what was on screen. The checklist says "Nothing you tick is saved: your ticks are
// gone when you leave this page", and the FOUR check says its answers are cleared as the page goes. Until the
// checklist forgot its ticks on pagehide, Back showed them again in Chromium and Firefox. Real clicks, a real
// link, a real Back, from the built files in all three engines (./drivers.mjs).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { findEngines, requestedEngines } from '../../scripts/browsers.mjs';
import { openBrowser } from './drivers.mjs';
import { startServers } from './serve.mjs';

if (!existsSync('dist/cdn/safety-elements.js'))
  throw new Error('dist/cdn is missing: run `npm run build` first (npm test does).');

const engines = findEngines();
const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Your safety</title>
<script type="module" src="/dist/cdn/safety-elements.js"></script></head>
<body>${body}<p><a id="next" href="/next.html">Next page</a></p></body></html>`;
const routes = {
  '/plan.html': page(
    '<safety-checklist id="default"></safety-checklist><safety-four-explainer id="four" mode="check"></safety-four-explainer>',
  ),
  '/kept.html': page('<safety-checklist id="kept" persist="session"></safety-checklist>'),
  '/next.html':
    '<!doctype html><html lang="en"><head><title>Next</title></head><body><h1 id="arrived">Next</h1></body></html>',
};
let servers;
before(async () => {
  servers = await startServers({ pages: routes });
});
after(() => servers?.close());

/** The ticked boxes of each element with an id, by id. */
const ticked = () =>
  Object.fromEntries(
    [...document.querySelectorAll('[id]')]
      .filter((el) => el.shadowRoot)
      .map((el) => [
        el.id,
        [...el.shadowRoot.querySelectorAll('input[type=checkbox]')].filter((b) => b.checked).length,
      ]),
  );

for (const engine of ['chromium', 'firefox', 'webkit']) {
  const installed = Boolean(engines[engine]) && requestedEngines().includes(engine);
  if (!installed && process.env.CI === 'true' && requestedEngines().includes(engine)) {
    throw new Error(`CI=true but ${engine} is not installed`);
  }

  describe(`Back after leaving (${engine})`, { skip: installed ? false : `${engine} is not installed` }, () => {
    let browser;
    before(async () => {
      browser = await openBrowser(engine);
    });
    after(() => browser?.close());

    /** Opens `path`, ticks the first two boxes of each listed element with real clicks, and returns the counts. */
    async function openAndTick(p, path, ids) {
      await p.goto(`${servers.siteUrl}${path}`);
      await p.waitFor(
        (ids) =>
          ids.every(
            (id) => document.getElementById(id)?.shadowRoot?.querySelectorAll('input[type=checkbox]').length > 1,
          ),
        ids,
      );
      for (const id of ids)
        for (const n of [0, 1]) {
          const { x, y } = await p.evaluate(
            (id, n) => {
              const box = document.getElementById(id).shadowRoot.querySelectorAll('input[type=checkbox]')[n];
              box.scrollIntoView({ block: 'center' });
              const r = box.getBoundingClientRect();
              return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
            },
            id,
            n,
          );
          await p.clickAt(x, y);
        }
      return p.evaluate(ticked);
    }

    /** Follows the page's link, then goes Back, and returns the ticked counts on the page Back shows. */
    async function leaveAndComeBack(p, ids) {
      const { x, y } = await p.evaluate(() => {
        window.__keptInCache = true;
        const a = document.getElementById('next');
        a.scrollIntoView({ block: 'center' });
        const r = a.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      });
      await p.clickAt(x, y);
      await p.waitFor(() => !!document.getElementById('arrived'));
      await p.evaluate(() => history.back()).catch(() => {}); // the traversal may end this context first
      await p.waitFor(
        (ids) =>
          ids.every(
            (id) => document.getElementById(id)?.shadowRoot?.querySelectorAll('input[type=checkbox]').length > 1,
          ),
        ids,
      );
      // Whatever the page does as it comes back (pageshow, a first render) has run.
      await new Promise((r) => setTimeout(r, 500));
      // A page loaded afresh has no ticks anyway: only one brought back from the cache proves anything.
      assert.equal(
        await p.evaluate(() => window.__keptInCache === true),
        true,
        'Back brought the page from the back-forward cache',
      );
      return p.evaluate(ticked);
    }

    it('the checklist and the FOUR check show no ticks when someone goes Back to the page', async () => {
      const p = await browser.newPage();
      const ids = ['default', 'four'];
      assert.deepEqual(await openAndTick(p, '/plan.html', ids), { default: 2, four: 2 }, 'ticked before leaving');
      assert.deepEqual(await leaveAndComeBack(p, ids), { default: 0, four: 0 });
      await p.close();
    });

    it('a checklist whose site keeps ticks for the tab (persist="session") still shows them after Back', async () => {
      const p = await browser.newPage();
      assert.deepEqual(await openAndTick(p, '/kept.html', ['kept']), { kept: 2 }, 'ticked before leaving');
      assert.deepEqual(await leaveAndComeBack(p, ['kept']), { kept: 2 });
      await p.close();
    });
  });
}
