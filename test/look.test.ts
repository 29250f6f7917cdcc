// One look, readable on any host (issue 17): every element's main states on a typical council page
// (test/fixtures/host-look.html: sticky navy header, Arial, a "* { margin: 0; padding: 0 }" reset) pass
// axe-core's WCAG 2.2 AA rules at 1280 and 360 px, at 400 % zoom (a 320 px-wide frame, the WCAG 1.4.10
// equivalent of 1280 px at 400 %), on the site's own dark theme (a class on <html>: every engine), under
// prefers-color-scheme: dark and under forced colours (emulated through the DevTools protocol: Chromium
// only, see each test's skip). The sticky quick-exit bar's hint never shows over host content.
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { type Host, deepElementFromPoint, hits, isChromium, isFirefox, loadHost, parseColor, settle, shadow } from './dist/host.js';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const TAGS = ['safety-quick-exit', 'safety-helpline-directory', 'safety-four-explainer', 'safety-checklist', 'safety-clares-law'] as const;
const engine = isChromium ? 'chromium' : isFirefox ? 'firefox' : 'webkit';

interface AxeResult {
  violations: { id: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}
type AxeWindow = Window & { axe: { run(context: Element, options: object): Promise<AxeResult> } };
type Upgradable = HTMLElement & { updateComplete: Promise<unknown> };

async function ready(host: Host) {
  for (const tag of TAGS) await host.win.customElements.whenDefined(tag);
  const els = [...host.doc.querySelectorAll<Upgradable>(TAGS.join(','))];
  for (const el of els) await el.updateComplete;
  return els;
}

/** Puts every element into the state its data-* attributes name: every section open, a few boxes ticked. */
async function prepare(host: Host, els: Upgradable[]) {
  for (const el of els) {
    const root = shadow(el);
    if (el.hasAttribute('data-open')) {
      for (let round = 0; round < 4; round += 1) {
        const closed = [...root.querySelectorAll<HTMLElement>('[aria-expanded="false"]')];
        for (const d of root.querySelectorAll('details:not([open])')) d.setAttribute('open', '');
        if (!closed.length) break;
        for (const b of closed) b.click();
        await el.updateComplete;
      }
    }
    if (el.hasAttribute('data-tick')) {
      for (const box of [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].slice(0, 3)) box.click();
      await el.updateComplete;
    }
  }
  await settle(host.win);
}

/** Loads the host page, sized so that nothing scrolls (axe measures contrast only in the viewport). */
async function open(query: string, width: number) {
  const host = await loadHost(`/test/fixtures/host-look.html${query}`, { width, height: 800 });
  const els = await ready(host);
  await prepare(host, els);
  host.frame.style.height = `${host.doc.documentElement.scrollHeight + 20}px`;
  await settle(host.win);
  return { host, els };
}

/** axe on each element in turn; violations grouped per tag (figures for the closing note) and listed. */
async function audit(host: Host, els: Upgradable[], condition: string) {
  const axe = (host.win as unknown as AxeWindow).axe;
  const perTag: Record<string, number> = Object.fromEntries(TAGS.map((t) => [t, 0]));
  const found: string[] = [];
  for (const el of els) {
    const { violations } = await axe.run(el, { runOnly: { type: 'tag', values: WCAG_22_AA }, resultTypes: ['violations'] });
    for (const v of violations) {
      perTag[el.localName] = (perTag[el.localName] ?? 0) + v.nodes.length;
      found.push(`<${el.localName}> [${el.dataset.state}] ${v.id} x${v.nodes.length}: ${JSON.stringify(v.nodes[0]?.target)} ${v.nodes[0]?.failureSummary?.split('\n')[1] ?? ''}`);
    }
  }
  // One machine-readable line per engine and condition: `npm test` output is where the figures come from.
  console.log(`[look] axe ${engine} | ${condition} | ${TAGS.map((t) => `${t.replace('safety-', '')}=${perTag[t]}`).join(' ')}`);
  return found;
}

const CONDITIONS: { name: string; query: string; width: number }[] = [
  { name: '1280 px', query: '', width: 1280 },
  { name: '360 px', query: '', width: 360 },
  { name: '400% zoom (320 px frame)', query: '', width: 320 },
  { name: 'dark host (theme class), 1280 px', query: '?theme=dark', width: 1280 },
];

describe('look: axe (WCAG 2.2 AA) on every element on a council host page', function () {
  this.timeout(120000);

  for (const c of CONDITIONS) {
    it(`${c.name}: no violations`, async () => {
      const { host, els } = await open(c.query, c.width);
      try {
        expect(await audit(host, els, c.name)).to.deep.equal([]);
      } finally {
        host.remove();
      }
    });
  }

  it('dark host (prefers-color-scheme: dark): no violations', async function () {
    // Emulating the media feature needs the DevTools protocol: Chromium only here (the dark theme class
    // above covers the same host colours in every engine).
    if (!isChromium) this.skip();
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const { host, els } = await open('?theme=auto', 1280);
      try {
        expect(host.win.matchMedia('(prefers-color-scheme: dark)').matches, 'emulated').to.equal(true);
        expect(await audit(host, els, 'prefers-color-scheme: dark')).to.deep.equal([]);
      } finally {
        host.remove();
      }
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('forced colours: no violations', async function () {
    // Forced colours can be emulated only through the DevTools protocol: Chromium only. Firefox and
    // WebKit have no emulation for it that their drivers expose.
    if (!isChromium) this.skip();
    await executeServerCommand('safety-emulate-media-features', { features: [{ name: 'forced-colors', value: 'active' }] });
    try {
      const { host, els } = await open('', 1280);
      try {
        expect(host.win.matchMedia('(forced-colors: active)').matches, 'emulated').to.equal(true);
        expect(await audit(host, els, 'forced colours')).to.deep.equal([]);
      } finally {
        host.remove();
      }
    } finally {
      await executeServerCommand('safety-emulate-media-features', { features: [] });
    }
  });
});

describe('look: the sticky quick-exit bar', function () {
  this.timeout(60000);

  for (const [name, width, query] of [
    ['1280 px', 1280, ''],
    ['400% zoom (320 px frame)', 320, ''],
    ['dark host, 360 px', 360, '?theme=dark'],
  ] as const) {
    it(`${name}: solid by default, and its hint never shows over host content once stuck`, async () => {
      const host = await loadHost(`/test/fixtures/host-look.html${query}`, { width, height: 500 });
      try {
        await ready(host);
        const bar = host.doc.querySelector('safety-quick-exit')!;
        const hint = shadow(bar).querySelector<HTMLElement>('[part~="hint"]')!;
        // Scroll so that the header, the heading and the body text have passed under the bar.
        host.win.scrollTo(0, 400);
        await settle(host.win);
        const b = bar.getBoundingClientRect();
        expect(b.top, 'the bar is stuck to the top').to.equal(0);
        expect(parseColor(host.win.getComputedStyle(bar).backgroundColor)![3], 'the bar paints a solid background').to.equal(1);
        const h = hint.getBoundingClientRect();
        if (h.width === 0 || h.height === 0) return; // a hint that is not shown cannot show over anything
        // The hint's box lies within the bar's, and at its centre and corners the topmost thing is the bar.
        expect(h.left).to.be.at.least(b.left - 0.5);
        expect(h.right).to.be.at.most(b.right + 0.5);
        expect(h.top).to.be.at.least(b.top - 0.5);
        expect(h.bottom).to.be.at.most(b.bottom + 0.5);
        const inset = 1;
        const points = [
          [(h.left + h.right) / 2, (h.top + h.bottom) / 2],
          [h.left + inset, h.top + inset],
          [h.right - inset, h.top + inset],
          [h.left + inset, h.bottom - inset],
          [h.right - inset, h.bottom - inset],
        ];
        for (const [x, y] of points) {
          const hit = deepElementFromPoint(host.doc, x!, y!);
          expect(hits(bar, hit), `topmost at ${x},${y} is ${hit?.localName}#${hit?.id}`).to.equal(true);
        }
        // Host content scrolled under the bar overlaps the hint's box only beneath the bar.
        for (const sel of ['#site-header', '#page-heading', '#page-text']) {
          const r = host.doc.querySelector(sel)!.getBoundingClientRect();
          const overlaps = r.left < h.right && r.right > h.left && r.top < h.bottom && r.bottom > h.top;
          if (overlaps) expect(Number(host.win.getComputedStyle(bar).zIndex), `${sel} is beneath the bar`).to.be.greaterThan(0);
        }
      } finally {
        host.remove();
      }
    });
  }

  it('the bar background follows --safety-quick-exit-bar-background', async () => {
    const host = await loadHost('/test/fixtures/host-look.html', { width: 800, height: 400 });
    try {
      await ready(host);
      const bar = host.doc.querySelector<HTMLElement>('safety-quick-exit')!;
      bar.style.setProperty('--safety-quick-exit-bar-background', 'rgb(1, 2, 3)');
      expect(host.win.getComputedStyle(bar).backgroundColor).to.equal('rgb(1, 2, 3)');
    } finally {
      host.remove();
    }
  });
});
