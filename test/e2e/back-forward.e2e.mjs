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
  '/choices.html': page(
    '<safety-helpline-directory id="dir"></safety-helpline-directory><safety-clares-law id="cl"></safety-clares-law><safety-online-safety id="os" browser="chrome"></safety-online-safety>',
  ),
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
    async function leaveAndComeBack(p, ids, read = ticked) {
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
      return p.evaluate(read);
    }

    /** Where to click to reach `selector` in the shadow root of the element with id `id`. */
    const centreOf = (p, id, selector) =>
      p.evaluate(
        (id, selector) => {
          const n = document.getElementById(id).shadowRoot.querySelector(selector);
          n.scrollIntoView({ block: 'center' });
          const r = n.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        },
        id,
        selector,
      );

    /** What the reader typed or chose in the directory, Clare's Law and online safety. */
    const choices = () => {
      const $ = (id, selector) => document.getElementById(id).shadowRoot.querySelector(selector);
      return {
        search: $('dir', 'input[type=search]').value,
        answer: [...document.getElementById('cl').shadowRoot.querySelectorAll('input[type=radio]')]
          .filter((r) => r.checked)
          .map((r) => r.value)
          .join(),
        browser: $('os', 'select').value,
      };
    };

    it('the checklist and the FOUR check show no ticks when someone goes Back to the page', async () => {
      const p = await browser.newPage();
      const ids = ['default', 'four'];
      assert.deepEqual(await openAndTick(p, '/plan.html', ids), { default: 2, four: 2 }, 'ticked before leaving');
      assert.deepEqual(await leaveAndComeBack(p, ids), { default: 0, four: 0 });
      await p.close();
    });

    it("the directory's search, Clare's Law's answer and online safety's choice of browser are gone when someone goes Back", async () => {
      const p = await browser.newPage();
      await p.goto(`${servers.siteUrl}/choices.html`);
      await p.waitFor(() =>
        ['dir', 'cl', 'os'].every((id) => document.getElementById(id)?.shadowRoot?.querySelector('input, select')),
      );
      // Every element drawn in full (the directory lists its cards a task after its first render), so nothing moves.
      await p.evaluate(() => Promise.all(['dir', 'cl', 'os'].map((id) => document.getElementById(id).updateComplete)));
      // Real clicks and keys: "my partner", then the search. In that order: the search reshapes the directory's
      // list above Clare's Law, which would move the radio between finding it and clicking it.
      const partner = await centreOf(p, 'cl', 'input[type=radio][value=partner]');
      await p.clickAt(partner.x, partner.y);
      await p.waitFor(() => document.getElementById('cl').shadowRoot.querySelector('input[value=partner]').checked);
      const search = await centreOf(p, 'dir', 'input[type=search]');
      await p.clickAt(search.x, search.y);
      for (const key of 'xylophone') await p.pressKey(key);
      // A native select's popup is the browser's own: the choice is made as its change event would make it.
      await p.evaluate(() => {
        const select = document.getElementById('os').shadowRoot.querySelector('select');
        select.value = 'firefox';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await p.waitFor(
        () => document.getElementById('dir').shadowRoot.querySelector('input[type=search]').value === 'xylophone',
      );
      assert.deepEqual(
        await p.evaluate(choices),
        { search: 'xylophone', answer: 'partner', browser: 'firefox' },
        'chosen before leaving',
      );
      await p.evaluate(() => new Promise((r) => setTimeout(r, 300)));
      assert.deepEqual(await leaveAndComeBack(p, [], choices), { search: '', answer: '', browser: 'chrome' });
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
