// dist/cdn/safety-elements.js: the quick exit at once, every content element from the loader's own folder
// when its tag appears (at load, added later, inside a site's shadow roots through the documented
// helpers), and a missing file leaves one clear message and everything else working. Requests are read
// from the frame's own Resource Timing (every engine).
import { expect } from '@open-wc/testing';
import { type Host, crossOriginExit, isHarness, loadHost, part, waitFor as until, whenUpgraded } from './host.js';

const CDN = '/dist/cdn/';
const CONTENT = ['safety-helpline-directory', 'safety-four-explainer', 'safety-checklist', 'safety-clares-law', 'safety-online-safety'];

type LoaderModule = { LAZY_ELEMENTS: readonly string[]; DISCOVER_EVENT: string; discover: (root?: Node) => Promise<void> };

/** Library files the frame requested, as paths under dist/cdn/, in order. */
function requested(host: Host): string[] {
  return host.win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => !isHarness(p) && !p.startsWith('/test/'))
    .map((p) => (p.startsWith(CDN) ? p.slice(CDN.length) : p));
}

async function defined(host: Host, tag: string) {
  await Promise.race([
    host.win.customElements.whenDefined(tag),
    new Promise((_, reject) => setTimeout(() => reject(new Error(`${tag} was not defined within 5 s`)), 5000)),
  ]);
}

/** The element is an instance of its registered class and has rendered a shadow tree with content. */
async function expectRendered(host: Host, el: Element) {
  const ctor = host.win.customElements.get(el.localName)!;
  expect(el instanceof ctor, `${el.localName} upgraded`).to.equal(true);
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  expect(el.shadowRoot, `${el.localName} shadow root`).to.exist;
  expect(el.shadowRoot!.childElementCount, `${el.localName} rendered`).to.be.greaterThan(0);
}

async function loaderOf(host: Host): Promise<LoaderModule> {
  // The frame's own module instance (a module imported here would be this window's, another instance).
  await until('the site script', () => Boolean((host.win as unknown as { __siteReady?: boolean }).__siteReady));
  return (host.win as unknown as { eval: (s: string) => Promise<LoaderModule> }).eval(`import('${CDN}safety-elements.js')`);
}

