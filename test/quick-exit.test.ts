import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/components/quick-exit/safety-quick-exit.js';
import {
  DEFAULT_DESTINATION,
  type SafetyExitDetail,
  type SafetyQuickExit,
} from '../src/components/quick-exit/quick-exit.component.js';
import { captureWarnings, captureWarningsAsync } from './support/console.js';
import { isHidden, recordExits } from './support/quick-exit.js';
import { setShortcutClock } from '../src/components/quick-exit/shortcut.js';
import { EXITING_ATTRIBUTE, navigation } from '../src/components/quick-exit/leave.js';
import { STORAGE_NAMESPACE } from '../src/internal/storage.js';
import { storageKey } from '../src/components/checklist/checklist.storage.js';

const ua = navigator.userAgent;
const isWebKitDriver = /AppleWebKit/.test(ua) && !/Chrome/.test(ua);
const isChromium = /Chrome/.test(ua);

const shadow = (el: SafetyQuickExit) => el.shadowRoot!;
const button = (el: SafetyQuickExit) => shadow(el).querySelector<HTMLAnchorElement>('[part="button"]')!;
const status = (el: SafetyQuickExit) => shadow(el).querySelector('[part="status"]')!.textContent;
const overlay = (el: SafetyQuickExit) => shadow(el).querySelector('dialog')!;
const press = (key: string) => sendKeys({ press: key });
/** Synthetic key events where a real key cannot express the case (auto-repeat). */
const key = (type: 'keydown' | 'keyup', init: KeyboardEventInit) =>
  document.body.dispatchEvent(new KeyboardEvent(type, { bubbles: true, composed: true, cancelable: true, ...init }));

let exits: ReturnType<typeof recordExits>;
beforeEach(() => {
  exits = recordExits();
});
afterEach(() => {
  exits.restore();
  setShortcutClock();
});

/** A manual clock for the shortcut's timing: no real sleeps. */
function fakeClock() {
  let now = 0;
  let id = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const clock = {
    now: () => now,
    setTimeout: (fn: () => void, ms: number) => {
      timers.set(++id, { at: now + ms, fn });
      return id;
    },
    clearTimeout: (handle: unknown) => void timers.delete(handle as number),
    advance(ms: number) {
      now += ms;
      for (const [key, timer] of [...timers]) {
        if (timer.at <= now) {
          timers.delete(key);
          timer.fn();
        }
      }
    },
  };
  setShortcutClock(clock);
  return clock;
}

