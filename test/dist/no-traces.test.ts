// Host page 7: every element in its default settings, used as a reader would (filter typed, boxes
// ticked, sections opened, an answer chosen, the quick exit's shortcut started). The browser makes no
// request besides the page and the library's own files (issue 18: the loader, each element's file, their shared chunks), and writes nothing to cookies, localStorage,
// sessionStorage, IndexedDB or the Cache API. Requests are counted at the test server (every engine)
// and in the frame's own Resource Timing; storage is read back in the frame.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { TAGS, exercise, isHarness, loadHost, settle, storageSnapshot, whenUpgraded } from './host.js';

const PAGE = '/test/fixtures/host-no-traces.html';

async function idbNames(win: Window): Promise<string[] | 'unsupported'> {
  const idb = win.indexedDB as IDBFactory & { databases?: () => Promise<{ name?: string }[]> };
  if (typeof idb.databases !== 'function') return 'unsupported';
  return (await idb.databases()).map((d) => d.name ?? '').sort();
}
async function cacheNames(win: Window): Promise<string[] | 'unsupported'> {
  return 'caches' in win ? (await win.caches.keys()).sort() : 'unsupported';
}

describe('host page 7: no traces', () => {
  it('only the page and the library’s own files are requested; nothing is stored', async function () {
    this.timeout(40000); // six library files now (the loader fetches each element's file): slow engines under load need longer
    const frameProbe = await loadHost('/test/fixtures/host-neutral.html'); // same origin: read the starting state
    const before = { storage: storageSnapshot(frameProbe.win), idb: await idbNames(frameProbe.win), caches: await cacheNames(frameProbe.win) };
    frameProbe.remove();

    const mark = (await executeServerCommand('request-log-mark')) as number;
    // A marker in the page's URL: the page's own subresources carry it in their Referer, so the server
    // log can be narrowed to exactly what this frame asked for (the three engines run at once).
    const marker = `no-traces-${Math.random().toString(36).slice(2)}`;
    const host = await loadHost(`${PAGE}?${marker}`);
    try {
      await whenUpgraded(host);
      const done = await exercise(host);
      expect(done.opened + done.ticked + done.chosen, 'the elements were used').to.be.greaterThan(5);
      expect(done.cardsAfter).to.be.lessThan(done.cardsBefore);
      // The quick exit's shortcut, started (two presses of three: the third would leave the page).
      const qe = host.doc.querySelector('safety-quick-exit') as HTMLElement & { updateComplete: Promise<unknown> };
      const field = host.doc.querySelector('safety-helpline-directory')!.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;
      host.win.focus();
      field.focus();
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      await qe.updateComplete;
      await settle(host.win);
      // Anything lazy or debounced has run: the directory's count, announced once typing pauses (1 s), is in place.
      const directory = host.doc.querySelector('safety-helpline-directory')!.shadowRoot!;
      await waitUntil(
        () => directory.querySelector('[role="status"]')?.textContent?.trim() === directory.querySelector('[part="count"]')?.textContent?.trim(),
        'the directory announced its count',
        { timeout: 5000 },
      );

      // 1. The browser's own record of every fetch the frame's document made (Resource Timing).
      const resources = host.win.performance.getEntriesByType('resource').map((e) => new URL(e.name)).filter((u) => !isHarness(u.pathname));
      const library = resources.map((u) => u.pathname);
      expect(library.length, 'library files').to.be.greaterThan(0);
      for (const u of resources) {
        expect(u.origin, 'nothing from another origin').to.equal(location.origin);
        expect(u.pathname, 'only the library’s own files').to.match(/^\/dist\/cdn\/[\w./-]+\.js$/);
      }
      // Issue 18: the loader, then each content element's file (from the loader's own folder) and the
      // chunks they share, each once; nothing else. The page names only safety-elements.js.
      expect(library[0], 'the page’s own script first').to.equal('/dist/cdn/safety-elements.js');
      for (const tag of TAGS.filter((t) => t !== 'safety-quick-exit')) expect(library.filter((p) => p === `/dist/cdn/${tag}.js`), `${tag}.js once`).to.have.length(1);
      expect(library.filter((p) => p.endsWith('/safety-quick-exit.js')), 'the quick exit is inside the loader').to.have.length(0);
      for (const p of library) expect(p).to.match(/^\/dist\/cdn\/(safety-elements|safety-[a-z-]+|chunks\/[\w-]+)\.js$/);
      expect(new Set(library).size, 'no file twice').to.equal(library.length);
      expect(library.filter((p) => p.includes('/chunks/validate-')), 'no site data: its validation is not loaded').to.deep.equal([]);
      // 2. The test server's log (every request to this origin): the page, and nothing else but library files.
      const requests = ((await executeServerCommand('request-log-since', { mark, match: marker })) as { url: string; cookie: string | null }[]).filter((r) => !isHarness(r.url));
      expect(requests[0]?.url).to.equal(`${PAGE}?${marker}`);
      // Library files may come from the browser's cache (other suites loaded them), so the server can
      // see fewer than Resource Timing lists, never others.
      for (const r of requests.slice(1)) expect(library, `server saw ${r.url}`).to.include(new URL(r.url, location.origin).pathname);
      expect(requests.every((r) => r.cookie === null), 'no cookie sent back').to.equal(true);

      const after = { storage: storageSnapshot(host.win), idb: await idbNames(host.win), caches: await cacheNames(host.win) };
      expect(after).to.deep.equal(before);
      expect(host.doc.cookie).to.equal('');
      console.log(`[issue-18 figures] no traces: ${1 + library.length} requests (1 page + ${library.length} library files: ${library.join(', ')}; the server saw ${requests.length}); storage writes 0 (localStorage ${Object.keys(after.storage.local).length} keys before and after, sessionStorage ${JSON.stringify(Object.keys(after.storage.session))}, cookie '${after.storage.cookie}', IndexedDB ${JSON.stringify(after.idb)}, Cache API ${JSON.stringify(after.caches)}); used: ${JSON.stringify(done)}`);
      for (const tag of TAGS) expect(host.doc.querySelector(tag)!.shadowRoot).to.exist;
    } finally {
      host.remove();
    }
  });
});
