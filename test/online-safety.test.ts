import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/components/online-safety/safety-online-safety.js';
import { SafetyOnlineSafety, readQuickExit } from '../src/components/online-safety/online-safety.component.js';
import { detectBrowser, type ClientHints, type Detection } from '../src/components/online-safety/detect.js';
import { en } from '../src/components/online-safety/online-safety.strings.js';
import {
  BROWSER_IDS,
  BROWSERS,
  CLOSE_WINDOW,
  SIGNPOSTS,
  SIGNPOSTS_BY_NATION,
  WARNING_IDS,
  onlineSafetyEvidence,
  type BrowserId,
} from '../src/data/online-safety.js';
import { captureWarningsAsync } from './support/console.js';
import { in320Frame } from './support/reflow.js';
import { expectNoRequestsSince } from './support/requests.js';

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => root(el).querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...root(el).querySelectorAll<T>(sel)];
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const isWebKit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Chromium/.test(navigator.userAgent);
const fill = (s: string, values: Record<string, string>) => s.replace(/\{(\w+)\}/g, (w, k: string) => values[k] ?? w);

async function render(t = html`<safety-online-safety></safety-online-safety>`) {
  const el = await fixture<SafetyOnlineSafety>(t);
  await el.updateComplete;
  return el;
}

async function choose(el: SafetyOnlineSafety, value: BrowserId | '') {
  const select = $<HTMLSelectElement>(el, 'select')!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** The next browser in the chooser, chosen with the arrow key (not in WebKitGTK, whose select opens a popup). */
async function chooseNextByKeyboard(el: SafetyOnlineSafety) {
  const select = $<HTMLSelectElement>(el, 'select')!;
  select.focus();
  const changed = oneEvent(select, 'change');
  await sendKeys({ press: 'ArrowDown' });
  await changed;
  await el.updateComplete;
}

async function openAll(el: SafetyOnlineSafety) {
  for (const d of $$<HTMLDetailsElement>(el, 'details')) d.open = true;
  await el.updateComplete;
}

// Real user-agent strings as each browser sends them (desktop strings are the reduced, frozen form).
const UA = {
  chromeWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  chromeMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  edgeWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  edgeMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  firefoxWindows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  firefoxLinux: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
  safariMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  safariIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  safariIpad:
    'Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
  samsung:
    'Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36',
  chromeAndroid:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  chromeIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1',
  facebookIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/486.0.0.55.109;FBBV/669093012;FBDV/iPhone15,2;FBMD/iPhone;FBSN/iOS;FBSV/17.6;FBSS/3;FBID/phone;FBLC/en_GB;FBOP/5;FBRV/671589263]',
  facebookAndroid:
    'Mozilla/5.0 (Linux; Android 14; SM-S918B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/130.0.6723.107 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/489.0.0.66.81;]',
  instagramIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 355.0.0.21.107 (iPhone15,2; iOS 17_6; en_GB; en-GB; scale=3.00; 1179x2556; 655329125)',
  instagramAndroid:
    'Mozilla/5.0 (Linux; Android 13; SM-A536B Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/130.0.6723.107 Mobile Safari/537.36 Instagram 355.1.0.44.103 Android (33/13; 450dpi; 1080x2177; samsung; SM-A536B; a53x; s5e8825; en_GB; 657849201)',
  androidWebView:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240905.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/130.0.6723.107 Mobile Safari/537.36',
  opera:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 OPR/115.0.0.0',
  firefoxAndroid: 'Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0',
  epiphany: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15',
  bot: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  unknown: 'SomethingNew/1.0',
};

const brands = (...names: string[]) => names.map((brand) => ({ brand, version: '131' }));

