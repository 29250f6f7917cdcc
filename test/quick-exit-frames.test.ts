// The quick exit inside a sandboxed same-origin frame. Its own file: the frame loads the element's modules
// from the same URLs as the test page, and Chromium's coverage of a page keeps one copy of each script, so in
// test/quick-exit.test.ts the frame's copy (which ran one exit) replaced the page's, and the coverage of
// every other quick exit test there was lost.
import { expect } from '@open-wc/testing';
import type { SafetyQuickExit } from '../src/components/quick-exit/quick-exit.component.js';
import { EXITING_ATTRIBUTE } from '../src/components/quick-exit/leave.js';

const ua = navigator.userAgent;
const isWebKitDriver = /AppleWebKit/.test(ua) && !/Chrome/.test(ua);
const isChromium = /Chrome/.test(ua);

describe('<safety-quick-exit>: frames', () => {
  it('inside a frame that may not move the whole tab, the frame itself leaves, with one warning', async function () {
    // WebKitGTK: the click in the sandboxed frame ends the runner's own page (the session disconnects),
    // so the fallback cannot be observed from inside the runner there. Open question, see the issue note.
    if (isWebKitDriver) this.skip();
    this.timeout(15000);
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin');
    frame.src = '/test/fixtures/quick-exit-frame.html';
    document.body.append(frame);
    try {
      await new Promise((r) => frame.addEventListener('load', r, { once: true }));
      const win = frame.contentWindow as Window & typeof globalThis;
      await win.customElements.whenDefined('safety-quick-exit');
      const qe = win.document.querySelector('safety-quick-exit') as SafetyQuickExit;
      await qe.updateComplete;
      const warned: string[] = [];
      win.console.warn = (...args: unknown[]) => warned.push(args.join(' '));
      const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
      (qe.shadowRoot!.querySelector('[part="button"]') as HTMLElement).click();
      // The top document (this page, same origin) is hidden too, in the same task as the click.
      const topHidden =
        document.documentElement.hasAttribute(EXITING_ATTRIBUTE) && getComputedStyle(document.body).opacity === '0';
      const topTitle = document.title;
      await loaded;
      expect(topHidden).to.equal(true);
      expect(topTitle).to.equal('Loading');
      expect(frame.contentDocument!.querySelector('#neutral')).to.exist;
      expect(location.pathname).to.not.contain('neutral');
      if (isChromium) expect(warned.some((w) => w.includes('frame'))).to.equal(true);
    } finally {
      frame.remove();
      document.documentElement.removeAttribute(EXITING_ATTRIBUTE);
    }
  });
});
