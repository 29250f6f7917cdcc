// Host page 6: a broken neighbour script throws on load, replaces window.open, asks before unload and
// stops propagation of key events on document. The quick exit must still hide the page and leave, on
// click and on its shortcut. The real navigation is observed: the frame lands on the neutral page.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { type Host, SANDBOX, crossOriginExit, clickQuickExitAndLand, isFirefox, isWebKit, loadHost, part, whenUpgraded } from './host.js';

// No allow-top-navigation, so the exit leaves this frame rather than the runner's tab (the element falls
// back to the frame, with a warning). No allow-modals: the neighbour's beforeunload handler runs and asks
// for a prompt, but the browser may not show one in this frame. With a prompt on screen (a top-level
// page the reader has interacted with), the navigation waits for the reader's answer and the runner
// cannot answer it; the page stays hidden meanwhile (DECISIONS: once hidden, it stays hidden).
const FRAME_SANDBOX = SANDBOX;
type Parent = Window & { __hostBeforeUnload?: number };

describe('host page 6: a broken neighbour (in every engine, short of navigating)', () => {
  let host: Host;
  afterEach(() => host?.remove());

  it('counts Shift presses in a text field although the page stops key events on document', async () => {
    host = await loadHost('/test/fixtures/host-broken-neighbour.html');
    await whenUpgraded(host, ['safety-quick-exit']);
    expect(host.win.__neighbourRan).to.equal(true);
    const qe = host.doc.querySelector('safety-quick-exit')!;
    const field = host.doc.getElementById('field') as HTMLInputElement;
    host.win.focus();
    field.focus();
    let reachedDocument = 0;
    host.doc.addEventListener('keyup', () => (reachedDocument += 1));
    // Two presses of three: the third would navigate, which only a sandboxed frame survives (below).
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await (qe as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(reachedDocument, 'the neighbour stopped them before document').to.equal(0);
    expect(part(qe, 'status')!.textContent).to.match(/1 more time/);
    expect(shadowDots(qe)).to.equal(2);
    expect(host.win.getComputedStyle(host.doc.body).visibility).to.equal('visible');
  });
});

describe('host page 6: a broken neighbour, framed from another origin (every engine)', () => {
  for (const how of ['click', 'shift'] as const) {
    it(`on ${how === 'click' ? 'click' : 'Shift pressed 3 times in a text field'}: hides the page and the frame leaves`, async function () {
      // WebKit does not let a cross-origin frame focus its own field without user activation, so the
      // runner's keys cannot reach it there; Shift counting through the neighbour is proved in WebKit
      // by the same-origin test above, and the real Shift x3 exit in Chromium and Firefox.
      if (how === 'shift' && isWebKit) this.skip();
      const { exit } = await crossOriginExit('/test/fixtures/host-broken-neighbour.html', how);
      expect(exit, 'safety-exit seen in the page').to.exist;
      expect(exit!.visibility).to.equal('hidden');
      expect(exit!.title).to.equal('Loading');
    });
  }
});

const shadowDots = (qe: Element) => qe.shadowRoot!.querySelectorAll('[part~="indicator"] .on').length;

describe('host page 6: a broken neighbour', () => {
  let host: Host;
  beforeEach(function () {
    // WebKitGTK ends the runner's own page when a sandboxed frame navigates from a click or key
    // (test/quick-exit.test.ts), so the real exit cannot be observed from inside the runner there.
    if (isWebKit) this.skip();
  });
  afterEach(() => host?.remove());

  async function load() {
    host = await loadHost('/test/fixtures/host-broken-neighbour.html', { sandbox: FRAME_SANDBOX });
    await whenUpgraded(host, ['safety-quick-exit']);
    // The neighbour really did its damage before our script ran.
    expect(host.win.__neighbourRan).to.equal(true);
    expect(host.record.errors.some((e) => e.includes('neighbour: failed on load'))).to.equal(true);
    expect(() => host.win.open('/x')).to.throw('neighbour');
    return host.doc.querySelector('safety-quick-exit')!;
  }

  it('on click: hides the page at once and the frame leaves for the neutral page', async () => {
    const qe = await load();
    let hidden = '';
    qe.addEventListener('safety-exit', () => queueMicrotask(() => (hidden = host.win.getComputedStyle(host.doc.body).visibility)));
    (window as Parent).__hostBeforeUnload = 0;
    await clickQuickExitAndLand(host);
    expect(hidden).to.equal('hidden');
    // Chromium runs a target's listeners in the order they were added, so this guard (added before the
    // library armed) still runs: the named limit in leave.ts; in this frame it cannot prompt. Firefox runs
    // the library's capturing listener first, which stops it.
    expect((window as Parent).__hostBeforeUnload, 'the neighbour’s beforeunload handler ran').to.equal(
      isFirefox ? 0 : 1,
    );
    expect(host.frame.contentWindow!.location.pathname).to.equal('/test/fixtures/host-neutral.html');
    expect(host.frame.contentDocument!.querySelector('#neutral')).to.exist;
  });

  it('on Shift pressed 3 times in a text field, though the page stops key events on document', async () => {
    const qe = await load();
    const field = host.doc.getElementById('field') as HTMLInputElement;
    host.win.focus();
    field.focus();
    expect(host.doc.activeElement).to.equal(field);
    // The neighbour's handler really stops key events from reaching document's own listeners.
    let reachedDocument = 0;
    host.doc.addEventListener('keyup', () => (reachedDocument += 1));
    let hidden = '';
    qe.addEventListener('safety-exit', () => queueMicrotask(() => (hidden = host.win.getComputedStyle(host.doc.body).visibility)));
    const landed = new Promise((r) => host.frame.addEventListener('load', r, { once: true }));
    await sendKeys({ type: 'a' });
    expect(field.value).to.equal('a');
    for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'Shift' });
    await Promise.race([landed, new Promise((_, reject) => setTimeout(() => reject(new Error('the frame did not leave within 5 s')), 5000))]);
    expect(reachedDocument).to.equal(0);
    expect(hidden).to.equal('hidden');
    expect(host.frame.contentWindow!.location.pathname).to.equal('/test/fixtures/host-neutral.html');
  });

  it('the broken window.open (new-tab-href) does not stop the exit', async () => {
    const qe = await load();
    expect(qe.getAttribute('new-tab-href')).to.contain('host-neutral.html?tab');
    expect(part(qe, 'button')).to.exist;
    await clickQuickExitAndLand(host);
    expect(host.frame.contentWindow!.location.pathname).to.equal('/test/fixtures/host-neutral.html');
  });
});