const DETECTION_TABLE: [string, string, ClientHints | undefined, Detection][] = [
  ['Chrome on Windows', UA.chromeWindows, undefined, { browser: 'chrome' }],
  ['Chrome on Mac', UA.chromeMac, undefined, { browser: 'chrome' }],
  [
    'Chrome on Windows, client hints',
    UA.chromeWindows,
    { brands: brands('Google Chrome', 'Chromium', 'Not_A Brand'), mobile: false, platform: 'Windows' },
    { browser: 'chrome' },
  ],
  ['Edge on Windows', UA.edgeWindows, undefined, { browser: 'edge' }],
  ['Edge on Mac', UA.edgeMac, undefined, { browser: 'edge' }],
  // Client hints name Edge even where the UA string would be read as Chrome.
  [
    'Edge by client hints alone',
    UA.chromeWindows,
    { brands: brands('Microsoft Edge', 'Chromium', 'Not_A Brand'), mobile: false, platform: 'Windows' },
    { browser: 'edge' },
  ],
  ['Firefox on Windows', UA.firefoxWindows, undefined, { browser: 'firefox' }],
  ['Firefox on Linux', UA.firefoxLinux, undefined, { browser: 'firefox' }],
  ['Safari on Mac', UA.safariMac, undefined, { browser: 'safari-mac' }],
  ['Safari on iPhone', UA.safariIphone, undefined, { browser: 'safari-iphone' }],
  ['Safari on iPad (older iPadOS)', UA.safariIpad, undefined, { browser: 'safari-iphone' }],
  ['Samsung Internet', UA.samsung, undefined, { browser: 'samsung' }],
  [
    'Samsung Internet, client hints',
    UA.chromeAndroid,
    { brands: brands('Samsung Internet', 'Chromium', 'Not_A Brand'), mobile: true, platform: 'Android' },
    { browser: 'samsung' },
  ],
  ['Chrome on Android', UA.chromeAndroid, undefined, { browser: 'chrome-android' }],
  [
    'Chrome on Android, client hints',
    UA.chromeAndroid,
    { brands: brands('Google Chrome', 'Chromium', 'Not_A Brand'), mobile: true, platform: 'Android' },
    { browser: 'chrome-android' },
  ],
  ['Chrome on iPhone', UA.chromeIphone, undefined, { browser: 'chrome-android' }],
  ['Facebook in-app browser on iPhone', UA.facebookIphone, undefined, { inApp: 'facebook' }],
  [
    'Facebook in-app browser on Android',
    UA.facebookAndroid,
    { brands: brands('Android WebView', 'Chromium', 'Not_A Brand'), mobile: true, platform: 'Android' },
    { inApp: 'facebook' },
  ],
  ['Instagram in-app browser on iPhone', UA.instagramIphone, undefined, { inApp: 'instagram' }],
  ['Instagram in-app browser on Android', UA.instagramAndroid, undefined, { inApp: 'instagram' }],
  [
    'another app’s web view on Android',
    UA.androidWebView,
    { brands: brands('Android WebView', 'Chromium', 'Not_A Brand'), mobile: true, platform: 'Android' },
    {},
  ],
  ['Opera (not in the list)', UA.opera, undefined, {}],
  ['Opera by client hints', UA.chromeWindows, { brands: brands('Opera', 'Chromium', 'Not_A Brand') }, {}],
  ['Firefox on Android (not in the list)', UA.firefoxAndroid, undefined, {}],
  ['GNOME Web (WebKit on Linux)', UA.epiphany, undefined, {}],
  ['a crawler', UA.bot, undefined, {}],
  ['an unknown string', UA.unknown, undefined, {}],
  ['an empty string', '', undefined, {}],
  ['empty client hints', UA.unknown, { brands: [], mobile: false }, {}],
];

describe('<safety-online-safety> browser detection (on the device, from the UA string and client hints)', () => {
  for (const [name, ua, hints, expected] of DETECTION_TABLE) {
    it(`${name} → ${expected.browser ?? (expected.inApp ? `in-app ${expected.inApp}` : 'general advice')}`, () => {
      expect(detectBrowser(ua, hints)).to.deep.equal(expected);
    });
  }

  it('covers every browser in the chooser, both in-app browsers and unknown strings', () => {
    const seen = new Set(DETECTION_TABLE.map(([, , , d]) => d.browser ?? d.inApp ?? 'none'));
    for (const id of [...BROWSER_IDS, 'facebook', 'instagram', 'none']) expect(seen, id).to.include(id);
  });

  for (const [name, ua, hints, expected] of DETECTION_TABLE.filter(([, , , d]) => d.browser || d.inApp)) {
    it(`says "It looks like…" for ${name}, and offers the others`, async () => {
      // The element reads navigator.userAgent and navigator.userAgentData; give it this row's values.
      Object.defineProperty(navigator, 'userAgent', { configurable: true, get: () => ua });
      Object.defineProperty(navigator, 'userAgentData', { configurable: true, get: () => hints });
      try {
        const el = await render();
        const detected = text($(el, '[part="detected"]'));
        if (expected.browser) {
          expect(detected).to.equal(fill(en.detected, { browser: en[`browser.${expected.browser}`] }));
          expect($<HTMLSelectElement>(el, 'select')!.value).to.equal(expected.browser);
          expect(text($(el, '[part="toggle"]'))).to.contain(en[`browser.${expected.browser}`]);
        } else {
          expect(detected).to.equal(fill(en.inApp, { app: en[`app.${expected.inApp!}`] }));
          expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('');
        }
        const options = $$<HTMLOptionElement>(el, 'option').map((o) => o.value);
        expect(options).to.deep.equal(['', ...BROWSER_IDS]);
      } finally {
        delete (navigator as { userAgent?: string }).userAgent;
        delete (navigator as { userAgentData?: unknown }).userAgentData;
      }
    });
  }
});

