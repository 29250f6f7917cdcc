// Dark hosts (issue 17). A site's own dark theme (a class on <html>, in every engine) and
// prefers-color-scheme: dark (emulated: Chromium) must leave every element readable with no theme:
// each paints its own surface.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { isChromium, parseColor } from './dist/host.js';
import { audit, openLookPage } from './support/look.js';

describe('look: dark hosts, axe (WCAG 2.2 AA)', function () {
  this.timeout(120000);

  it("dark host (the site's dark theme class), 360 px: no violations", async () => {
    const { host, els } = await openLookPage('?theme=dark', 360);
    try {
      expect(host.win.getComputedStyle(host.doc.body).backgroundColor, 'the host page really is dark').to.equal(
        'rgb(18, 18, 18)',
      );
      expect(await audit(host, els, 'dark host (theme class), 360 px')).to.deep.equal([]);
    } finally {
      host.remove();
    }
  });

  it('dark host (prefers-color-scheme: dark), 1280 px: no violations', async function () {
    // Emulating the media feature needs the DevTools protocol: Chromium only here (the dark theme class
    // above gives the same host colours in every engine).
    if (!isChromium) this.skip();
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const { host, els } = await openLookPage('?theme=auto', 1280);
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

  it('each element paints its own surface under its own text colour on a dark host', async () => {
    const { host, els } = await openLookPage('?theme=dark', 800);
    try {
      for (const el of els.filter((e) => e.localName !== 'safety-quick-exit')) {
        const cs = host.win.getComputedStyle(el);
        expect(parseColor(cs.backgroundColor)?.[3], `<${el.localName}> background`).to.equal(1);
        expect(cs.colorScheme, `<${el.localName}> native controls match its surface`).to.equal('light');
      }
    } finally {
      host.remove();
    }
  });
});