describe('<safety-quick-exit>: rendering', () => {
  it('renders a labelled control to the default neutral site', async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    const b = button(el);
    expect(b.href).to.equal(DEFAULT_DESTINATION);
    // Voice control (WCAG 2.5.3): the accessible name is the visible label, with nothing hidden before it.
    expect(b.textContent).to.equal('Leave this site');
    expect(b.getAttribute('rel')).to.contain('noreferrer');
    expect(b.getAttribute('role')).to.equal('button');
    const hint = shadow(el).querySelector<HTMLElement>('[part="hint"]')!;
    expect(hint.textContent).to.equal('or press Shift 3 times');
    // Read once, as the description, and only where there is a keyboard: this runner's headless Chromium and
    // Firefox report a touch-like device (no hover, coarse pointer), WebKitGTK a desktop one.
    expect(hint.getAttribute('aria-hidden')).to.equal('true');
    if (matchMedia('(hover: hover) and (pointer: fine)').matches) {
      expect(b.getAttribute('aria-describedby')).to.equal('hint');
      expect(getComputedStyle(hint).display).not.to.equal('none');
    } else {
      expect(b.hasAttribute('aria-describedby'), 'no keyboard, no shortcut to describe').to.equal(false);
      expect(getComputedStyle(hint).display).to.equal('none');
    }
    expect(Number(getComputedStyle(b).fontWeight)).to.equal(700);
    const box = b.getBoundingClientRect();
    expect(box.width).to.be.at.least(44);
    expect(box.height).to.be.at.least(44);
    await expect(el).to.be.accessible();
  });

  it('takes destination and label from a child link, which is no longer shown after upgrade', async () => {
    const el = await fixture<SafetyQuickExit>(
      html`<safety-quick-exit><a href="https://www.google.com/webhp" rel="noreferrer">Hide this page</a></safety-quick-exit>`,
    );
    expect(button(el).href).to.equal('https://www.google.com/webhp');
    expect(button(el).textContent).to.equal('Hide this page');
    expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
  });

  it('follows a child link that changes after upgrade', async () => {
    const el = await fixture<SafetyQuickExit>(
      html`<safety-quick-exit><a href="https://a.example/">A</a></safety-quick-exit>`,
    );
    el.querySelector('a')!.remove();
    const link = document.createElement('a');
    link.href = 'https://b.example/';
    link.textContent = 'B';
    el.append(link);
    await aTimeout(0);
    await el.updateComplete;
    expect(button(el).href).to.equal('https://b.example/');
    expect(button(el).textContent).to.equal('B');
  });

  it('uses the href attribute when there is no child link', async () => {
    const el = await fixture<SafetyQuickExit>(
      html`<safety-quick-exit href="https://www.google.com/webhp"></safety-quick-exit>`,
    );
    expect(button(el).href).to.equal('https://www.google.com/webhp');
  });

  it('warns once and prefers the child link when it and href differ', async () => {
    let el!: SafetyQuickExit;
    const warnings = await captureWarningsAsync(async () => {
      el = await fixture<SafetyQuickExit>(
        html`<safety-quick-exit href="https://b.example/"><a href="https://a.example/">Leave</a></safety-quick-exit>`,
      );
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(button(el).href).to.equal('https://a.example/');
    expect(warnings.filter((w) => w.includes('child link is used'))).to.have.length(1);
  });

  for (const unsafe of ['javascript:alert(1)', 'data:text/html,hello', 'tel:999']) {
    it(`refuses href="${unsafe}" with a warning and uses the default`, async () => {
      let el!: SafetyQuickExit;
      const warnings = await captureWarningsAsync(async () => {
        el = await fixture<SafetyQuickExit>(html`<safety-quick-exit href=${unsafe}></safety-quick-exit>`);
      });
      expect(button(el).href).to.equal(DEFAULT_DESTINATION);
      expect(warnings.some((w) => w.includes('<safety-quick-exit> href') && w.includes('refused'))).to.equal(true);
      button(el).click();
      expect(exits.left).to.deep.equal([DEFAULT_DESTINATION]);
    });
  }

  it('refuses an unsafe child link too', async () => {
    let el!: SafetyQuickExit;
    const warnings = await captureWarningsAsync(async () => {
      el = await fixture<SafetyQuickExit>(
        html`<safety-quick-exit><a href="javascript:alert(1)">Leave</a></safety-quick-exit>`,
      );
    });
    expect(button(el).href).to.equal(DEFAULT_DESTINATION);
    expect(warnings.some((w) => w.includes('child link'))).to.equal(true);
  });

  it('warns about an unknown shortcut or position and keeps the defaults', async () => {
    let el!: SafetyQuickExit;
    const warnings = await captureWarningsAsync(async () => {
      el = await fixture<SafetyQuickExit>(
        html`<safety-quick-exit shortcut="ctrl" position="middle"></safety-quick-exit>`,
      );
    });
    expect(el.shortcutMode).to.equal('shift');
    expect(el.position).to.equal('inline');
    expect(warnings.filter((w) => w.includes('shortcut="ctrl" is not one of'))).to.have.length(1);
    expect(warnings.filter((w) => w.includes('position="middle" is not one of'))).to.have.length(1);
    expect(warnings.some((w) => w.includes('position="middle" is not one of'))).to.equal(true);
  });

  it('lets every string be overridden by the strings attribute (label also by its own attribute)', async () => {
    const strings = JSON.stringify({
      emergencyPrefix: 'Argyfwng',
      hint: 'neu pwyswch Shift 3 gwaith',
      remainingMessage: '{key}: {count} eto',
      remainingOneMessage: '{key}: 1 eto',
      expiredMessage: 'Wedi dod i ben',
      overlayText: 'Llwytho.',
      exitTitle: 'Llwytho',
    });
    const el = await fixture<SafetyQuickExit>(
      html`<safety-quick-exit label="Gadael y wefan" strings=${strings}></safety-quick-exit>`,
    );
    // The accessible name still starts with the visible label; the extra words come after it.
    expect(button(el).textContent).to.equal('Gadael y wefan, Argyfwng');
    expect(shadow(el).querySelector('[part="hint"]')!.textContent).to.equal('neu pwyswch Shift 3 gwaith');
    await press('Shift');
    await el.updateComplete;
    expect(status(el)).to.equal('Shift: 2 eto');
    await press('Shift');
    await el.updateComplete;
    expect(status(el)).to.equal('Shift: 1 eto');
    await press('Shift');
    expect(document.title).to.equal('Llwytho');
    await waitUntil(() => overlay(el).open, 'the cover is shown');
    expect(overlay(el).textContent).to.equal('Llwytho.');
  });

  it('the strings property works too; label wins over strings.label; unknown keys warn once', async () => {
    let el!: SafetyQuickExit;
    const warnings = await captureWarningsAsync(async () => {
      el = await fixture<SafetyQuickExit>(
        html`<safety-quick-exit .strings=${{ label: 'From strings', nonsense: 'x' }}></safety-quick-exit>`,
      );
      expect(button(el).textContent).to.equal('From strings');
      el.label = 'From label';
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(button(el).textContent).to.equal('From label');
    expect(warnings.filter((w) => w.includes('"nonsense"'))).to.have.length(1);
  });

  it('an empty or blank label or exit title falls back to the default with one warning', async () => {
    let el!: SafetyQuickExit;
    const warnings = await captureWarningsAsync(async () => {
      el = await fixture<SafetyQuickExit>(
        html`<safety-quick-exit label="  " strings='{"exitTitle": " "}'></safety-quick-exit>`,
      );
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(button(el).textContent).to.equal('Leave this site');
    expect(warnings.filter((w) => w.includes('empty label'))).to.have.length(1);
    expect(warnings.filter((w) => w.includes('empty exit title'))).to.have.length(1);
    button(el).click();
    expect(document.title).to.equal('Loading');
  });

  it("an empty label beside a strings label falls back to the language's own label, as the static form does", async () => {
    let el!: SafetyQuickExit;
    await captureWarningsAsync(async () => {
      el = await fixture<SafetyQuickExit>(
        html`<safety-quick-exit label="" strings='{"label": "Exit"}'></safety-quick-exit>`,
      );
    });
    expect(button(el).textContent).to.equal('Leave this site');
  });

  it('a bad href warns once, not on every render', async () => {
    let el!: SafetyQuickExit;
    const warnings = await captureWarningsAsync(async () => {
      el = await fixture<SafetyQuickExit>(html`<safety-quick-exit href="javascript:alert(1)"></safety-quick-exit>`);
      for (let i = 0; i < 3; i++) {
        el.requestUpdate();
        await el.updateComplete;
      }
    });
    expect(warnings.filter((w) => w.includes('refused'))).to.have.length(1);
  });

  for (const samePage of ['#', '?', '#main', '']) {
    it(`refuses a same-page destination (${samePage ? `"${samePage}"` : "the page's own URL"}) with one warning and uses the default`, async () => {
      const href = samePage || location.href;
      let el!: SafetyQuickExit;
      const warnings = await captureWarningsAsync(async () => {
        el = await fixture<SafetyQuickExit>(html`<safety-quick-exit><a href=${href}>Leave</a></safety-quick-exit>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(button(el).href).to.equal(DEFAULT_DESTINATION);
      expect(warnings.filter((w) => w.includes('same page'))).to.have.length(1);
      button(el).click();
      expect(exits.left).to.deep.equal([DEFAULT_DESTINATION]);
    });
  }

  it('re-renders when a string attribute changes', async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    el.setAttribute('label', 'Exit now');
    await el.updateComplete;
    expect(button(el).textContent).to.equal('Exit now');
    el.setAttribute('strings', '{"hint": "Shift x3"}');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="hint"]')!.textContent).to.equal('Shift x3');
  });
});

describe('<safety-quick-exit>: leaving', () => {
  it('on click: leaves first, then hides the whole document, then title, referrer and the safety-exit event', async () => {
    const el = await fixture<SafetyQuickExit>(
      html`<safety-quick-exit href="https://www.google.com/webhp"></safety-quick-exit>`,
    );
    const titleBefore = document.title;
    let seenInListener: { title: string; hidden: boolean; left: number } | undefined;
    el.addEventListener(
      'safety-exit',
      () => (seenInListener = { title: document.title, hidden: isHidden(), left: exits.left.length }),
    );
    const event = oneEvent(document, 'safety-exit') as Promise<CustomEvent<SafetyExitDetail>>;
    button(el).click();
    const { detail, bubbles, composed } = await event;
    expect(detail).to.deep.equal({ href: 'https://www.google.com/webhp', trigger: 'click' });
    expect(bubbles && composed).to.equal(true);
    // The event comes after leaving and hiding (DECISIONS: leave first, then hide, then everything else).
    expect(seenInListener).to.deep.equal({ title: 'Loading', hidden: true, left: 1 });
    expect(titleBefore).to.not.equal('Loading');
    expect(isHidden()).to.equal(true);
    expect(document.title).to.equal('Loading');
    expect(document.querySelector('meta[name="referrer"]')!.getAttribute('content')).to.equal('no-referrer');
    // The top-layer cover comes after the first hidden frame, not inside the handler.
    expect(overlay(el).open).to.equal(false);
    await waitUntil(() => overlay(el).open, 'the cover is shown after the first hidden frame');
    expect(overlay(el).matches(':modal')).to.equal(true);
    expect(getComputedStyle(overlay(el)).visibility).to.equal('visible');
    expect(exits.left).to.deep.equal(['https://www.google.com/webhp']);
  });

  it('does all of it in the same task as the click (nothing waits for a frame or a promise)', async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    button(el).click();
    // Synchronously after dispatch: no await between.
    expect([isHidden(), document.title, exits.left.length]).to.deep.equal([true, 'Loading', 1]);
  });

  it('hides the page from the pointer, Tab and assistive technology: the overlay covers the viewport and the rest is inert', async () => {
    const el = await fixture<SafetyQuickExit>(
      html`<div><button id="page-button">Page</button><safety-quick-exit></safety-quick-exit></div>`,
    );
    const qe = el.querySelector('safety-quick-exit')!;
    button(qe).click();
    await waitUntil(() => overlay(qe).open, 'cover shown');
    const hit = document.elementFromPoint(5, 5);
    expect(hit === qe || hit === document.documentElement).to.equal(true);
    expect(el.querySelector<HTMLElement>('#page-button')!.matches(':focus')).to.equal(false);
    el.querySelector<HTMLElement>('#page-button')!.focus();
    expect(document.activeElement?.id).to.not.equal('page-button');
  });

  it('a listener that throws does not stop the exit', async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    const thrower = () => {
      throw new Error('host bug');
    };
    document.addEventListener('safety-exit', thrower);
    const previous = window.onerror;
    let reported = '';
    window.onerror = (message) => {
      reported = String(message);
      return true;
    };
    try {
      button(el).click();
    } finally {
      window.onerror = previous;
      document.removeEventListener('safety-exit', thrower);
    }
    expect(reported).to.contain('host bug');
    expect(isHidden()).to.equal(true);
    expect(exits.left).to.have.length(1);
  });

  it('Escape cannot close the overlay while leaving', async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    button(el).click();
    await waitUntil(() => overlay(el).open, 'cover shown');
    await press('Escape');
    await press('Escape');
    await aTimeout(50);
    await waitUntil(() => overlay(el).open, 'still open after Escape', { timeout: 2000 });
    const closed = oneEvent(overlay(el), 'close');
    overlay(el).close();
    await closed;
    await waitUntil(() => overlay(el).open, 'opened again after close()', { timeout: 2000 });
  });

  it('stays hidden and leaves again when the page comes back from the back-forward cache', async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    button(el).click();
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(isHidden()).to.equal(true);
    expect(exits.left).to.deep.equal([DEFAULT_DESTINATION, DEFAULT_DESTINATION]);
  });

  // GOV.UK's Exit this page puts "Loading." in a role="alert" overlay, so that a screen reader says the page is going.
  it('announces the exit: the cover says its text in an alert, which is empty until the cover is up', async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    const alertText = () => shadow(el).querySelector('dialog [role="alert"]')?.textContent ?? '';
    expect(alertText()).to.equal('');
    button(el).click();
    expect(alertText(), 'nothing said before the cover is up').to.equal('');
    await waitUntil(() => overlay(el).open, 'cover shown');
    expect(alertText()).to.equal('Loading.');
    expect(overlay(el).textContent).to.equal('Loading.');
  });

  it('back from the back-forward cache, the same cover with its text, and no second event', async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    let fired = 0;
    el.addEventListener('safety-exit', () => fired++);
    button(el).click();
    await waitUntil(() => overlay(el).open, 'cover shown');
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await aTimeout(100);
    expect(exits.left).to.have.length(2);
    expect(fired).to.equal(1);
    expect(document.querySelector(':root > dialog[data-safety-cover]'), "the document's blank cover").to.equal(null);
    expect(overlay(el).open).to.equal(true);
    expect(overlay(el).textContent).to.equal('Loading.');
  });

  // A panicking reader taps again, or holds Enter: each new location.replace would throw away the request
  // under way, and on a slow connection the page would never go.
  it('a second press while leaving does not start the navigation again, nor fire a second event', async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    let fired = 0;
    el.addEventListener('safety-exit', () => fired++);
    button(el).click();
    button(el).click();
    key('keydown', { key: 'Enter' });
    button(el).dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', repeat: true, bubbles: true, composed: true, cancelable: true }),
    );
    el.exit();
    expect(exits.left).to.have.length(1);
    expect(fired).to.equal(1);
    // The page stays hidden through it, even where a host swapped the adopted sheets meanwhile.
    document.adoptedStyleSheets = [];
    button(el).click();
    expect(isHidden()).to.equal(true);
    // A navigation that has not gone after a while (blocked, stalled) is started again by the next press.
    navigation.pending!.at -= 6000;
    button(el).click();
    expect(exits.left).to.have.length(2);
  });

  it('Enter on the button after a Shift leaves without saying the shortcut expired first', async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    await press('Shift');
    button(el).focus();
    await press('Enter');
    expect(exits.left).to.have.length(1);
    await aTimeout(50);
    expect(status(el)).to.not.equal('Leave this site shortcut expired.');
  });

  it('Enter and Space on the focused control leave', async () => {
    for (const keyName of ['Enter', ' ']) {
      const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
      button(el).focus();
      await press(keyName);
      expect(exits.left.length, keyName).to.equal(1);
      exits.restore();
      exits = recordExits();
    }
  });

  it('exit() can be called by the site, with trigger "api"', async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    const event = oneEvent(el, 'safety-exit') as Promise<CustomEvent<SafetyExitDetail>>;
    el.exit();
    expect((await event).detail.trigger).to.equal('api');
  });

  it("clear-session clears this origin's sessionStorage on exit; by default it is left alone", async () => {
    sessionStorage.setItem('site-state', '1');
    const plain = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    button(plain).click();
    expect(sessionStorage.getItem('site-state')).to.equal('1');
    exits.restore();
    exits = recordExits();
    const clearing = await fixture<SafetyQuickExit>(html`<safety-quick-exit clear-session></safety-quick-exit>`);
    button(clearing).click();
    expect(sessionStorage.length).to.equal(0);
  });
});

describe("<safety-quick-exit>: behind a host's modal dialog or inert attribute", () => {
  // Real clicks (sendMouse): the page outside a modal dialog is inert, so a tap on the quick exit lands on
  // the dialog's backdrop, and only a trusted click with a place on the page may be taken as the button's.
  const centre = (el: Element): [number, number] => {
    const r = el.getBoundingClientRect();
    return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];
  };
  let dialog: HTMLDialogElement | undefined;
  afterEach(async () => {
    dialog?.close();
    dialog?.remove();
    dialog = undefined;
    await resetMouse();
  });
  function openModal(): HTMLDialogElement {
    dialog = document.createElement('dialog');
    dialog.style.cssText = 'margin: auto; width: 200px';
    dialog.innerHTML = '<p>We use cookies.</p><button>Accept</button>';
    document.body.append(dialog);
    dialog.showModal();
    return dialog;
  }

  it('a tap on the quick exit over the backdrop leaves, as a click on the button', async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    openModal();
    expect(document.elementFromPoint(...centre(button(el))), 'the tap lands on the dialog').to.equal(dialog);
    const event = oneEvent(document, 'safety-exit') as Promise<CustomEvent<SafetyExitDetail>>;
    await sendMouse({ type: 'click', position: centre(button(el)) });
    expect((await event).detail.trigger).to.equal('click');
    expect(exits.left).to.deep.equal([DEFAULT_DESTINATION]);
  });

  it("a tap on the dialog's own box, or on the backdrop away from the quick exit, does not leave", async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    const modal = openModal();
    await sendMouse({ type: 'click', position: centre(modal.querySelector('p')!) });
    await sendMouse({ type: 'click', position: [innerWidth - 5, innerHeight - 5] });
    // A click made by a script has no reader behind it, wherever it says it is.
    modal.dispatchEvent(
      new MouseEvent('click', {
        bubbles: true,
        detail: 1,
        clientX: centre(button(el))[0],
        clientY: centre(button(el))[1],
      }),
    );
    await aTimeout(50);
    expect(exits.left).to.deep.equal([]);
    expect(isHidden()).to.equal(false);
  });

  it('under a host inert attribute, a tap on it leaves; a tap on something drawn over it does not', async () => {
    const box = await fixture<HTMLElement>(html`<div inert><safety-quick-exit></safety-quick-exit></div>`);
    const el = box.querySelector<SafetyQuickExit>('safety-quick-exit')!;
    await el.updateComplete;
    const [x, y] = centre(button(el));
    const menu = document.createElement('nav');
    menu.style.cssText = `position: fixed; left: 0; top: ${y - 20}px; width: 100%; height: 40px; background: #eee`;
    let menuClicks = 0;
    menu.addEventListener('click', () => menuClicks++);
    document.body.append(menu);
    try {
      await sendMouse({ type: 'click', position: [x, y] });
      expect([menuClicks, exits.left.length], 'the menu over it had the tap').to.deep.equal([1, 0]);
    } finally {
      menu.remove();
    }
    await sendMouse({ type: 'click', position: [x, y] });
    expect(exits.left).to.deep.equal([DEFAULT_DESTINATION]);
  });

  it("inside a site's own component (a shadow root): a tap on it leaves once, and once over a modal's backdrop", async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<safety-quick-exit></safety-quick-exit>';
    const el = root.querySelector<SafetyQuickExit>('safety-quick-exit')!;
    await el.updateComplete;
    let fired = 0;
    const count = () => fired++;
    document.addEventListener('safety-exit', count);
    try {
      await sendMouse({ type: 'click', position: centre(button(el)) });
      expect([fired, exits.left.length], 'a direct tap: one exit').to.deep.equal([1, 1]);
      exits.restore();
      exits = recordExits();
      openModal();
      await sendMouse({ type: 'click', position: centre(button(el)) });
      expect([fired, exits.left.length], 'over the backdrop').to.deep.equal([2, 1]);
    } finally {
      document.removeEventListener('safety-exit', count);
    }
  });

  it('once the last quick exit is removed, a tap on the backdrop where it was does nothing', async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    const at = centre(button(el));
    const placeholder = document.createElement('div');
    el.replaceWith(placeholder);
    openModal();
    await sendMouse({ type: 'click', position: at });
    expect(exits.left).to.deep.equal([]);
  });
});

describe('<safety-quick-exit>: host scripts in the way of a tap or a key', () => {
  // Real input (sendMouse, sendKeys). Each host pattern held the exit before: the button's own listeners
  // never ran, or the tap passed through the button.
  const centre = (el: Element): [number, number] => {
    const r = el.getBoundingClientRect();
    return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];
  };
  let undo: (() => void)[] = [];
  let fired = 0;
  const count = () => fired++;
  beforeEach(() => {
    fired = 0;
    window.addEventListener('safety-exit', count);
    undo = [() => window.removeEventListener('safety-exit', count)];
  });
  afterEach(async () => {
    for (const step of undo) step();
    await resetMouse();
  });
  const listen = (target: EventTarget, type: string, listener: (e: Event) => void) => {
    target.addEventListener(type, listener, true);
    undo.push(() => target.removeEventListener(type, listener, true));
  };

  it('a capture listener on document that stops and cancels every click: a tap leaves, once', async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    let blocked = 0;
    listen(document, 'click', (e) => {
      e.preventDefault();
      e.stopPropagation();
      blocked++;
    });
    await sendMouse({ type: 'click', position: centre(button(el)) });
    expect([blocked, fired, exits.left.length], 'the blocker saw the click; one exit').to.deep.equal([1, 1, 1]);
  });

  it('a capture listener on an ancestor that stops clicks: a tap leaves, once', async () => {
    const box = await fixture<HTMLElement>(html`<header><safety-quick-exit></safety-quick-exit></header>`);
    const el = box.querySelector<SafetyQuickExit>('safety-quick-exit')!;
    await el.updateComplete;
    listen(box, 'click', (e) => e.stopPropagation());
    await sendMouse({ type: 'click', position: centre(button(el)) });
    expect([fired, exits.left.length]).to.deep.equal([1, 1]);
  });

  for (const css of ['body { pointer-events: none }', 'safety-quick-exit { pointer-events: none }']) {
    it(`pointer events turned off around it (${css}, a UI kit's open menu): a tap still reaches it`, async () => {
      const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      undo.push(() => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((x) => x !== sheet)));
      expect(
        getComputedStyle(document.body).pointerEvents === 'none' || getComputedStyle(el).pointerEvents === 'none',
      ).to.equal(true);
      await sendMouse({ type: 'click', position: centre(button(el)) });
      expect([fired, exits.left.length]).to.deep.equal([1, 1]);
    });
  }

  for (const [key, name] of [
    ['Enter', 'Enter'],
    [' ', 'Space'],
  ] as const) {
    it(`a script that cancels and stops ${name} everywhere (no form submits on Enter): ${name} on the focused button leaves, once`, async () => {
      const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
      let held = 0;
      listen(document, 'keydown', (e) => {
        if ((e as KeyboardEvent).key !== 'Enter' && (e as KeyboardEvent).key !== ' ') return;
        e.preventDefault();
        e.stopPropagation();
        held++;
      });
      button(el).focus();
      await press(key);
      expect([held, fired, exits.left.length], 'the script saw the key; one exit').to.deep.equal([1, 1, 1]);
    });
  }
});

describe('<safety-quick-exit>: the child link', () => {
  it('warns when the child link has no rel="noreferrer" (the way out without script would name this page)', async () => {
    const warnings = await captureWarningsAsync(async () => {
      const el = await fixture<SafetyQuickExit>(
        html`<safety-quick-exit><a href="https://www.bbc.co.uk/weather?no-rel">Leave</a></safety-quick-exit>`,
      );
      await el.updateComplete;
    });
    expect(
      warnings.filter((w) => w.includes('(https://www.bbc.co.uk/weather?no-rel) has no rel="noreferrer"')),
    ).to.have.length(1);
    const quiet = await captureWarningsAsync(async () => {
      const el = await fixture<SafetyQuickExit>(
        html`<safety-quick-exit><a href="https://www.bbc.co.uk/weather" rel="nofollow noreferrer">Leave</a></safety-quick-exit>`,
      );
      await el.updateComplete;
    });
    expect(quiet).to.deep.equal([]);
  });
});

describe('<safety-quick-exit>: new tab', () => {
  let opened: string[];
  let openedWith: [string, string][] = [];
  let original: typeof window.open;
  let result: Window | null;
  beforeEach(() => {
    opened = [];
    openedWith = [];
    original = window.open;
    result = null;
    window.open = ((url?: string | URL, target?: string, features?: string) => {
      opened.push(String(url));
      openedWith.push([target ?? '', features ?? '']);
      return result;
    }) as typeof window.open;
  });
  afterEach(() => {
    window.open = original;
  });

  it('opens the second site on click with no opener and no referrer, after leaving has started', async () => {
    const el = await fixture<SafetyQuickExit>(
      html`<safety-quick-exit new-tab-href="https://www.google.com/webhp"></safety-quick-exit>`,
    );
    let leftFirst: boolean | undefined;
    window.open = ((url?: string | URL, target?: string, features?: string) => {
      leftFirst =
        exits.left.length === 1 && document.querySelector('meta[name="referrer"][content="no-referrer"]') !== null;
      opened.push(String(url));
      openedWith.push([target ?? '', features ?? '']);
      return null;
    }) as typeof window.open;
    button(el).click();
    expect(opened).to.deep.equal(['https://www.google.com/webhp']);
    expect(openedWith).to.deep.equal([['_blank', 'noopener,noreferrer']]);
    expect(leftFirst).to.equal(true);
    expect(exits.left).to.have.length(1);
  });

  it('carries on when the popup is blocked (window.open returns null)', async () => {
    const el = await fixture<SafetyQuickExit>(
      html`<safety-quick-exit new-tab-href="https://www.google.com/webhp"></safety-quick-exit>`,
    );
    button(el).click();
    expect(opened).to.have.length(1);
    expect(isHidden()).to.equal(true);
    expect(exits.left).to.have.length(1);
  });

  it('never opens a tab from the keyboard shortcut', async () => {
    await fixture<SafetyQuickExit>(
      html`<safety-quick-exit new-tab-href="https://www.google.com/webhp"></safety-quick-exit>`,
    );
    await press('Shift');
    await press('Shift');
    await press('Shift');
    expect(exits.left).to.have.length(1);
    expect(opened).to.have.length(0);
  });

  // DECISIONS, new tab: "click only". Enter and Space are taken on keydown, which Firefox's popup blocker
  // does not count as a user's click.
  it('never opens a tab from Enter or Space on the button, which still leave', async () => {
    for (const keyName of ['Enter', ' ']) {
      const el = await fixture<SafetyQuickExit>(
        html`<safety-quick-exit new-tab-href="https://www.google.com/webhp"></safety-quick-exit>`,
      );
      button(el).focus();
      await press(keyName);
      expect(exits.left, keyName).to.have.length(1);
      expect(opened, keyName).to.have.length(0);
      exits.restore();
      exits = recordExits();
    }
  });

  it('refuses an unsafe new-tab-href with a warning and still leaves', async () => {
    const el = await fixture<SafetyQuickExit>(
      html`<safety-quick-exit new-tab-href="javascript:alert(1)"></safety-quick-exit>`,
    );
    const warnings = captureWarnings(() => button(el).click());
    expect(opened).to.have.length(0);
    expect(warnings.some((w) => w.includes('new-tab-href'))).to.equal(true);
    expect(exits.left).to.have.length(1);
  });
});

describe('<safety-quick-exit>: Shift shortcut', () => {
  it('leaves on the third Shift, announcing progress politely and showing it', async () => {
    fakeClock(); // the axe check between presses may take long on a loaded machine: time stands still
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    const live = shadow(el).querySelector('[part="status"]')!;
    expect(live.getAttribute('role')).to.equal('status');
    await press('Shift');
    await el.updateComplete;
    expect(status(el)).to.equal('Shift, press 2 more times to leave this site.');
    expect(shadow(el).querySelectorAll('[part="indicator"] .on')).to.have.length(1);
    await expect(el).to.be.accessible();
    await press('Shift');
    await el.updateComplete;
    expect(status(el)).to.equal('Shift, press 1 more time to leave this site.');
    expect(shadow(el).querySelectorAll('[part="indicator"] .on')).to.have.length(2);
    const event = oneEvent(el, 'safety-exit') as Promise<CustomEvent<SafetyExitDetail>>;
    await press('Shift');
    expect((await event).detail.trigger).to.equal('shortcut');
    expect(exits.left).to.have.length(1);
    expect(isHidden()).to.equal(true);
  });

  it('works while typing in a form field', async () => {
    const el = await fixture(html`<div><input id="field" /><safety-quick-exit></safety-quick-exit></div>`);
    el.querySelector<HTMLInputElement>('#field')!.focus();
    await sendKeys({ type: 'hello' });
    await press('Shift');
    await press('Shift');
    await press('Shift');
    expect(exits.left).to.have.length(1);
  });

  // As GOV.UK's Exit this page: another key ends the count and says the shortcut expired, for 5 s.
  it('any other key resets the count, and says it expired', async () => {
    const clock = fakeClock();
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    await press('Shift');
    await press('Shift');
    await press('KeyA');
    clock.advance(0); // said a task after the key (which may be the Enter that leaves)
    await el.updateComplete;
    expect(status(el)).to.equal('Leave this site shortcut expired.');
    await press('KeyB'); // typing on does not keep it
    clock.advance(5001);
    await el.updateComplete;
    expect(status(el)).to.equal('');
    await press('Shift');
    await press('Shift');
    expect(exits.left).to.have.length(0);
    await press('Shift');
    expect(exits.left).to.have.length(1);
  });

  it('a Shift used to type capitals does not count', async () => {
    await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    for (const letter of ['H', 'I', 'J']) {
      if (isWebKitDriver) {
        // WebKit's WebDriver runner has no key-down/key-up command: the same key events, synthesised.
        key('keydown', { key: 'Shift', shiftKey: true });
        key('keydown', { key: letter, shiftKey: true });
        key('keyup', { key: letter, shiftKey: true });
        key('keyup', { key: 'Shift' });
      } else {
        await sendKeys({ down: 'Shift' });
        await press(`Key${letter}`);
        await sendKeys({ up: 'Shift' });
      }
    }
    expect(exits.left).to.have.length(0);
    await press('Shift');
    await press('Shift');
    expect(exits.left).to.have.length(0);
  });

  it('left and right Shift both count', async function () {
    if (isWebKitDriver) this.skip(); // WebKit's WebDriver sends one Shift code for both keys.
    await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    await press('ShiftLeft');
    await press('ShiftRight');
    await press('ShiftLeft');
    expect(exits.left).to.have.length(1);
  });

  it('a held Shift (auto-repeat) counts once', async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    key('keydown', { key: 'Shift', shiftKey: true });
    for (let i = 0; i < 5; i++) key('keydown', { key: 'Shift', shiftKey: true, repeat: true });
    key('keyup', { key: 'Shift' });
    await el.updateComplete;
    expect(status(el)).to.equal('Shift, press 2 more times to leave this site.');
    expect(exits.left).to.have.length(0);
  });

  it('a page handler that stops propagation cannot hide the shortcut', async () => {
    await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    const stop = (e: Event) => e.stopImmediatePropagation();
    document.addEventListener('keyup', stop, true);
    document.addEventListener('keydown', stop, true);
    try {
      await press('Shift');
      await press('Shift');
      await press('Shift');
    } finally {
      document.removeEventListener('keyup', stop, true);
      document.removeEventListener('keydown', stop, true);
    }
    expect(exits.left).to.have.length(1);
  });

  it('the count expires 5 seconds after the last press, and says so', async () => {
    const clock = fakeClock();
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    await press('Shift');
    clock.advance(4900);
    await press('Shift');
    // 4.9 s after the first press is still within the window: two presses counted.
    await el.updateComplete;
    expect(status(el)).to.equal('Shift, press 1 more time to leave this site.');
    clock.advance(5001);
    await el.updateComplete;
    expect(status(el)).to.equal('Leave this site shortcut expired.');
    expect(shadow(el).querySelector<HTMLElement>('[part="indicator"]')!.hidden).to.equal(true);
    // Then taken away, so that it is not read out later.
    clock.advance(5001);
    await el.updateComplete;
    expect(status(el)).to.equal('');
    await press('Shift');
    expect(exits.left).to.have.length(0);
  });

  it('shortcut="none" turns the shortcut and its hint off', async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit shortcut="none"></safety-quick-exit>`);
    expect(shadow(el).querySelector<HTMLElement>('[part="hint"]')!.hidden).to.equal(true);
    expect(button(el).hasAttribute('aria-describedby')).to.equal(false);
    await press('Shift');
    await press('Shift');
    await press('Shift');
    expect(exits.left).to.have.length(0);
    await expect(el).to.be.accessible();
  });
});

describe('<safety-quick-exit>: Escape shortcut', () => {
  it("leaves on a second Escape within 1 s and prevents the key's default", async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit shortcut="escape"></safety-quick-exit>`);
    expect(shadow(el).querySelector('[part="hint"]')!.textContent).to.equal('or press Escape twice');
    let prevented: boolean | undefined;
    const watch = (e: KeyboardEvent) => {
      if (e.key === 'Escape') queueMicrotask(() => (prevented = e.defaultPrevented));
    };
    window.addEventListener('keydown', watch);
    await press('Escape');
    await el.updateComplete;
    expect(status(el)).to.equal('Escape, press 1 more time to leave this site.');
    await press('Escape');
    window.removeEventListener('keydown', watch);
    expect(exits.left).to.have.length(1);
    expect(prevented).to.equal(true);
  });

  it('Shift does nothing in Escape mode', async () => {
    await fixture<SafetyQuickExit>(html`<safety-quick-exit shortcut="escape"></safety-quick-exit>`);
    await press('Shift');
    await press('Shift');
    await press('Shift');
    expect(exits.left).to.have.length(0);
  });

  it('expires after 1 s', async () => {
    const clock = fakeClock();
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit shortcut="escape"></safety-quick-exit>`);
    await press('Escape');
    clock.advance(1001);
    await el.updateComplete;
    expect(status(el)).to.equal('Leave this site shortcut expired.');
    await press('Escape');
    expect(exits.left).to.have.length(0);
  });

  for (const [name, markup] of [
    ['a text field', '<input id="target" />'],
    ['a select', '<select id="target"><option>a</option></select>'],
    ['contenteditable', '<div id="target" contenteditable="true" tabindex="0">edit</div>'],
  ] as const) {
    it(`stands down in ${name}`, async () => {
      const host = await fixture(html`<div><safety-quick-exit shortcut="escape"></safety-quick-exit></div>`);
      const template = document.createElement('template');
      template.innerHTML = markup;
      host.append(template.content);
      host.querySelector<HTMLElement>('#target')!.focus();
      await press('Escape');
      await press('Escape');
      expect(exits.left).to.have.length(0);
    });
  }

  it('stands down while a dialog is open', async () => {
    const host = await fixture(
      html`<div><safety-quick-exit shortcut="escape"></safety-quick-exit><dialog><button>ok</button></dialog></div>`,
    );
    const dialog = host.querySelector('dialog')!;
    dialog.addEventListener('cancel', (e) => e.preventDefault());
    dialog.showModal();
    await press('Escape');
    await press('Escape');
    dialog.close();
    expect(exits.left).to.have.length(0);
  });

  it('stands down when another handler already used the key', async () => {
    await fixture(html`<safety-quick-exit shortcut="escape"></safety-quick-exit>`);
    const used = (e: KeyboardEvent) => e.key === 'Escape' && e.preventDefault();
    document.addEventListener('keydown', used);
    await press('Escape');
    await press('Escape');
    document.removeEventListener('keydown', used);
    expect(exits.left).to.have.length(0);
  });
});

describe('<safety-quick-exit>: several on one page', () => {
  // GOV.UK's Exit this page listens for the first instance only: a header and a footer copy must not each
  // read out every message.
  it('share one listener: one exit per shortcut, the dots on each, the message said by one', async () => {
    const host = await fixture(
      html`<div><safety-quick-exit position="top"></safety-quick-exit><p>content</p><safety-quick-exit></safety-quick-exit></div>`,
    );
    const [first, second] = host.querySelectorAll<SafetyQuickExit>('safety-quick-exit');
    let fired = 0;
    document.addEventListener('safety-exit', () => fired++);
    await press('Shift');
    await first!.updateComplete;
    await second!.updateComplete;
    expect(status(first!)).to.equal('Shift, press 2 more times to leave this site.');
    expect(status(second!)).to.equal('');
    for (const el of [first!, second!])
      expect(shadow(el).querySelectorAll('[part="indicator"] i.on'), 'dots').to.have.length(1);
    await press('Shift');
    await press('Shift');
    expect(fired).to.equal(1);
    expect(exits.left).to.have.length(1);
  });

  it('the message is said by the first copy on screen: one in a closed menu stays quiet', async () => {
    const host = await fixture(
      html`<div><div hidden><safety-quick-exit></safety-quick-exit></div><safety-quick-exit></safety-quick-exit></div>`,
    );
    const [hidden, shown] = host.querySelectorAll<SafetyQuickExit>('safety-quick-exit');
    await press('Shift');
    expect(status(hidden!)).to.equal('');
    expect(status(shown!)).to.equal('Shift, press 2 more times to leave this site.');
  });

  it('removing an instance removes its listeners; the last one removes them all', async () => {
    const host = await fixture(
      html`<div><safety-quick-exit></safety-quick-exit><safety-quick-exit></safety-quick-exit></div>`,
    );
    const [first, second] = host.querySelectorAll<SafetyQuickExit>('safety-quick-exit');
    first!.remove();
    await press('Shift');
    await press('Shift');
    await press('Shift');
    expect(exits.left).to.have.length(1);
    exits.restore();
    exits = recordExits();
    second!.remove();
    let fired = 0;
    const count = () => fired++;
    document.addEventListener('safety-exit', count);
    second!.dispatchEvent(new Event('noop'));
    await press('Shift');
    await press('Shift');
    await press('Shift');
    document.removeEventListener('safety-exit', count);
    expect(fired).to.equal(0);
    expect(exits.left).to.have.length(0);
  });
});

describe('<safety-quick-exit>: placement, theming, print', () => {
  it('top and bottom are sticky and reserve their height as scroll padding (WCAG 2.2 SC 2.4.11)', async () => {
    const root = () => getComputedStyle(document.documentElement);
    const top = await fixture<SafetyQuickExit>(html`<safety-quick-exit position="top"></safety-quick-exit>`);
    expect(getComputedStyle(top).position).to.equal('sticky');
    // Reserved as soon as the element has rendered, not a frame later.
    const padding = parseFloat(root().scrollPaddingTop);
    expect(padding).to.be.closeTo(top.getBoundingClientRect().height, 1);
    expect(padding).to.be.greaterThan(40);
    await expect(top).to.be.accessible();
    // It follows the bar's size (larger text here).
    top.style.setProperty('--safety-quick-exit-font-size', '40px');
    await waitUntil(
      () =>
        Math.abs(parseFloat(root().scrollPaddingTop) - top.getBoundingClientRect().height) < 1 &&
        parseFloat(root().scrollPaddingTop) > padding,
      'padding follows the bar',
      { timeout: 3000 },
    );
    top.style.removeProperty('--safety-quick-exit-font-size');
    top.position = 'bottom';
    await top.updateComplete;
    expect(parseFloat(root().scrollPaddingBottom)).to.be.greaterThan(40);
    expect(root().scrollPaddingTop, 'nothing reserved at the top').to.equal('auto');
    top.remove();
    expect(root().scrollPaddingBottom, 'nothing reserved once removed').to.equal('auto');
  });

  it("a site's own scroll padding (for its fixed header) is kept, on both sides, before and after a sticky copy", async () => {
    const style = document.createElement('style');
    style.textContent = 'html { scroll-padding-top: 80px }';
    document.head.append(style);
    const root = () => getComputedStyle(document.documentElement);
    try {
      const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit position="top"></safety-quick-exit>`);
      expect(root().scrollPaddingTop, "the site's value wins").to.equal('80px');
      el.position = 'bottom';
      await el.updateComplete;
      expect(root().scrollPaddingTop, 'a bottom bar leaves the top alone').to.equal('80px');
      expect(
        parseFloat(root().scrollPaddingBottom),
        'and reserves the bottom, which the site left unset',
      ).to.be.greaterThan(40);
      el.remove();
      expect(root().scrollPaddingTop, 'gone: still the site').to.equal('80px');
    } finally {
      style.remove();
    }
  });

  it('theming tokens take effect', async () => {
    const el = await fixture<SafetyQuickExit>(
      html`<safety-quick-exit style="--safety-quick-exit-background: rgb(0, 0, 255); --safety-quick-exit-color: rgb(255, 255, 0)"></safety-quick-exit>`,
    );
    expect(getComputedStyle(button(el)).backgroundColor).to.equal('rgb(0, 0, 255)');
    expect(getComputedStyle(button(el)).color).to.equal('rgb(255, 255, 0)');
    const sized = await fixture<SafetyQuickExit>(
      html`<safety-quick-exit style="--safety-quick-exit-font-size: 30px; --safety-font-family: monospace"></safety-quick-exit>`,
    );
    expect(getComputedStyle(button(sized)).fontSize).to.equal('30px');
    expect(getComputedStyle(button(sized)).fontFamily).to.equal('monospace');
    const global = await fixture<SafetyQuickExit>(
      html`<safety-quick-exit style="--safety-color-danger: rgb(0, 100, 0)"></safety-quick-exit>`,
    );
    expect(getComputedStyle(button(global)).backgroundColor).to.equal('rgb(0, 100, 0)');
  });

  it("the button text is 19 px, larger with a larger root size, and never smaller (an old GOV.UK template's 62.5% root)", async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    const size = () => getComputedStyle(button(el)).fontSize;
    expect(size()).to.equal('19px');
    const root = document.documentElement.style;
    try {
      root.fontSize = '62.5%';
      expect(size(), 'a 10 px root').to.equal('19px');
      root.fontSize = '24px';
      expect(size(), 'a reader who asked for larger text').to.equal('28.5px');
    } finally {
      root.removeProperty('font-size');
    }
  });

  it('a nonsense global colour token leaves the control legible (registered <color> tokens)', async () => {
    const el = await fixture<SafetyQuickExit>(
      html`<safety-quick-exit style="--safety-color-danger: nonsense; --safety-color-danger-contrast: 12px"></safety-quick-exit>`,
    );
    expect(getComputedStyle(button(el)).backgroundColor).to.equal('rgb(177, 14, 30)');
    expect(getComputedStyle(button(el)).color).to.equal('rgb(255, 255, 255)');
  });

  it('stays displayed when host CSS unsets everything', async () => {
    const style = document.createElement('style');
    style.textContent = '* { all: unset } safety-quick-exit { display: none; visibility: hidden }';
    document.head.append(style);
    try {
      const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
      expect(getComputedStyle(el).display).to.equal('block');
      expect(button(el).getBoundingClientRect().height).to.be.at.least(44);
    } finally {
      style.remove();
    }
  });

  it('is hidden in print', async function () {
    if (!isChromium) this.skip(); // emulateMedia is implemented for Chromium's launcher only.
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit position="top"></safety-quick-exit>`);
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(el).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('<safety-quick-exit>: sticky inside a host box that clips', () => {
  // Host themes put `overflow: hidden` on a page wrapper, or `overflow-x: hidden` on <html> and <body>:
  // either box is then the bar's scroll container, never scrolls, and a sticky bar scrolls away with the page.
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const box = (el: Element) => el.getBoundingClientRect();
  const tall = html`<div class="tall" style="height: 3000px"></div>`;
  afterEach(() => window.scrollTo(0, 0));

  /** Scrolls the page by `y` from the top and says where the button is drawn and what a tap there reaches. */
  async function scrollAndLook(el: SafetyQuickExit, y: number) {
    window.scrollTo(0, y);
    await frames();
    const b = box(button(el));
    const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
    return { top: Math.round(b.top), bottom: Math.round(b.bottom), reaches: hit === el };
  }

  // Field walk: a theme's header, sticky at the top with z-index 9999, covered the stuck bar (at GOV.UK's 1000)
  // as soon as the reader scrolled, and took its taps: on a phone there was no way out after the first screen.
  it('no clipping box: a stuck bar stays above a host header that sticks with z-index 9999, and takes the tap', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <safety-quick-exit position="top"></safety-quick-exit>
        <header style="position: sticky; top: 0; z-index: 9999; height: 120px; background: #003"></header>
        ${tall}
      </div>`,
    );
    const el = wrap.querySelector('safety-quick-exit') as SafetyQuickExit;
    await frames();
    const scrolled = await scrollAndLook(el, box(el).top + scrollY + 1500);
    expect(scrolled.top, 'the button is at the top of the viewport').to.be.within(0, 20);
    expect(scrolled.reaches, 'a tap there reaches the quick exit, not the header').to.equal(true);
  });

  it('a wrapper with overflow: hidden: the top bar stays at the top as the page scrolls, and nothing moves', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div style="overflow: hidden"><safety-quick-exit position="top"></safety-quick-exit>${tall}</div>`,
    );
    const el = wrap.querySelector('safety-quick-exit') as SafetyQuickExit;
    const content = wrap.querySelector('.tall')!;
    await frames();
    const before = { bar: box(button(el)).top - box(el).top, content: box(content).top + scrollY };
    const scrolled = await scrollAndLook(el, box(el).top + scrollY + 1500);
    expect(scrolled.top, 'the button is at the top of the viewport').to.be.within(0, 20);
    expect(scrolled.reaches, 'a tap there reaches the quick exit').to.equal(true);
    expect(box(content).top + scrollY, 'the content keeps its place while the bar is pinned').to.be.closeTo(
      before.content,
      1,
    );
    await scrollAndLook(el, 0);
    expect(box(button(el)).top - box(el).top, 'back in its own place at the top').to.be.closeTo(before.bar, 1);
    expect(box(content).top + scrollY).to.be.closeTo(before.content, 1);
    // The pinned bar is as wide as the element and the tap still leaves.
    const pinned = await scrollAndLook(el, box(el).top + scrollY + 800);
    expect(pinned.top).to.be.within(0, 20);
    const bar = shadow(el).querySelector('[part="base"]')!;
    expect(box(bar).width, 'as wide as the element').to.be.closeTo(box(el).width, 1);
    expect(getComputedStyle(bar).backgroundColor, 'a solid bar').to.equal(getComputedStyle(el).backgroundColor);
    button(el).click();
    expect(exits.left.length).to.equal(1);
  });

  it('overflow-x: hidden on both <html> and <body>: the top bar stays at the top', async () => {
    const root = document.documentElement;
    root.style.overflowX = 'hidden';
    document.body.style.overflowX = 'hidden';
    try {
      const wrap = await fixture<HTMLElement>(
        html`<div><safety-quick-exit position="top"></safety-quick-exit>${tall}</div>`,
      );
      const el = wrap.querySelector('safety-quick-exit') as SafetyQuickExit;
      await frames();
      const scrolled = await scrollAndLook(el, box(el).top + scrollY + 1500);
      expect(scrolled.top).to.be.within(0, 20);
      expect(scrolled.reaches).to.equal(true);
    } finally {
      root.style.removeProperty('overflow-x');
      document.body.style.removeProperty('overflow-x');
    }
  });

  for (const style of ['transform: translateZ(0)', 'will-change: transform', 'contain: paint']) {
    it(`a clipping wrapper that is also the containing block of fixed boxes (${style}): the top bar stays at the top`, async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div style="overflow: hidden; ${style}"><safety-quick-exit position="top"></safety-quick-exit>${tall}</div>`,
      );
      const el = wrap.querySelector('safety-quick-exit') as SafetyQuickExit;
      await frames();
      const scrolled = await scrollAndLook(el, box(el).top + scrollY + 1500);
      expect(scrolled.top, 'a fixed bar would have gone with the wrapper').to.be.within(0, 20);
      expect(scrolled.reaches).to.equal(true);
      const bar = shadow(el).querySelector('[part="base"]')!;
      expect(box(bar).width, 'as wide as the element').to.be.closeTo(box(el).width, 1);
      await scrollAndLook(el, 0);
      expect(box(button(el)).top - box(el).top, 'back in its own place').to.be.within(0, 20);
    });
  }

  it('a bottom bar at the end of a clipping wrapper is held at the foot of the viewport', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div style="overflow: hidden">${tall}<safety-quick-exit position="bottom"></safety-quick-exit></div>`,
    );
    const el = wrap.querySelector('safety-quick-exit') as SafetyQuickExit;
    await frames();
    const viewport = document.documentElement.clientHeight;
    const seen = await scrollAndLook(el, 0);
    expect(seen.bottom, 'at the foot of the viewport').to.be.within(viewport - 20, viewport);
    expect(seen.reaches).to.equal(true);
    // Scrolled to the end, the bar is in its own place again, under the content.
    const end = await scrollAndLook(el, document.documentElement.scrollHeight);
    expect(end.top).to.be.closeTo(box(el).top + 4, 4);
    expect(box(el).top, 'after the content').to.be.at.least(box(wrap.querySelector('.tall')!).bottom - 1);
  });

  it('a bar further down the page stays in its place until the page scrolls past it', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div style="overflow: hidden"><div style="height: 300px"></div><safety-quick-exit position="top"></safety-quick-exit>${tall}</div>`,
    );
    const el = wrap.querySelector('safety-quick-exit') as SafetyQuickExit;
    await frames();
    const start = box(el).top + scrollY;
    const early = await scrollAndLook(el, start - 200);
    expect(early.top, 'not yet stuck: in its own place').to.be.within(190, 220);
    const late = await scrollAndLook(el, start + 600);
    expect(late.top, 'scrolled past: held at the top').to.be.within(0, 20);
  });

  it("a pane the reader scrolls (an app shell) is left to sticky: the bar stays at the pane's top, not the viewport's", async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div style="margin-top: 150px; height: 300px; overflow: auto"><safety-quick-exit position="top"></safety-quick-exit>${tall}</div>`,
    );
    const el = wrap.querySelector('safety-quick-exit') as SafetyQuickExit;
    await frames();
    wrap.scrollTop = 1000;
    await frames();
    expect(box(button(el)).top - box(wrap).top, "at the pane's top").to.be.within(0, 20);
    expect(getComputedStyle(shadow(el).querySelector('[part="base"]')!).position).to.equal('static');
  });

  it('an inline quick exit, or one moved back to inline, is never pinned', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div style="overflow: hidden"><safety-quick-exit position="top"></safety-quick-exit>${tall}</div>`,
    );
    const el = wrap.querySelector('safety-quick-exit') as SafetyQuickExit;
    await frames();
    expect((await scrollAndLook(el, box(el).top + scrollY + 1000)).top).to.be.within(0, 20);
    el.position = 'inline';
    await el.updateComplete;
    const after = await scrollAndLook(el, box(el).top + scrollY + 1000);
    expect(after.top, 'scrolled away with the page, as an inline control does').to.be.below(-500);
    el.position = 'top';
    await el.updateComplete;
    await frames();
    expect((await scrollAndLook(el, box(el).top + scrollY + 1000)).top, 'top again: held again').to.be.within(0, 20);
    // Removed, it leaves no scroll or resize listener behind.
    const removed: string[] = [];
    const remove = window.removeEventListener;
    window.removeEventListener = function (this: Window, ...args: Parameters<Window['removeEventListener']>) {
      removed.push(args[0]);
      return remove.apply(this, args);
    } as Window['removeEventListener'];
    try {
      el.remove();
    } finally {
      window.removeEventListener = remove;
    }
    expect(removed.filter((type) => type === 'scroll' || type === 'resize').sort()).to.deep.equal(['resize', 'scroll']);
  });
});

