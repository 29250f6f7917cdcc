// Forced colours (Windows High Contrast and the like; issue 17): every element's main states on the
// council host page pass axe's WCAG 2.2 AA rules. Forced colours can be emulated only through the
// DevTools protocol, so this runs in Chromium; Firefox (driven over WebDriver BiDi) and WebKit (WebDriver
// classic) expose no emulation for it, and the test is skipped there.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { isChromium } from './dist/host.js';
import { audit, openLookPage } from './support/look.js';

describe('look: forced colours, axe (WCAG 2.2 AA)', function () {
  this.timeout(120000);

  it('forced colours, 1280 px: no violations', async function () {
    // Chromium only: see the note at the top of this file.
    if (!isChromium) this.skip();
    await executeServerCommand('safety-emulate-media-features', {
      features: [{ name: 'forced-colors', value: 'active' }],
    });
    try {
      const { host, els } = await openLookPage('', 1280);
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