describe('loader: dist/cdn/safety-elements.js', () => {
  let host: Host;
  afterEach(() => host?.remove());

  it('defines the quick exit at once and loads only the content elements on the page', async () => {
    host = await loadHost('/test/fixtures/host-loader.html');
    await whenUpgraded(host, ['safety-quick-exit', 'safety-checklist']);
    const qe = host.doc.querySelector('safety-quick-exit')!;
    expect(part(qe, 'button')!.getBoundingClientRect().height).to.be.at.least(44);
    await expectRendered(host, host.doc.querySelector('safety-checklist')!);

    const files = requested(host);
    expect(files[0], 'the loader first').to.equal('safety-elements.js');
    expect(files.filter((f) => f === 'safety-checklist.js')).to.have.length(1);
    for (const tag of CONTENT.filter((t) => t !== 'safety-checklist')) {
      expect(files, `${tag} is not on the page`).to.not.include(`${tag}.js`);
      expect(host.win.customElements.get(tag), tag).to.equal(undefined);
    }
    for (const f of files) expect(f, 'only the loader, the element on the page and shared chunks').to.match(/^(safety-elements\.js|safety-checklist\.js|chunks\/[\w-]+\.js)$/);
    expect(new Set(files).size, 'no file twice').to.equal(files.length);
    expect(host.record.errors).to.deep.equal([]);
    expect(host.record.consoleErrors).to.deep.equal([]);
    console.log(`[issue-18 figures] loader page with quick exit + checklist: ${files.length} library files (${files.join(', ')})`);
  });

  it('the loader lists every content element, and names its own files after the tags', async () => {
    host = await loadHost('/test/fixtures/host-loader.html');
    const loader = await loaderOf(host);
    expect(loader.LAZY_ELEMENTS.map((n) => `safety-${n}`)).to.include.members(CONTENT);
    expect(loader.DISCOVER_EVENT).to.equal('safety-elements:discover');
  });

  it('loads elements added later, nested in added markup or added one by one', async () => {
    host = await loadHost('/test/fixtures/host-loader.html');
    await whenUpgraded(host, ['safety-quick-exit', 'safety-checklist']);
    expect(host.win.customElements.get('safety-four-explainer')).to.equal(undefined);

    const section = host.doc.createElement('section');
    const wrapper = section.appendChild(host.doc.createElement('div'));
    wrapper.append(host.doc.createElement('safety-four-explainer'));
    host.doc.querySelector('main')!.append(section);
    await defined(host, 'safety-four-explainer');
    await expectRendered(host, host.doc.querySelector('safety-four-explainer')!);

    const clares = host.doc.createElement('safety-clares-law');
    host.doc.body.append(clares);
    await defined(host, 'safety-clares-law');
    await expectRendered(host, clares);

    // A second copy of a tag already loaded costs no request.
    host.doc.body.append(host.doc.createElement('safety-four-explainer'));
    await until('the second explainer to upgrade', () => host.doc.querySelectorAll('safety-four-explainer:defined').length === 2);
    const files = requested(host);
    for (const f of ['safety-four-explainer.js', 'safety-clares-law.js']) expect(files.filter((x) => x === f), f).to.have.length(1);
    expect(files, 'helpline directory never appeared').to.not.include('safety-helpline-directory.js');
    expect(host.record.consoleErrors).to.deep.equal([]);
  });

  it('site-data validation loads only when a site gives data (its own chunk)', async () => {
    host = await loadHost('/test/fixtures/host-loader.html');
    const plain = host.doc.createElement('safety-helpline-directory');
    host.doc.body.append(plain);
    await defined(host, 'safety-helpline-directory');
    await expectRendered(host, plain);
    expect(requested(host).filter((f) => f.startsWith('chunks/validate-')), 'bundled list only').to.deep.equal([]);

    const withData = host.doc.createElement('safety-helpline-directory');
    const json = host.doc.createElement('script');
    json.type = 'application/json';
    json.textContent = JSON.stringify([{ id: 'site-one', name: 'Site Helpline One', description: 'A local service.', phones: [{ number: '01632 960 020' }], categories: ['victims'], source: 'https://example.org/', verifiedOn: '2026-10-01' }]);
    withData.append(json);
    withData.setAttribute('local-first', '');
    host.doc.body.append(withData);
    await (withData as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(withData.shadowRoot!.textContent).to.contain('Site Helpline One');
    expect(requested(host).filter((f) => f.startsWith('chunks/validate-')), 'loaded once, for the site data').to.have.length(1);
  });

  it("the debug panel's code loads only when an element has the debug attribute (its own chunk)", async () => {
    host = await loadHost('/test/fixtures/host-loader.html');
    const panelChunk = () => requested(host).filter((f) => f.startsWith('chunks/debug-panel-'));
    const el = host.doc.createElement('safety-clares-law');
    host.doc.body.append(el);
    await defined(host, 'safety-clares-law');
    await expectRendered(host, el);
    expect(panelChunk(), 'no element has debug').to.deep.equal([]);
    el.setAttribute('debug', '');
    await until('the debug panel', () => Boolean(part(el, 'debug')));
    expect(part(el, 'debug')!.textContent).to.contain('no configuration problems found');
    expect(panelChunk(), 'loaded once').to.have.length(1);
    expect(host.record.consoleErrors).to.deep.equal([]);
  });

  it('FOUR explainer parts that are off by default (law, types, check mode) load only when turned on (their own chunks)', async () => {
    host = await loadHost('/test/fixtures/host-loader.html');
    const onDemand = () => requested(host).filter((f) => /^chunks\/four-explainer\.(law|types)-/.test(f));
    const plain = host.doc.createElement('safety-four-explainer');
    host.doc.body.append(plain);
    await defined(host, 'safety-four-explainer');
    await expectRendered(host, plain);
    expect(onDemand(), 'neither section is on').to.deep.equal([]);

    const withLaw = host.doc.createElement('safety-four-explainer');
    withLaw.setAttribute('law', '');
    host.doc.body.append(withLaw);
    await (withLaw as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(Boolean(part(withLaw, 'law-list')), 'the law section is there').to.equal(true);
    expect(onDemand().map((f) => f.replace(/-[\w-]+\.js$/, '')), 'the law chunk only, once').to.deep.equal(['chunks/four-explainer.law']);

    plain.setAttribute('types', '');
    await (plain as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(Boolean(part(plain, 'types-list')), 'types turned on later appear').to.equal(true);
    expect(onDemand(), 'law and types, each once').to.have.length(2);

    const check = host.doc.createElement('safety-four-explainer');
    check.setAttribute('mode', 'check');
    host.doc.body.append(check);
    await (check as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(Boolean(part(check, 'fieldset')), 'the check mode is there').to.equal(true);
    expect(requested(host).filter((f) => f.startsWith('chunks/four-explainer.check-')), 'its chunk, once').to.have.length(1);
    expect(host.record.errors).to.deep.equal([]);
    expect(host.record.consoleErrors).to.deep.equal([]);
  });

  it('an on-demand section that fails to load: one clear console error; the element renders without it', async () => {
    host = await loadHost('/test/fixtures/host-loader-broken.html');
    await until('the loader to settle', () => Boolean((host.win as unknown as { __loaderSettled?: boolean }).__loaderSettled));
    const before = host.record.consoleErrors.length;
    let last!: HTMLElement;
    for (let i = 0; i < 2; i++) {
      const four = host.doc.createElement('safety-four-explainer');
      four.setAttribute('law', '');
      // The second asks for the editor's box: it lists the failure, as it lists a warning.
      if (i === 1) four.setAttribute('debug', '');
      last = four;
      host.doc.querySelector('main')!.append(four);
      await (four as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(Boolean(part(four, 'law-list')), 'no law section').to.equal(false);
      expect(part(four, 'signposts')!.textContent, 'the rest is there').to.contain('999');
    }
    const messages = host.record.consoleErrors.slice(before);
    expect(messages, JSON.stringify(messages)).to.have.length(1);
    expect(messages[0]).to.contain('[safety-elements] <safety-four-explainer>: the law section could not be loaded');
    expect(messages[0]).to.contain('The rest of the element works without it');
    await until('the debug box', () => Boolean(part(last, 'debug')));
    expect(part(last, 'debug')!.textContent).to.contain('the law section could not be loaded');
    expect(host.record.errors, 'no uncaught error or unhandled rejection').to.deep.equal([]);
  });

  it('a site’s shadow root: discover(shadowRoot) loads what is inside and watches it for later additions', async () => {
    host = await loadHost('/test/fixtures/host-loader.html');
    await loaderOf(host);
    const card = host.doc.createElement('site-card');
    host.doc.body.append(card);
    await defined(host, 'safety-clares-law');
    await expectRendered(host, card.shadowRoot!.querySelector('safety-clares-law')!);

    // Added to the same shadow root later: the loader watches the roots given to discover().
    card.shadowRoot!.append(host.doc.createElement('safety-four-explainer'));
    await defined(host, 'safety-four-explainer');
    await expectRendered(host, card.shadowRoot!.querySelector('safety-four-explainer')!);
  });

  it('a site’s shadow root: the document observer cannot see in; the safety-elements:discover event (no import) loads it', async () => {
    host = await loadHost('/test/fixtures/host-loader.html');
    const loader = await loaderOf(host);
    const card = host.doc.createElement('site-plain-card');
    host.doc.body.append(card);
    // A fence: an element added to the document at the same time is loaded, so the observer has run.
    host.doc.body.append(host.doc.createElement('safety-four-explainer'));
    await defined(host, 'safety-four-explainer');
    const inner = card.shadowRoot!.querySelector('safety-helpline-directory')!;
    expect(host.win.customElements.get('safety-helpline-directory'), 'not seen inside a shadow root').to.equal(undefined);
    expect(requested(host)).to.not.include('safety-helpline-directory.js');

    inner.dispatchEvent(new (host.win as unknown as typeof window).Event(loader.DISCOVER_EVENT, { bubbles: true, composed: true }));
    await defined(host, 'safety-helpline-directory');
    await expectRendered(host, inner);
    expect(host.record.consoleErrors).to.deep.equal([]);
  });

  it('a file that fails to load: one clear console error naming the tag and the URL; its light DOM stays; the rest works', async () => {
    host = await loadHost('/test/fixtures/host-loader-broken.html');
    await until('the loader to settle', () => Boolean((host.win as unknown as { __loaderSettled?: boolean }).__loaderSettled));
    await whenUpgraded(host, ['safety-quick-exit', 'safety-four-explainer']);
    await expectRendered(host, host.doc.querySelector('safety-four-explainer')!);

    const messages = host.record.consoleErrors.filter((m) => m.includes('safety-checklist'));
    expect(messages, JSON.stringify(host.record.consoleErrors)).to.have.length(1);
    expect(messages[0]).to.contain('[safety-elements]');
    expect(messages[0]).to.contain(`${location.origin}/test/broken-cdn/safety-checklist.js`);
    expect(messages[0]).to.contain('the quick exit and the other elements still work');
    expect(host.record.consoleErrors, 'nothing else').to.have.length(1);
    expect(host.record.errors, 'no uncaught error or unhandled rejection').to.deep.equal([]);

    const checklist = host.doc.querySelector('safety-checklist')!;
    expect(host.win.customElements.get('safety-checklist')).to.equal(undefined);
    expect(checklist.textContent).to.contain('did not load');
    expect((checklist as HTMLElement).getBoundingClientRect().height, 'its fallback content is shown').to.be.greaterThan(0);

    // Asking again (a later tag, or discover()) does not repeat the message.
    host.doc.body.append(host.doc.createElement('safety-checklist'));
    const loader = (await (host.win as unknown as { eval: (s: string) => Promise<LoaderModule> }).eval(`import('/test/broken-cdn/safety-elements.js')`)) as LoaderModule;
    await loader.discover(host.doc);
    expect(host.record.consoleErrors.filter((m) => m.includes('safety-checklist'))).to.have.length(1);

    const qe = host.doc.querySelector('safety-quick-exit')!;
    expect(qe instanceof host.win.customElements.get('safety-quick-exit')!).to.equal(true);
    expect(part(qe, 'button')!.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('after a file failed to load, the quick exit still leaves the page (framed from another origin, every engine)', async () => {
    const path = '/test/fixtures/host-loader-broken.html';
    const { exit } = await crossOriginExit(path, 'click', (m) => m.loaderSettled === path);
    expect(exit, 'safety-exit seen in the page').to.exist;
    expect(exit!.visibility).to.equal('hidden');
  });
});