describe('<safety-quick-exit>: sound stops with the page', () => {
  /** A second of silence as a WAV file (8 kHz, 8-bit mono), so that a real media element can play. */
  function silentWav(): string {
    const samples = 8000;
    const bytes = new Uint8Array(44 + samples);
    const view = new DataView(bytes.buffer);
    const text = (at: number, s: string) => [...s].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
    text(0, 'RIFF');
    view.setUint32(4, 36 + samples, true);
    text(8, 'WAVEfmt ');
    view.setUint32(16, 16, true);
    view.setUint16(20, 1, true);
    view.setUint16(22, 1, true);
    view.setUint32(24, 8000, true);
    view.setUint32(28, 8000, true);
    view.setUint16(32, 1, true);
    view.setUint16(34, 8, true);
    text(36, 'data');
    view.setUint32(40, samples, true);
    bytes.fill(128, 44);
    return `data:audio/wav;base64,${btoa(String.fromCharCode(...bytes))}`;
  }

  it('after the hidden frame, playing media is paused and embedded frames (players) are removed', async function () {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    const audio = Object.assign(document.createElement('audio'), { src: silentWav(), loop: true, muted: true });
    const frame = Object.assign(document.createElement('iframe'), { srcdoc: '<p>A video player</p>', title: 'Video' });
    document.body.append(audio, frame);
    try {
      try {
        await audio.play();
      } catch (e) {
        // WebKitGTK's MiniBrowser here has no media back end (GStreamer's plugins are not installed).
        if (isWebKitDriver) this.skip();
        throw e;
      }
      expect(audio.paused, 'playing before the exit').to.equal(false);
      button(el).click();
      await waitUntil(() => overlay(el).open, 'the cover is shown');
      expect(audio.paused, 'paused once the page is hidden').to.equal(true);
      expect(frame.isConnected, 'the frame is gone').to.equal(false);
    } finally {
      audio.remove();
      frame.remove();
    }
  });
});

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

