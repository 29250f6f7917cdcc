// Host page 3: hostile global CSS (test/fixtures/host-hostile.css): `* { all: unset }`, `button, a
// { display: none }`, nonsense in every global token, a 40px root font size, and a fixed header and a
// cookie banner fighting over z-index. Asserted on computed styles and hit-testing, not screenshots.
import { expect } from '@open-wc/testing';
import { type Host, SANDBOX, crossOriginExit, TAGS, clickQuickExitAndLand, isWebKit, backgroundBehind, contrast, deepElementFromPoint, expectAllWorking, hits, loadHost, part, settle, shadow, textElements, visibleControls, whenUpgraded } from './host.js';

describe('host page 3: hostile CSS', () => {
  let host: Host;
  beforeEach(async () => {
    host = await loadHost('/test/fixtures/host-hostile.html', { width: 800, height: 600 });
    await whenUpgraded(host);
    // The hostile rules did apply to the page itself.
    expect(host.win.getComputedStyle(host.doc.documentElement).fontSize).to.equal('40px');
    expect(host.win.getComputedStyle(host.doc.querySelector('.site-header')!).zIndex).to.equal('99999');
  });
  afterEach(() => host.remove());

  it('every element stays visible: a box, visibility, opacity, no clipping to nothing', () => {
    for (const tag of TAGS) {
      const el = host.doc.querySelector(tag)!;
      const cs = host.win.getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      expect(rect.width, `${tag} width`).to.be.greaterThan(100);
      expect(rect.height, `${tag} height`).to.be.greaterThan(40);
      expect(cs.visibility, tag).to.equal('visible');
      expect(Number(cs.opacity), tag).to.equal(1);
      expect(visibleControls(el).length, `${tag} has controls on screen`).to.be.greaterThan(0);
    }
  });

  it('every control can be hit where it is drawn (nothing on top, nothing display:none)', async function () {
    this.timeout(30000);
    let checked = 0;
    for (const tag of TAGS) {
      const el = host.doc.querySelector(tag)!;
      for (const control of visibleControls(el)) {
        control.scrollIntoView({ block: 'center', inline: 'nearest' }); // synchronous; hit-testing forces layout
        const r = control.getBoundingClientRect();
        const hit = deepElementFromPoint(host.doc, r.left + Math.min(r.width / 2, 20), r.top + r.height / 2);
        expect(hits(control, hit), `${tag} ${control.getAttribute('part') ?? control.tagName} "${control.textContent?.trim().slice(0, 40)}" at ${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}x${Math.round(r.height)} is hit (got ${hit?.tagName} ${hit?.className})`).to.equal(true);
        checked += 1;
      }
    }
    expect(checked).to.be.greaterThan(20);
  });

  it('all text stays legible: contrast at least 4.5:1 (3:1 for large text) against what is behind it', () => {
    const failures: string[] = [];
    let checked = 0;
    for (const tag of TAGS) {
      const el = host.doc.querySelector(tag)!;
      for (const node of textElements(shadow(el))) {
        const cs = host.win.getComputedStyle(node);
        if (cs.visibility !== 'visible' || node.closest('.visually-hidden') || cs.clipPath.startsWith('inset')) continue;
        const size = parseFloat(cs.fontSize);
        const large = size >= 24 || (size >= 18.66 && Number(cs.fontWeight) >= 700);
        const ratio = contrast(cs.color, backgroundBehind(node));
        checked += 1;
        if (ratio < (large ? 3 : 4.5)) failures.push(`${tag} ${node.tagName}[part=${node.getAttribute('part')}] ${cs.color} on ${backgroundBehind(node)} = ${ratio.toFixed(2)}`);
        if (parseFloat(cs.fontSize) < 9) failures.push(`${tag} ${node.tagName} font-size ${cs.fontSize}`);
      }
    }
    expect(checked).to.be.greaterThan(50);
    expect(failures).to.deep.equal([]);
  });

  it('elements still work (open, tick, choose, filter) under the hostile rules', async () => {
    await expectAllWorking(host);
  });

  /** Scrolls the frame and asserts the quick exit's button is on screen and is what a tap there hits. */
  async function expectQuickExitOnTop(scrolls: number[]) {
    const qe = host.doc.querySelector('safety-quick-exit')!;
    const button = part(qe, 'button')!;
    for (const y of scrolls) {
      host.win.scrollTo(0, y);
      await settle(host.win);
      const r = button.getBoundingClientRect();
      expect(r.top, `button on screen at scroll ${y}`).to.be.at.least(0);
      expect(r.bottom).to.be.at.most(host.win.innerHeight);
      const hit = deepElementFromPoint(host.doc, r.left + r.width / 2, r.top + r.height / 2);
      expect(hits(button, hit), `quick exit hit at scroll ${y} (got ${hit?.tagName}.${hit?.className})`).to.equal(true);
      expect(r.height).to.be.at.least(44);
    }
    const cs = host.win.getComputedStyle(button);
    expect(contrast(cs.color, cs.backgroundColor)).to.be.at.least(4.5);
  }

  it('the quick exit is on screen, clickable and legible where the page puts it (not scrolled)', async () => {
    await expectQuickExitOnTop([0]);
  });

  // Without the site's token too (the default is above any host layer). The field case, a sticky header with
  // z-index 9999 and no clipping box, is test/quick-exit.test.ts's: on this page the bar is pinned in the top layer.
  it('sticky position="top" stays on top of a z-index:99999 fixed header while scrolling, with no token set', async () => {
    await expectQuickExitOnTop([0, 2000, 6000]);
  });

  it('sticky position="top" stays on top of a z-index:99999 fixed header while scrolling, with the site’s z-index token set', async () => {
    const sheet = new (host.win as typeof window).CSSStyleSheet();
    sheet.replaceSync('safety-quick-exit { --safety-quick-exit-z-index: 100000; }');
    host.doc.adoptedStyleSheets = [...host.doc.adoptedStyleSheets, sheet];
    await expectQuickExitOnTop([0, 2000, 6000]);
  });

  it('until the element is fixed, the site-side rule in the README keeps it stuck and on top', async () => {
    const sheet = new (host.win as typeof window).CSSStyleSheet();
    sheet.replaceSync('safety-quick-exit[position="top"] { top: 0 !important; z-index: 100000 !important; }');
    host.doc.adoptedStyleSheets = [...host.doc.adoptedStyleSheets, sheet];
    await expectQuickExitOnTop([0, 2000, 6000]);
  });

  it('when triggered, its overlay covers everything, the z-index:2147483647 banner included', async function () {
    // The real exit navigates: only a sandboxed frame keeps the runner's page. WebKitGTK: see test/quick-exit.test.ts.
    if (isWebKit) this.skip();
    host.remove();
    host = await loadHost('/test/fixtures/host-hostile.html', { width: 800, height: 600, sandbox: SANDBOX });
    await whenUpgraded(host, ['safety-quick-exit']);
    const qe = host.doc.querySelector('safety-quick-exit')!;
    const banner = host.doc.querySelector('.cookie-banner')!.getBoundingClientRect();
    const header = host.doc.querySelector('.site-header')!.getBoundingClientRect();
    // DECISIONS: leave first, hide in the same task (body hidden, host text that forces `visibility: visible`
    // made transparent too), and the top-layer cover after the first hidden frame. Compared as booleans:
    // chai printing a shadow-DOM element on a failure hangs the runner's tab.
    const seen: { bodyVisibility: string; bodyOpacity: string; bannerOpacity: string }[] = [];
    const covered: { banner: boolean; header: boolean }[] = [];
    const opacity = (el: Element) => {
      let o = 1;
      for (let e: Element | null = el; e; e = e.parentElement) o *= Number(host.win.getComputedStyle(e).opacity);
      return String(o);
    };
    qe.addEventListener('safety-exit', () => {
      seen.push({
        bodyVisibility: host.win.getComputedStyle(host.doc.body).visibility,
        bodyOpacity: host.win.getComputedStyle(host.doc.body).opacity,
        bannerOpacity: opacity(host.doc.querySelector('.cookie-banner')!),
      });
      host.win.requestAnimationFrame(() =>
        host.win.setTimeout(() =>
          host.win.requestAnimationFrame(() => {
            const top = (x: number, y: number) => host.doc.elementFromPoint(x, y);
            covered.push({ banner: top(banner.left + 10, banner.top + 10) === qe, header: top(header.left + 10, header.top + 10) === qe });
          }),
        ),
      );
    });
    await clickQuickExitAndLand(host);
    expect(seen.length).to.equal(1);
    expect(seen[0]!.bodyVisibility).to.equal('hidden');
    expect(seen[0]!.bodyOpacity, 'body transparent in the same task').to.equal('0');
    expect(seen[0]!.bannerOpacity, 'the z-index:2147483647 banner with visibility:visible is not drawn').to.equal('0');
    // The cover is drawn only if the frame was still there a frame later (the neutral page may already have
    // replaced it, which is the point): when it was, it is on top of the banner and the header.
    for (const c of covered) expect(c, 'cover over the banner and the header').to.deep.equal({ banner: true, header: true });
    expect(host.frame.contentWindow!.location.pathname).to.equal('/test/fixtures/host-neutral.html');
  });

  it('its exit works under the hostile rules, framed from another origin (every engine)', async () => {
    const { exit } = await crossOriginExit('/test/fixtures/host-hostile.html', 'click');
    expect(exit, 'safety-exit seen in the page').to.exist;
    expect(exit!.visibility).to.equal('hidden');
  });

  it('no error on the page', () => {
    expect(host.record.errors).to.deep.equal([]);
    expect(host.record.consoleErrors).to.deep.equal([]);
  });
});