describe('<safety-online-safety> data', () => {
  it('gives every fact a source URL and a verification date', () => {
    const facts = onlineSafetyEvidence();
    expect(facts.length).to.be.greaterThan(20);
    for (const [name, f] of facts) {
      expect(f.source, `${name} source`).to.match(/^https:\/\/[^/]+\.[a-z]+\//);
      expect(f.verifiedOn, `${name} verifiedOn`).to.match(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('ships no keyboard shortcut for Chrome, Edge or Firefox (not confirmed by a stored page)', () => {
    for (const id of ['chrome', 'edge', 'firefox'] as const) {
      expect(BROWSERS[id].openPrivate, id).to.equal(undefined);
      expect(BROWSERS[id].historyKeys, id).to.equal(undefined);
    }
  });

  it('links only the browser makers’ own help sites', () => {
    const makers = /^https:\/\/support\.((google|microsoft|apple)\.com|mozilla\.org)\//;
    for (const b of Object.values(BROWSERS))
      for (const h of [b.privateHelp, b.historyHelp]) if (h) expect(h.url, b.id).to.match(makers);
  });

  it('gives the sync warning with the advice its source gives (reference section 8)', () => {
    expect(en['warning.sync']).to.contain('On a safe device, do not sign in to your own accounts.');
  });

  // Reference section 8: "Any browser help-page URL ... must be found and recorded (with the date of the stored
  // copy) before it ships". Seven addresses found only cited in undated stored files had shipped.
  it('links a help page only where a stored copy with its date records the address', () => {
    let links = 0;
    for (const b of Object.values(BROWSERS))
      for (const h of [b.privateHelp, b.historyHelp])
        if (h) {
          links++;
          expect(h.sourceNote ?? '', `${b.id} ${h.url}`).to.match(/stored copy[^)]*\d{4}-\d{2}-\d{2}/);
          expect(h.sourceNote ?? '', `${b.id} ${h.url}`).not.to.match(/no date/);
        }
    expect(links, 'help links left').to.be.greaterThan(0);
  });
});

describe('<safety-online-safety> defaults', () => {
  it('renders the heading, intro, the browser chooser, the warnings and the signposts', async () => {
    const el = await render();
    const h = $(el, '[part="heading"]')!;
    expect(h.tagName).to.equal('H2');
    expect(text(h)).to.equal(en.heading);
    expect(text($(el, '[part="intro"]'))).to.equal(en.intro);
    expect(text($(el, '[part="select-label"]'))).to.equal(en.chooseLabel);
    expect($(el, 'label')!.getAttribute('for')).to.equal($(el, 'select')!.id);
    expect($$(el, '[part="warning"]').map(text)).to.deep.equal(WARNING_IDS.map((id) => en[`warning.${id}`]));
    const links = $$<HTMLAnchorElement>(el, '[part="signposts"] a');
    expect(links.map((a) => a.href)).to.deep.equal(
      SIGNPOSTS_BY_NATION['england-wales'].map((id) => SIGNPOSTS[id]!.url),
    );
    for (const a of $$<HTMLAnchorElement>(el, 'a')) expect(a.rel).to.equal('noreferrer');
  });

  it('says nothing about a quick exit when the page has none', async () => {
    expect(document.querySelector('safety-quick-exit')).to.equal(null);
    const el = await render();
    expect($(el, '[part="quick-exit"]')).to.equal(null);
    expect(text(root(el))).to.not.match(/Leave this site|Shift|Escape|quick exit/i);
  });

  it('shows each browser’s private mode name, confirmed steps and the maker’s help pages', async () => {
    const el = await render();
    for (const id of BROWSER_IDS) {
      await choose(el, id);
      await openAll(el);
      const b = BROWSERS[id];
      const steps = text($(el, '.steps'));
      expect(steps, id).to.contain(b.privateMode.name);
      if (b.openPrivate) expect(steps, id).to.contain(b.openPrivate.keys);
      if (b.historyKeys) expect(steps, id).to.contain(b.historyKeys.keys);
      const help = $$<HTMLAnchorElement>(el, '.steps a[part="help-link"]').map((a) => a.href);
      expect(help, id).to.deep.equal(
        [b.privateHelp?.url, b.historyHelp?.url].filter(Boolean).map((u) => new URL(u!).href),
      );
      expect(steps.includes(CLOSE_WINDOW.keys), id).to.equal(b.desktop);
      expect($$(el, '.steps details').length, id).to.equal(2);
      expect(text($$(el, '.steps summary')[0]), id).to.equal(fill(en.privateHeading, { browser: en[`browser.${id}`] }));
    }
    await choose(el, '');
    const general = text($(el, '.steps'));
    for (const id of BROWSER_IDS) expect(general).to.contain(BROWSERS[id].privateMode.name);
    expect($$(el, '.steps details')).to.have.length(0);
  });

  // Reference section 8: "Any browser help-page URL or menu path must be found and recorded (with the date of
  // the stored copy) before it ships; none is confirmed here." The mobile steps came from restore-wa.org.uk,
  // of which no stored copy was found.
  it('ships no menu steps: a browser with no confirmed shortcut or help page shows only its private mode’s name', async () => {
    const cy = (await import('../src/components/online-safety/online-safety.strings.cy.js')).default;
    for (const table of [en, cy.strings])
      expect(Object.keys(table).filter((k) => k.startsWith('steps.'))).to.deep.equal([]);
    for (const b of Object.values(BROWSERS)) if (b.openPrivate) expect(Object.keys(b.openPrivate)).to.include('keys');
    const el = await render();
    const bare = BROWSER_IDS.filter(
      (id) => !BROWSERS[id].openPrivate && !BROWSERS[id].privateHelp && !BROWSERS[id].desktop,
    );
    expect(bare).to.include.members(['safari-iphone', 'samsung', 'chrome-android']);
    for (const id of bare) {
      await choose(el, id);
      const panel = $$(el, '.steps details [part="panel"]')[0];
      expect(text(panel), id).to.equal(fill(en.privateName, { mode: BROWSERS[id].privateMode.name }));
    }
  });

  it('the browser attribute chooses the view; a bad value warns and falls back to detection', async () => {
    const el = await render(html`<safety-online-safety browser="samsung"></safety-online-safety>`);
    expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('samsung');
    expect(text($(el, '.steps'))).to.contain('Secret mode');
    let bad!: SafetyOnlineSafety;
    const warnings = await captureWarningsAsync(async () => {
      bad = await render(html`<safety-online-safety browser="netscape"></safety-online-safety>`);
    });
    expect(warnings.join('\n')).to.match(/browser="netscape" is not one of/);
    expect(bad.view).to.equal(bad.detected.browser ?? '');
    const general = await render(html`<safety-online-safety browser="general"></safety-online-safety>`);
    expect($<HTMLSelectElement>(general, 'select')!.value).to.equal('');
  });

  it('a new choice of browser is not read out as a whole: the select says its value, and no live region repeats the steps', async () => {
    const el = await render(html`<safety-online-safety browser="general"></safety-online-safety>`);
    // Each arrow key in a closed select is a change on Windows: a live region over the steps queued them all.
    expect(el.shadowRoot!.querySelector('[aria-live], [role="status"], [role="log"], [role="alert"]')).to.equal(null);
  });

  it('the browser attribute is read as every fixed-value attribute is: any case, no warning', async () => {
    let el!: SafetyOnlineSafety;
    const warnings = await captureWarningsAsync(async () => {
      el = await render(html`<safety-online-safety browser=" Samsung "></safety-online-safety>`);
    });
    expect(warnings).to.deep.equal([]);
    expect(el.view).to.equal('samsung');
    expect(text($(el, '.steps'))).to.contain('Secret mode');
  });
});

describe('<safety-online-safety> the quick exit on this page', () => {
  it('reads the real settings: destination from the child link, Shift shortcut, its label', async () => {
    const wrapper = await fixture(html`<div>
      <safety-online-safety></safety-online-safety>
    </div>`);
    // A quick exit that is not upgraded (its script not loaded) is read from its markup, as it reads itself.
    const qe = document.createElement('safety-quick-exit');
    qe.innerHTML = '<a href="https://www.theweathernetwork.com/uk" rel="noreferrer">Hide this page</a>';
    wrapper.prepend(qe);
    const el = wrapper.querySelector('safety-online-safety')!;
    await waitUntil(() => $(el, '[part="quick-exit"]'), 'the paragraph appears when a quick exit is added');
    const block = text($(el, '[part="quick-exit"]'));
    expect(text($(el, '[part="quick-exit-heading"]'))).to.equal(fill(en.quickExitHeading, { label: 'Hide this page' }));
    expect(block).to.contain(fill(en.quickExitLeaves, { destination: 'theweathernetwork.com' }));
    expect(block).to.contain(en['quickExitShortcut.shift']);
    expect(block).to.contain(en.quickExitKeeps);
    expect(block).to.contain(fill(en.quickExitReturn, { site: location.hostname }));

    qe.setAttribute('shortcut', 'escape');
    await waitUntil(
      () => text($(el, '[part="quick-exit"]')).includes(en['quickExitShortcut.escape']),
      'follows shortcut="escape"',
    );
    expect(text($(el, '[part="quick-exit"]'))).to.not.contain(en['quickExitShortcut.shift']);

    qe.setAttribute('shortcut', 'none');
    await waitUntil(
      () => !/Shift|Escape/.test(text($(el, '[part="quick-exit"]'))),
      'says no shortcut with shortcut="none"',
    );

    qe.remove();
    await waitUntil(() => !$(el, '[part="quick-exit"]'), 'the paragraph goes when the quick exit goes');
  });

  it('reads a quick exit not yet upgraded as it will read itself: shortcut in any case, a host with no scheme as https', async () => {
    const wrapper = await fixture(html`<div>
      <safety-quick-exit shortcut="Escape"><a href="www.bbc.co.uk/news">Hide this page</a></safety-quick-exit>
    </div>`);
    expect(wrapper.querySelector('safety-quick-exit')!.shadowRoot, 'not upgraded in this file').to.equal(null);
    expect(readQuickExit()).to.deep.equal({ label: 'Hide this page', destination: 'bbc.co.uk', shortcut: 'escape' });
  });

  it('uses href without a child link, the default destination when it is refused, and the default label', async () => {
    const wrapper = await fixture(html`<div>
      <safety-quick-exit href="https://www.gov.uk/weather" shortcut="escape"></safety-quick-exit>
      <safety-online-safety></safety-online-safety>
    </div>`);
    const el = wrapper.querySelector('safety-online-safety')!;
    await el.updateComplete;
    expect(readQuickExit()).to.deep.equal({ label: '', destination: 'gov.uk', shortcut: 'escape' });
    expect(text($(el, '[part="quick-exit-heading"]'))).to.equal(
      fill(en.quickExitHeading, { label: en.quickExitLabel }),
    );
    expect(text($(el, '[part="quick-exit"]'))).to.contain(en['quickExitShortcut.escape']);

    const qe = wrapper.querySelector('safety-quick-exit')!;
    qe.setAttribute('href', 'javascript:alert(1)');
    qe.setAttribute('shortcut', 'twice');
    await waitUntil(() => text($(el, '[part="quick-exit"]')).includes('bbc.co.uk'), 'refused destination: the default');
    expect(text($(el, '[part="quick-exit"]'))).to.contain(en['quickExitShortcut.shift']);
  });
});

describe('<safety-online-safety> with the quick exit element loaded', () => {
  before(async function () {
    this.timeout(60000); // the first import compiles the quick exit's modules in the test server
    await import('../src/components/quick-exit/safety-quick-exit.js');
  });

  it('reads an upgraded quick exit through its own properties', async function () {
    this.timeout(30000); // axe over a page with an armed quick exit takes over 10 s in WebKitGTK on a loaded machine
    const wrapper = await fixture(html`<div>
      <safety-quick-exit shortcut="escape"><a href="https://www.bbc.co.uk/news" rel="noreferrer">Exit now</a></safety-quick-exit>
      <safety-online-safety></safety-online-safety>
    </div>`);
    const el = wrapper.querySelector('safety-online-safety')!;
    await el.updateComplete;
    const qe = wrapper.querySelector('safety-quick-exit')!;
    expect(qe.shortcutMode).to.equal('escape');
    const block = text($(el, '[part="quick-exit"]'));
    expect(block).to.contain(fill(en.quickExitLeaves, { destination: 'bbc.co.uk' }));
    expect(block).to.contain(en['quickExitShortcut.escape']);
    expect(text($(el, '[part="quick-exit-heading"]'))).to.contain('Exit now');
    await expect(el).to.be.accessible();
  });

  it('names the button as the reader sees it: the child link wins over label, as in the quick exit', async () => {
    const wrapper = await fixture(html`<div>
      <safety-quick-exit label="Quick exit"><a href="https://www.bbc.co.uk/news" rel="noreferrer">Hide this page</a></safety-quick-exit>
      <safety-online-safety></safety-online-safety>
    </div>`);
    const el = wrapper.querySelector('safety-online-safety')!;
    const qe = wrapper.querySelector('safety-quick-exit')!;
    await qe.updateComplete;
    await el.updateComplete;
    const button = qe.shadowRoot!.querySelector('[part~="button"]')!;
    expect(text(button)).to.contain('Hide this page');
    expect(text($(el, '[part="quick-exit-heading"]'))).to.equal(fill(en.quickExitHeading, { label: 'Hide this page' }));
  });
});

describe('<safety-online-safety> attributes and strings', () => {
  it('heading, heading-level, strings and nation', async () => {
    const el = await render(
      html`<safety-online-safety heading="Cover your tracks" heading-level="3" nation="scotland" strings='{"heading":"ignored","intro":"Hello","warning.sync":"Sync warning"}'></safety-online-safety>`,
    );
    expect($(el, '[part="heading"]')!.tagName).to.equal('H3');
    expect(text($(el, '[part="heading"]'))).to.equal('Cover your tracks');
    expect($(el, '[part="browser-heading"]')!.tagName).to.equal('H4');
    expect(text($(el, '[part="intro"]'))).to.equal('Hello');
    expect($$(el, '[part="warning"]').map(text)).to.include('Sync warning');
    const links = $$<HTMLAnchorElement>(el, '[part="signposts"] a').map((a) => a.href);
    expect(links).to.deep.equal(SIGNPOSTS_BY_NATION.scotland.map((id) => SIGNPOSTS[id]!.url));
    expect(links).to.not.include(SIGNPOSTS.womensAid!.url);
    el.nation = 'northern-ireland';
    await el.updateComplete;
    expect($$<HTMLAnchorElement>(el, '[part="signposts"] a')[0]!.href).to.equal(SIGNPOSTS.womensAidNi!.url);
  });

  it('reads nation as every element does: any case, spaces, "ni", with no warning', async () => {
    for (const [value, nation] of [
      ['Scotland', 'scotland'],
      ['Northern Ireland', 'northern-ireland'],
      ['NI', 'northern-ireland'],
    ] as const) {
      let el!: SafetyOnlineSafety;
      const warnings = await captureWarningsAsync(async () => {
        el = await render(html`<safety-online-safety nation=${value}></safety-online-safety>`);
      });
      expect(warnings, value).to.deep.equal([]);
      expect(
        $$<HTMLAnchorElement>(el, '[part="signposts"] a').map((a) => a.href),
        value,
      ).to.deep.equal(SIGNPOSTS_BY_NATION[nation].map((id) => SIGNPOSTS[id]!.url));
    }
  });

  it('warns once for a bad nation and shows England and Wales signposts', async () => {
    let el!: SafetyOnlineSafety;
    const warnings = await captureWarningsAsync(async () => {
      el = await render(html`<safety-online-safety nation="mars"></safety-online-safety>`);
    });
    expect(warnings.filter((w) => w.includes('nation "mars"'))).to.have.length(1);
    expect($$<HTMLAnchorElement>(el, '[part="signposts"] a').map((a) => a.href)).to.deep.equal(
      SIGNPOSTS_BY_NATION['england-wales'].map((id) => SIGNPOSTS[id]!.url),
    );
  });

  it('ignores a broken strings attribute with one warning', async () => {
    let el!: SafetyOnlineSafety;
    const warnings = await captureWarningsAsync(async () => {
      el = await render(html`<safety-online-safety strings="{heading: nope"></safety-online-safety>`);
    });
    expect(warnings.join('\n')).to.match(/strings attribute must be a JSON object/);
    expect(text($(el, '[part="heading"]'))).to.equal(en.heading);
  });

  // verifiedOn is the day a fact was checked against stored copies of pages, not the live page: a reader sees no
  // "checked on" date from it (reference section 7, "Dates shown to readers"). It showed "Checked against stored
  // copies of these pages on 29 November 2026".
  it('lists the source of every fact it shows, and no date as a check of them', async () => {
    const el = await render(html`<safety-online-safety browser="firefox"></safety-online-safety>`);
    const shown = el.shownEvidence();
    const listed = $$<HTMLAnchorElement>(el, '.source-list a').map((a) => a.href);
    for (const e of shown) expect(listed).to.include(new URL(e.source).href);
    const sources = text($(el, '[part="sources"]'));
    expect(sources).to.contain(en.sourcesNote);
    expect(sources).not.to.match(/checked|\b20\d\d\b/i);
  });

  it('says where its facts come from in the language of its text, with no date (a language with no table, or a refused lang, is English)', async () => {
    const cy = await render(html`<safety-online-safety lang="cy" browser="firefox"></safety-online-safety>`);
    await waitUntil(() => text($(cy, '[part="sources"]')).includes('tudalennau'), 'the Welsh table arrives', {
      timeout: 5000,
    });
    expect(text($(cy, '[part="sources"]'))).not.to.match(/gwiriwyd|\b20\d\d\b/i);
    const fr = await render(html`<safety-online-safety lang="fr" browser="firefox"></safety-online-safety>`);
    expect(text($(fr, '[part="sources"]'))).to.contain(en.sourcesNote);
    let bad!: SafetyOnlineSafety;
    await captureWarningsAsync(async () => {
      bad = await render(html`<safety-online-safety lang="en_GB" browser="firefox"></safety-online-safety>`);
    });
    expect(text($(bad, '[part="sources"]'))).to.contain(en.sourcesNote);
  });

  // WCAG 3.1.2: the further-help links are English pages' own titles, which the Welsh table keeps in English.
  it('in Welsh, marks English words lang="en": the further-help links\' titles and the private modes\' names (not in English)', async () => {
    const cy = await render(html`<safety-online-safety lang="cy" browser="general"></safety-online-safety>`);
    await waitUntil(() => text($(cy, '[part="sources"]')).includes('tudalennau'), 'the Welsh table arrives', {
      timeout: 5000,
    });
    const links = $$<HTMLAnchorElement>(cy, '[part="signposts"] a');
    expect(links.length).to.be.greaterThan(0);
    for (const a of links) expect(a.querySelector('[lang="en"]')?.textContent, a.href).to.equal(text(a));
    const general = $$(cy, '.steps [lang="en"]').map(text);
    for (const id of BROWSER_IDS.filter((b) => b !== 'chrome-android'))
      expect(general).to.include(BROWSERS[id].privateMode.name);
    await choose(cy, 'samsung');
    await openAll(cy);
    expect(text($(cy, '.steps strong [lang="en"]'))).to.equal(BROWSERS.samsung.privateMode.name);
    const english = await render(html`<safety-online-safety browser="general"></safety-online-safety>`);
    expect($$(english, '[lang]')).to.have.length(0);
  });

  it('each section is the shared disclosure: details part disclosure, summary part toggle, div part panel', async () => {
    const el = await render(html`<safety-online-safety browser="chrome"></safety-online-safety>`);
    const all = $$<HTMLDetailsElement>(el, 'details');
    expect(all.length).to.equal(3);
    for (const d of all) {
      expect(d.getAttribute('part')).to.equal('disclosure');
      expect(d.querySelector(':scope > summary')!.getAttribute('part')).to.equal('toggle');
      expect(d.querySelector(':scope > div')!.getAttribute('part')).to.equal('panel');
      expect(d.open).to.equal(false);
    }
    all[0]!.querySelector('summary')!.click();
    expect(all[0]!.open).to.equal(true);
  });
});

describe('<safety-online-safety> keyboard', () => {
  it('opens a section with Enter and Space on its summary, and the chooser is a labelled native select', async () => {
    const el = await render(html`<safety-online-safety browser="chrome"></safety-online-safety>`);
    const summary = $<HTMLElement>(el, '.steps summary')!;
    summary.focus();
    expect(root(el).activeElement).to.equal(summary);
    await sendKeys({ press: 'Enter' });
    const details = summary.parentElement as HTMLDetailsElement;
    await waitUntil(() => details.open, 'Enter opens it');
    await sendKeys({ press: ' ' });
    await waitUntil(() => !details.open, 'Space closes it');
  });

  it('Tab reaches the chooser and every summary in order', async function () {
    const el = await render(html`<safety-online-safety browser="edge"></safety-online-safety>`);
    const select = $<HTMLSelectElement>(el, 'select')!;
    select.focus();
    // Sections are closed, so the next stops are the two summaries, in document order.
    for (const next of $$<HTMLElement>(el, '.steps summary')) {
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(next);
    }
  });

  it('choosing with the keyboard changes the steps (Chromium and Firefox; WebKitGTK opens a popup menu)', async function () {
    if (isWebKit) this.skip();
    const el = await render(html`<safety-online-safety browser="chrome"></safety-online-safety>`);
    const select = $<HTMLSelectElement>(el, 'select')!;
    await chooseNextByKeyboard(el);
    expect(select.value).to.equal('edge');
    expect(text($(el, '.steps summary'))).to.contain(en['browser.edge']);
  });
});

describe('<safety-online-safety> accessibility', function () {
  this.timeout(30000); // two axe runs per test; WebKitGTK on a loaded machine needs more than the default 10 s
  for (const view of ['', ...BROWSER_IDS] as const) {
    it(`passes axe: ${view || 'general advice'}, sections open and closed`, async () => {
      const el = await render(html`<safety-online-safety browser=${view || 'general'}></safety-online-safety>`);
      await expect(el).to.be.accessible();
      await openAll(el);
      await expect(el).to.be.accessible();
    });
  }

  it('passes axe with a quick exit on the page, and on a dark host with the global tokens', async () => {
    const wrapper = await fixture(html`<div
      style="background:#0b0c0c; color:#fff; --safety-color-text:#ffffff; --safety-color-surface:#0b0c0c; --safety-color-surface-muted:#1d1f20; --safety-color-border:#b1b4b6; --safety-color-primary:#5694ca"
    >
      <safety-quick-exit href="https://www.bbc.co.uk/weather"></safety-quick-exit>
      <safety-online-safety browser="safari-mac"></safety-online-safety>
    </div>`);
    const el = wrapper.querySelector('safety-online-safety')!;
    await el.updateComplete;
    await openAll(el);
    expect(getComputedStyle($(el, '[part="intro"]')!).color).to.equal('rgb(255, 255, 255)');
    await expect(el).to.be.accessible();
  });
});

describe('<safety-online-safety> print', () => {
  it('opens every section for printing and restores them afterwards', async () => {
    const el = await render(html`<safety-online-safety browser="chrome"></safety-online-safety>`);
    const all = $$<HTMLDetailsElement>(el, 'details');
    all[0]!.open = true;
    window.dispatchEvent(new Event('beforeprint'));
    expect(all.map((d) => d.open)).to.deep.equal(all.map(() => true));
    window.dispatchEvent(new Event('afterprint'));
    expect(all.map((d) => d.open)).to.deep.equal(all.map((_, i) => i === 0));
  });

  it('hides the chooser in print and shows link addresses', async () => {
    const el = await render();
    const css = (el.constructor as typeof SafetyOnlineSafety).elementStyles
      .map((s) => (s as { cssText?: string }).cssText ?? '')
      .join('\n');
    expect(css).to.match(/@media print\s*\{[^@]*\.chooser[^}]*display:\s*none/);
    expect(css).to.match(/attr\(href\)/);
  });
});

describe('<safety-online-safety> small screens', () => {
  it('fits a 320 px column in every engine, every section open', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px">
      <safety-quick-exit href="https://www.bbc.co.uk/weather"></safety-quick-exit>
      <safety-online-safety browser="edge"></safety-online-safety>
    </div>`);
    const el = wrapper.querySelector('safety-online-safety')!;
    await el.updateComplete;
    await openAll(el);
    const right = wrapper.getBoundingClientRect().right;
    for (const node of $$(el, '*')) expect(node.getBoundingClientRect().right, node.tagName).to.be.at.most(right + 1);
  });

  it('fits a 320 px screen without sideways scrolling; targets at least 24 px (a 320 px frame, in every engine)', async function () {
    // The frame loads the element's modules itself.
    this.timeout(30000);
    const frame = await in320Frame<SafetyOnlineSafety>('safety-online-safety', { browser: 'firefox' });
    try {
      await openAll(frame.el);
      expect(frame.doc.documentElement.scrollWidth).to.be.at.most(320);
      for (const s of $$(frame.el, 'summary, select')) expect(s.getBoundingClientRect().height).to.be.at.least(24);
    } finally {
      frame.remove();
    }
  });
});

describe('<safety-online-safety> privacy', () => {
  it("leaving the page (pagehide) forgets the reader's choice of browser: Back shows the site's, by keyboard too", async function () {
    const el = await render(html`<safety-online-safety browser="chrome"></safety-online-safety>`);
    const select = $<HTMLSelectElement>(el, 'select')!;
    await choose(el, 'firefox');
    expect(text($(el, '.steps summary'))).to.contain(en['browser.firefox']);
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await el.updateComplete;
    expect(select.value).to.equal('chrome');
    expect(text($(el, '.steps summary'))).to.contain(en['browser.chrome']);
    if (isWebKit) return; // WebKitGTK's select opens a popup menu on the arrow keys.
    // A choice made with the keyboard (the option's own selectedness changed by the reader) goes too.
    await chooseNextByKeyboard(el);
    expect(select.value).to.equal('edge');
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await el.updateComplete;
    expect(select.value).to.equal('chrome');
  });

  it('makes no request and writes no storage or cookie while rendering and in use', async () => {
    const resourcesBefore = performance.getEntriesByType('resource').length;
    const mark = (await executeServerCommand('request-log-mark')) as number;
    const wrapper = await fixture(html`<div>
      <safety-quick-exit href="https://www.bbc.co.uk/weather"></safety-quick-exit>
      <safety-online-safety></safety-online-safety>
    </div>`);
    const el = wrapper.querySelector('safety-online-safety')!;
    await el.updateComplete;
    for (const id of ['', ...BROWSER_IDS] as const) {
      await choose(el, id);
      await openAll(el);
    }
    el.nation = 'scotland';
    await el.updateComplete;
    window.dispatchEvent(new Event('beforeprint'));
    window.dispatchEvent(new Event('afterprint'));
    expect(performance.getEntriesByType('resource').length).to.equal(resourcesBefore);
    await expectNoRequestsSince(mark);
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
  });
});
