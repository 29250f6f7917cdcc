import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/components/quick-exit/safety-quick-exit.js';
import { DEFAULT_DESTINATION, type SafetyExitDetail, type SafetyQuickExit } from '../src/components/quick-exit/quick-exit.component.js';
import { captureWarnings, captureWarningsAsync } from './support/console.js';
import { isHidden, recordExits } from './support/quick-exit.js';

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
});

describe('<safety-quick-exit>: rendering', () => {
  it('renders a labelled control to the default neutral site', async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    const b = button(el);
    expect(b.href).to.equal(DEFAULT_DESTINATION);
    expect(b.textContent).to.equal('Emergency: Leave this site');
    expect(b.getAttribute('rel')).to.contain('noreferrer');
    expect(b.getAttribute('role')).to.equal('button');
    expect(shadow(el).querySelector('.visually-hidden')!.textContent).to.equal('Emergency: ');
    expect(shadow(el).querySelector('[part="hint"]')!.textContent).to.equal('or press Shift 3 times');
    expect(b.getAttribute('aria-describedby')).to.equal('hint');
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
    expect(button(el).textContent).to.equal('Emergency: Hide this page');
    expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
  });

  it('follows a child link that changes after upgrade', async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit><a href="https://a.example/">A</a></safety-quick-exit>`);
    el.querySelector('a')!.remove();
    const link = document.createElement('a');
    link.href = 'https://b.example/';
    link.textContent = 'B';
    el.append(link);
    await aTimeout(0);
    await el.updateComplete;
    expect(button(el).href).to.equal('https://b.example/');
    expect(button(el).textContent).to.equal('Emergency: B');
  });

  it('uses the href attribute when there is no child link', async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit href="https://www.google.com/webhp"></safety-quick-exit>`);
    expect(button(el).href).to.equal('https://www.google.com/webhp');
  });

  it('warns once and prefers the child link when it and href differ', async () => {
    let el!: SafetyQuickExit;
    const warnings = await captureWarningsAsync(async () => {
      el = await fixture<SafetyQuickExit>(html`<safety-quick-exit href="https://b.example/"><a href="https://a.example/">Leave</a></safety-quick-exit>`);
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
      el = await fixture<SafetyQuickExit>(html`<safety-quick-exit><a href="javascript:alert(1)">Leave</a></safety-quick-exit>`);
    });
    expect(button(el).href).to.equal(DEFAULT_DESTINATION);
    expect(warnings.some((w) => w.includes('child link'))).to.equal(true);
  });

  it('warns about an unknown shortcut or position and keeps the defaults', async () => {
    let el!: SafetyQuickExit;
    const warnings = await captureWarningsAsync(async () => {
      el = await fixture<SafetyQuickExit>(html`<safety-quick-exit shortcut="ctrl" position="middle"></safety-quick-exit>`);
    });
    expect(el.shortcutMode).to.equal('shift');
    expect(el.position).to.equal('inline');
    expect(warnings.some((w) => w.includes('unknown shortcut "ctrl"'))).to.equal(true);
    expect(warnings.some((w) => w.includes('unknown position "middle"'))).to.equal(true);
  });

  it('lets every string be overridden by attribute', async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit
      label="Gadael y wefan"
      emergency-prefix="Argyfwng"
      hint="neu pwyswch Shift 3 gwaith"
      remaining-message="{key}: {count} eto"
      remaining-one-message="{key}: 1 eto"
      expired-message="Wedi dod i ben"
      overlay-text="Llwytho."
      exit-title="Llwytho"
    ></safety-quick-exit>`);
    expect(button(el).textContent).to.equal('Argyfwng: Gadael y wefan');
    expect(shadow(el).querySelector('[part="hint"]')!.textContent).to.equal('neu pwyswch Shift 3 gwaith');
    await press('Shift');
    await el.updateComplete;
    expect(status(el)).to.equal('Shift: 2 eto');
    await press('Shift');
    await el.updateComplete;
    expect(status(el)).to.equal('Shift: 1 eto');
    await press('Shift');
    expect(overlay(el).textContent).to.equal('Llwytho.');
    expect(document.title).to.equal('Llwytho');
  });

  it('re-renders when a string attribute changes', async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    el.setAttribute('label', 'Exit now');
    await el.updateComplete;
    expect(button(el).textContent).to.equal('Emergency: Exit now');
  });
});

describe('<safety-quick-exit>: leaving', () => {
  it('on click: fires safety-exit first, then hides the whole document, blanks the title, strips the referrer, replaces the page', async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit href="https://www.google.com/webhp"></safety-quick-exit>`);
    const titleBefore = document.title;
    let seenInListener: { title: string; hidden: boolean } | undefined;
    el.addEventListener('safety-exit', () => (seenInListener = { title: document.title, hidden: isHidden() }));
    const event = oneEvent(document, 'safety-exit') as Promise<CustomEvent<SafetyExitDetail>>;
    button(el).click();
    const { detail, bubbles, composed } = await event;
    expect(detail).to.deep.equal({ href: 'https://www.google.com/webhp', trigger: 'click' });
    expect(bubbles && composed).to.equal(true);
    expect(seenInListener).to.deep.equal({ title: titleBefore, hidden: false });
    expect(isHidden()).to.equal(true);
    expect(document.title).to.equal('Loading');
    expect(document.querySelector('meta[name="referrer"]')!.getAttribute('content')).to.equal('no-referrer');
    expect(overlay(el).open).to.equal(true);
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
    const el = await fixture<SafetyQuickExit>(html`<div><button id="page-button">Page</button><safety-quick-exit></safety-quick-exit></div>`);
    const qe = el.querySelector('safety-quick-exit')!;
    button(qe).click();
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
    await press('Escape');
    await press('Escape');
    await aTimeout(50);
    expect(overlay(el).open).to.equal(true);
    overlay(el).close();
    await aTimeout(50);
    expect(overlay(el).open).to.equal(true);
  });

  it('stays hidden and leaves again when the page comes back from the back-forward cache', async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    button(el).click();
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(isHidden()).to.equal(true);
    expect(exits.left).to.deep.equal([DEFAULT_DESTINATION, DEFAULT_DESTINATION]);
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

  it('clear-session clears this origin\'s sessionStorage on exit; by default it is left alone', async () => {
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

describe('<safety-quick-exit>: new tab', () => {
  let opened: string[];
  let original: typeof window.open;
  let result: Window | null;
  beforeEach(() => {
    opened = [];
    original = window.open;
    result = null;
    window.open = ((url?: string | URL) => {
      opened.push(String(url));
      return result;
    }) as typeof window.open;
  });
  afterEach(() => {
    window.open = original;
  });

  it('opens the second site on click and cuts the opener', async () => {
    const fakeTab = { opener: window } as unknown as Window;
    result = fakeTab;
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit new-tab-href="https://www.google.com/webhp"></safety-quick-exit>`);
    button(el).click();
    expect(opened).to.deep.equal(['https://www.google.com/webhp']);
    expect(fakeTab.opener).to.equal(null);
    expect(exits.left).to.have.length(1);
  });

  it('carries on when the popup is blocked (window.open returns null)', async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit new-tab-href="https://www.google.com/webhp"></safety-quick-exit>`);
    button(el).click();
    expect(opened).to.have.length(1);
    expect(isHidden()).to.equal(true);
    expect(exits.left).to.have.length(1);
  });

  it('never opens a tab from the keyboard shortcut', async () => {
    await fixture<SafetyQuickExit>(html`<safety-quick-exit new-tab-href="https://www.google.com/webhp"></safety-quick-exit>`);
    await press('Shift');
    await press('Shift');
    await press('Shift');
    expect(exits.left).to.have.length(1);
    expect(opened).to.have.length(0);
  });

  it('refuses an unsafe new-tab-href with a warning and still leaves', async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit new-tab-href="javascript:alert(1)"></safety-quick-exit>`);
    const warnings = captureWarnings(() => button(el).click());
    expect(opened).to.have.length(0);
    expect(warnings.some((w) => w.includes('new-tab-href'))).to.equal(true);
    expect(exits.left).to.have.length(1);
  });
});

describe('<safety-quick-exit>: Shift shortcut', () => {
  it('leaves on the third Shift, announcing progress politely and showing it', async () => {
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

  it('any other key resets the count', async () => {
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    await press('Shift');
    await press('Shift');
    await press('KeyA');
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

  it('the count expires 5 seconds after the last press, and says so', async function () {
    this.timeout(12000);
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit></safety-quick-exit>`);
    await press('Shift');
    await press('Shift');
    await aTimeout(5200);
    await el.updateComplete;
    expect(status(el)).to.equal('Leave this site shortcut expired.');
    expect(shadow(el).querySelector<HTMLElement>('[part="indicator"]')!.hidden).to.equal(true);
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
  it('leaves on a second Escape within 1 s and prevents the key\'s default', async () => {
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
    const el = await fixture<SafetyQuickExit>(html`<safety-quick-exit shortcut="escape"></safety-quick-exit>`);
    await press('Escape');
    await aTimeout(1150);
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
    const host = await fixture(html`<div><safety-quick-exit shortcut="escape"></safety-quick-exit><dialog><button>ok</button></dialog></div>`);
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
  it('share one listener: one exit per shortcut, progress shown on each', async () => {
    const host = await fixture(html`<div><safety-quick-exit position="top"></safety-quick-exit><p>content</p><safety-quick-exit></safety-quick-exit></div>`);
    const [first, second] = host.querySelectorAll<SafetyQuickExit>('safety-quick-exit');
    let fired = 0;
    document.addEventListener('safety-exit', () => fired++);
    await press('Shift');
    await first!.updateComplete;
    await second!.updateComplete;
    expect(status(first!)).to.not.equal('');
    expect(status(second!)).to.not.equal('');
    await press('Shift');
    await press('Shift');
    expect(fired).to.equal(1);
    expect(exits.left).to.have.length(1);
  });

  it('removing an instance removes its listeners; the last one removes them all', async () => {
    const host = await fixture(html`<div><safety-quick-exit></safety-quick-exit><safety-quick-exit></safety-quick-exit></div>`);
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
    await waitUntil(() => Math.abs(parseFloat(root().scrollPaddingTop) - top.getBoundingClientRect().height) < 1 && parseFloat(root().scrollPaddingTop) > padding, 'padding follows the bar', { timeout: 3000 });
    top.style.removeProperty('--safety-quick-exit-font-size');
    top.position = 'bottom';
    await top.updateComplete;
    expect(parseFloat(root().scrollPaddingBottom)).to.be.greaterThan(40);
    expect(root().scrollPaddingTop).to.equal('0px');
    top.remove();
    expect(root().scrollPaddingBottom).to.equal('0px');
  });

  it('theming tokens take effect', async () => {
    const el = await fixture<SafetyQuickExit>(
      html`<safety-quick-exit style="--safety-quick-exit-background: rgb(0, 0, 255); --safety-quick-exit-color: rgb(255, 255, 0)"></safety-quick-exit>`,
    );
    expect(getComputedStyle(button(el)).backgroundColor).to.equal('rgb(0, 0, 255)');
    expect(getComputedStyle(button(el)).color).to.equal('rgb(255, 255, 0)');
    const sized = await fixture<SafetyQuickExit>(html`<safety-quick-exit style="--safety-quick-exit-font-size: 30px; --safety-font-family: monospace"></safety-quick-exit>`);
    expect(getComputedStyle(button(sized)).fontSize).to.equal('30px');
    expect(getComputedStyle(button(sized)).fontFamily).to.equal('monospace');
    const global = await fixture<SafetyQuickExit>(html`<safety-quick-exit style="--safety-color-danger: rgb(0, 100, 0)"></safety-quick-exit>`);
    expect(getComputedStyle(button(global)).backgroundColor).to.equal('rgb(0, 100, 0)');
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
      await loaded;
      expect(frame.contentDocument!.querySelector('#neutral')).to.exist;
      expect(location.pathname).to.not.contain('neutral');
      if (isChromium) expect(warned.some((w) => w.includes('frame'))).to.equal(true);
    } finally {
      frame.remove();
    }
  });
});
