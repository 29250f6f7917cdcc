// 400 % zoom (issue 17): a 320 px-wide frame is WCAG 1.4.10's equivalent of a 1280 px window at 400 %.
// Every element's main states pass axe's WCAG 2.2 AA rules there, and the sticky quick-exit bar is solid
// by default, with its hint never over host content (bounding boxes, every engine).
import { expect } from '@open-wc/testing';
import { deepElementFromPoint, hits, loadHost, parseColor, settle, shadow } from './dist/host.js';
import { audit, openLookPage, ready } from './support/look.js';

describe('look: 400% zoom, axe (WCAG 2.2 AA)', function () {
  this.timeout(120000);

  it('400% zoom (320 px frame): no violations', async () => {
    const { host, els } = await openLookPage('', 320);
    try {
      expect(await audit(host, els, '400% zoom (320 px frame)')).to.deep.equal([]);
    } finally {
      host.remove();
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
        // Scroll so that the site's header, heading and body text have passed under the bar.
        host.win.scrollTo(0, 400);
        await settle(host.win);
        const b = bar.getBoundingClientRect();
        expect(b.top, 'the bar is stuck to the top').to.equal(0);
        expect(
          parseColor(host.win.getComputedStyle(bar).backgroundColor)![3],
          'the bar paints a solid background',
        ).to.equal(1);
        const h = hint.getBoundingClientRect();
        if (h.width === 0 || h.height === 0) return; // a hint that is not shown cannot show over anything
        // The hint's box lies within the bar's, and at its centre and corners the topmost thing is the bar.
        expect(h.left).to.be.at.least(b.left - 0.5);
        expect(h.right).to.be.at.most(b.right + 0.5);
        expect(h.top).to.be.at.least(b.top - 0.5);
        expect(h.bottom).to.be.at.most(b.bottom + 0.5);
        const points = [
          [(h.left + h.right) / 2, (h.top + h.bottom) / 2],
          [h.left + 1, h.top + 1],
          [h.right - 1, h.top + 1],
          [h.left + 1, h.bottom - 1],
          [h.right - 1, h.bottom - 1],
        ] as const;
        for (const [x, y] of points) {
          const hit = deepElementFromPoint(host.doc, x, y);
          expect(hits(bar, hit), `topmost at ${x},${y} is ${hit?.localName}#${hit?.id}`).to.equal(true);
        }
        // Host content has scrolled into the hint's box: it is there, beneath the bar, never above it.
        const [cx, cy] = points[0];
        const stack = host.doc.elementsFromPoint(cx, cy);
        expect(stack[0], 'the bar is on top').to.equal(bar);
        const under = stack.filter((e) => e !== bar && e.localName !== 'html' && e.localName !== 'body');
        expect(under.length, 'the scroll put host content under the hint').to.be.greaterThan(0);
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