describe('<safety-quick-exit>: the exit path', () => {
  const ours = () =>
    document.adoptedStyleSheets.filter((sheet) =>
      Array.from(sheet.cssRules).some((r) => r.cssText.includes(EXITING_ATTRIBUTE)),
    );

  it('adopts its hiding sheet once at arm time; the exit only sets one attribute on <html>', async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    const armedBefore = ours().length;
    await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    // One sheet for this document, adopted when the first copy armed; a second copy adds none.
    expect(armedBefore).to.be.at.least(1);
    expect(ours()).to.have.length(armedBefore);
    const sheetsBefore = [...document.adoptedStyleSheets];
    expect(isHidden()).to.equal(false);
    button(el).click();
    expect(document.documentElement.hasAttribute(EXITING_ATTRIBUTE)).to.equal(true);
    expect(document.adoptedStyleSheets).to.deep.equal(sheetsBefore);
    expect(isHidden()).to.equal(true);
  });

  /**
   * The Referer this document's policy gives a same-origin page loaded now (a frame's `document.referrer`).
   * During an exit, call it once the cover is up: the exit removes the page's frames just before that.
   */
  async function referrerGiven(): Promise<string> {
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/test/fixtures/neutral.html';
    document.body.append(frame);
    await loaded;
    const referrer = frame.contentDocument!.referrer;
    frame.remove();
    return referrer;
  }

  it("arming leaves the page's referrer policy alone; the exit switches it to no-referrer", async () => {
    // Its <meta> is placed at arm time (inserting one inside the handler delayed the navigation).
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    expect(document.querySelectorAll('meta[name="referrer"]:not([content])').length).to.equal(1);
    expect(await referrerGiven()).to.equal(location.href);
    button(el).click();
    expect(exits.left).to.have.length(1);
    await waitUntil(() => overlay(el).open, 'the cover is shown');
    expect(await referrerGiven()).to.equal('');
  });

  it('still sets no-referrer when the host rebuilt its <head> after arming', async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    const armedMeta = document.querySelector('meta[name="referrer"]:not([content])')!;
    armedMeta.remove();
    try {
      button(el).click();
      await waitUntil(() => overlay(el).open, 'the cover is shown');
      expect(await referrerGiven()).to.equal('');
    } finally {
      document.head.append(armedMeta);
    }
  });

  it('still hides when the host replaced document.adoptedStyleSheets after arming', async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    const kept = document.adoptedStyleSheets;
    document.adoptedStyleSheets = [];
    try {
      button(el).click();
      expect(isHidden()).to.equal(true);
    } finally {
      document.adoptedStyleSheets = kept;
    }
  });

  it('hides host text that sets visibility: visible, and the red bar itself', async () => {
    const host = await fixture(
      html`<div><p id="loud" style="visibility: visible !important">Still here?</p><safety-quick-exit></safety-quick-exit></div>`,
    );
    const qe = host.querySelector<SafetyQuickExit>('safety-quick-exit')!;
    button(qe).click();
    expect(getComputedStyle(document.body).opacity).to.equal('0');
    // Everything in <body> is painted at opacity 0, whatever its own visibility says.
    expect(getComputedStyle(host.querySelector('#loud')!).visibility).to.equal('visible');
    expect(getComputedStyle(document.documentElement).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it("lays out only the triggering copy's branch while leaving; the copy's own cover still shows", async () => {
    const host = await fixture(
      html`<div>
        <header><safety-quick-exit></safety-quick-exit></header>
        <main><p id="text">Text</p><aside id="stubborn" style="display: block !important">Aside</aside></main>
      </div>`,
    );
    const qe = host.querySelector<SafetyQuickExit>('safety-quick-exit')!;
    button(qe).click();
    // Off the branch: no boxes, so the hidden frame does not restyle their subtrees.
    expect(getComputedStyle(host.querySelector('main')!).display).to.equal('none');
    expect(host.querySelector('#text')!.getClientRects().length).to.equal(0);
    // The branch keeps its boxes.
    expect(getComputedStyle(host.querySelector('header')!).display).to.equal('block');
    expect(qe.getClientRects().length).to.be.greaterThan(0);
    await waitUntil(() => overlay(qe).open, "the copy's own cover is shown");
    expect(overlay(qe).getBoundingClientRect().width).to.be.at.least(innerWidth - 1);
    // Hiding does not depend on it: a host rule that keeps its boxes still shows nothing.
    expect(getComputedStyle(host.querySelector('#stubborn')!).display).to.equal('block');
    expect(getComputedStyle(document.body).opacity).to.equal('0');
  });

  it("keeps the branch through a site component's shadow root", async () => {
    const host = await fixture(html`<div><div id="site-header"></div><p>Text</p></div>`);
    const siteHeader = host.querySelector('#site-header')!;
    const root = siteHeader.attachShadow({ mode: 'open' });
    root.innerHTML = '<nav><safety-quick-exit></safety-quick-exit></nav>';
    const qe = root.querySelector<SafetyQuickExit>('safety-quick-exit')!;
    await qe.updateComplete;
    button(qe).click();
    expect(getComputedStyle(siteHeader).display).to.not.equal('none');
    expect(getComputedStyle(host.querySelector('p')!).display).to.equal('none');
    await waitUntil(() => overlay(qe).open, "the copy's own cover is shown");
    expect(overlay(qe).getBoundingClientRect().height).to.be.at.least(innerHeight - 1);
  });

  for (const [where, markup] of [
    [
      'display: none',
      '<div style="display:none"><safety-quick-exit id="first"></safety-quick-exit></div><safety-quick-exit></safety-quick-exit>',
    ],
    [
      'a closed <details>',
      '<details><summary>Menu</summary><safety-quick-exit id="first"></safety-quick-exit></details><safety-quick-exit></safety-quick-exit>',
    ],
  ] as const) {
    it(`draws a cover when the first copy is in ${where} (Shift 3 times)`, async () => {
      const host = await fixture(html`<div></div>`);
      const template = document.createElement('template');
      template.innerHTML = markup;
      host.append(template.content);
      const first = host.querySelector<SafetyQuickExit>('#first')!;
      await first.updateComplete;
      await press('Shift');
      await press('Shift');
      await press('Shift');
      expect(exits.left).to.have.length(1);
      const cover = () => document.querySelector<HTMLDialogElement>(':root > dialog[data-safety-cover]');
      await waitUntil(() => cover()?.open || overlay(first).open, 'a cover is shown');
      const drawn = cover() ?? overlay(first);
      const box = drawn.getBoundingClientRect();
      expect(box.width).to.be.at.least(innerWidth - 1);
      expect(box.height).to.be.at.least(innerHeight - 1);
      expect(getComputedStyle(drawn).visibility).to.equal('visible');
      expect(getComputedStyle(drawn).opacity).to.equal('1');
      expect(drawn.matches(':modal')).to.equal(true);
    });
  }

  it('each failing step fails alone: an addEventListener shim, a throwing dispatchEvent, a throwing console.warn', async () => {
    const el = await fixture<SafetyQuickExit>(
      html`<safety-quick-exit href="javascript:void 0" new-tab-href="javascript:void 0"></safety-quick-exit>`,
    );
    const originals = {
      add: EventTarget.prototype.addEventListener,
      dispatch: EventTarget.prototype.dispatchEvent,
      warn: console.warn,
    };
    EventTarget.prototype.addEventListener = function (
      this: EventTarget,
      type: string,
      fn: EventListenerOrEventListenerObject | null,
      options?: boolean | AddEventListenerOptions,
    ) {
      if ((options as AddEventListenerOptions).passive) return; // reads options.passive: throws when there are none
      return originals.add.call(this, type, fn, options);
    };
    EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
      if (event.type.startsWith('safety-')) throw new Error('neighbour wrapper');
      return originals.dispatch.call(this, event);
    };
    console.warn = () => {
      throw new Error('broken console');
    };
    let prevented: boolean | undefined;
    try {
      const watch = (e: Event) => (prevented = e.defaultPrevented);
      originals.add.call(window, 'click', watch as EventListener);
      button(el).click();
      window.removeEventListener('click', watch as EventListener);
    } finally {
      EventTarget.prototype.addEventListener = originals.add;
      EventTarget.prototype.dispatchEvent = originals.dispatch;
      console.warn = originals.warn;
    }
    expect(exits.left).to.deep.equal([DEFAULT_DESTINATION]);
    expect(isHidden()).to.equal(true);
    expect(document.title).to.equal('Loading');
    expect(prevented).to.equal(true);
  });

  it('when leaving itself fails, the link is followed instead (its own navigation is not cancelled)', async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    const { navigation } = await import('../src/components/quick-exit/leave.js');
    const recorder = navigation.leave;
    navigation.leave = () => {
      throw new Error('location is broken');
    };
    let prevented: boolean | undefined;
    const watch = (e: Event) => {
      prevented = e.defaultPrevented;
      e.preventDefault(); // the test page must not really go
    };
    window.addEventListener('click', watch);
    try {
      button(el).click();
    } finally {
      window.removeEventListener('click', watch);
      navigation.leave = recorder;
    }
    expect(prevented).to.equal(false);
    expect(isHidden()).to.equal(true);
  });

  it('removes everything stored under the library namespace, even when a site handler stops the event', async () => {
    localStorage.setItem(storageKey('plan-a'), '["a"]');
    sessionStorage.setItem(`${STORAGE_NAMESPACE}other`, '1');
    localStorage.setItem('site-own', 'keep');
    const stop = (e: Event) => e.stopImmediatePropagation();
    window.addEventListener('safety-exit', stop, true);
    try {
      const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
      button(el).click();
    } finally {
      window.removeEventListener('safety-exit', stop, true);
    }
    // In the click's own task (DECISIONS: "title, event, storage, all in the same task").
    expect(localStorage.getItem(storageKey('plan-a'))).to.equal(null);
    expect(sessionStorage.getItem(`${STORAGE_NAMESPACE}other`)).to.equal(null);
    expect(localStorage.getItem('site-own')).to.equal('keep');
    localStorage.removeItem('site-own');
  });

  it('neutralises the favicon while leaving', async () => {
    const icon = document.createElement('link');
    icon.rel = 'icon';
    icon.href = '/site-icon.png';
    document.head.append(icon);
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    button(el).click();
    // The site's icon is gone; no data: icon replaces it (a strict CSP's img-src would refuse and report it).
    const icons = [...document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]')].map((l) =>
      l.getAttribute('href'),
    );
    expect(icons).to.deep.equal([]);
    icon.remove();
  });

  it('announces each Shift at once, and the last message is not replaced by the exit', async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    key('keydown', { key: 'Shift', shiftKey: true });
    key('keyup', { key: 'Shift' });
    // Synchronously: no update cycle between the key and the live region.
    expect(status(el)).to.equal('Shift, press 2 more times to leave this site.');
    key('keydown', { key: 'Shift', shiftKey: true });
    key('keyup', { key: 'Shift' });
    expect(status(el)).to.equal('Shift, press 1 more time to leave this site.');
    key('keydown', { key: 'Shift', shiftKey: true });
    key('keyup', { key: 'Shift' });
    expect(exits.left).to.have.length(1);
    await aTimeout(0);
    expect(el.isUpdatePending).to.equal(false);
    expect(status(el)).to.equal('Shift, press 1 more time to leave this site.');
  });

  it('warns once about an unknown history value and keeps "page"', async () => {
    const warnings = await captureWarningsAsync(async () => {
      await fixture<SafetyQuickExit>(html`<safety-quick-exit history="everything"></safety-quick-exit>`);
    });
    expect(warnings.filter((w) => w.includes('history="everything" is not one of'))).to.have.length(1);
  });

  it('types safety-exit in HTMLElementEventMap', async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    let href = '';
    el.addEventListener('safety-exit', (e) => (href = e.detail.href)); // compiles only with the event map entry
    el.exit();
    expect(href).to.equal(DEFAULT_DESTINATION);
  });

  // Last in the file: it adds history entries to the test page.
  it("walks back over this page's own fragment and pushState entries before replacing it", async function () {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    history.pushState(null, '', '#one');
    location.hash = 'two';
    if (!('navigation' in window)) {
      // WebKit has no Navigation API, so the count falls back to the growth of history.length since arming,
      // which stops at the engine's per-tab cap and is abandoned once the page has seen a popstate: the
      // runner's one long-lived page has done both after the earlier suites. Named limit (README); the real
      // Back behaviour is proved end to end in all three engines (test/e2e/quick-exit.e2e.mjs).
      history.replaceState(null, '', location.pathname + location.search);
      this.skip();
    }
    // With the Navigation API the count is exact, whatever history.length's cap: nothing to skip.
    button(el).click();
    expect(isHidden()).to.equal(true);
    expect(exits.walked).to.deep.equal([2]);
    // The recorder does not really walk, so no popstate comes: it leaves on the fallback timer.
    expect(exits.left).to.have.length(0);
    await waitUntil(() => exits.left.length === 1, 'leaves after the walk back', { timeout: 5000 });
    history.replaceState(null, '', location.pathname + location.search);
  });
});
