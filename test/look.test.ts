// One look, readable on any host (issue 17): every element's main states on a typical council page
// (test/fixtures/host-look.html: sticky navy header, Arial, a "* { margin: 0; padding: 0 }" reset) pass
// axe-core's WCAG 2.2 AA rules at 1280 and 360 px and at 400 % zoom (a 320 px-wide frame: WCAG 1.4.10's
// equivalent of 1280 px at 400 %: test/look-zoom.test.ts), in every engine. Dark hosts: test/look-dark.test.ts;
// forced colours: test/look-forced.test.ts. (One file per one or two page loads: each file must finish
// within the runner's time limit on a loaded machine.)
import { expect } from '@open-wc/testing';
import { audit, openLookPage } from './support/look.js';

describe('look: axe (WCAG 2.2 AA) on every element on a council host page', function () {
  this.timeout(120000);

  for (const [name, width] of [
    ['1280 px', 1280],
    ['360 px', 360],
  ] as const) {
    it(`${name}: no violations`, async () => {
      const { host, els } = await openLookPage('', width);
      try {
        expect(await audit(host, els, name)).to.deep.equal([]);
      } finally {
        host.remove();
      }
    });
  }
});
