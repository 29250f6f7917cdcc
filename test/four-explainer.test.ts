import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/components/four-explainer/safety-four-explainer.js';
import type { SafetyFourExplainer } from '../src/components/four-explainer/four-explainer.component.js';
import { FOUR_CY } from '../src/data/four.cy.js';
import { FOUR_WORDS, STALKING_VS_HARASSMENT, WHAT_TO_DO, vsFor } from '../src/data/four.js';
import { BEHAVIOURS } from '../src/data/four-behaviours.js';
import { STALKER_TYPES } from '../src/data/stalker-types.js';
import { EMERGENCY, helplineById } from '../src/data/helplines.js';
import { STALKING_LAW } from '../src/data/stalking-law.js';
import { LAW_NATION_VALUES } from '../src/internal/nation.js';
import { EXIT_EVENT, afterHiddenFrame } from '../src/internal/events.js';
import { stringsReady } from '../src/internal/strings.js';
import { telHref } from '../src/internal/phone.js';
import { captureWarningsAsync } from './support/console.js';
import { in320Frame } from './support/reflow.js';
import { expectNoRequestsSince } from './support/requests.js';

const ua = navigator.userAgent;
const isChromium = /Chrome\//.test(ua);
const isFirefox = /Firefox\//.test(ua);
const WORDS = ['Fixated', 'Obsessive', 'Unwanted', 'Repeated'];

const sr = (el: Element) => el.shadowRoot!;
/** Resolves after work that an exit deferred to its hidden frame (queued earlier, so it has run). */
const hiddenFrame = () => new Promise<void>((resolve) => afterHiddenFrame(resolve));
const q = <T extends Element = HTMLElement>(el: Element, sel: string) => sr(el).querySelector<T>(sel);
const qa = <T extends Element = HTMLElement>(el: Element, sel: string) => [...sr(el).querySelectorAll<T>(sel)];
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const shadowText = (el: Element) => text(sr(el) as unknown as Element);
const headingTags = (el: Element) => qa(el, 'h1,h2,h3,h4,h5,h6').map((h) => h.tagName.toLowerCase());
/** What the reader sees: a hidden panel (display:none, or inside a closed <details>) is not rendered. */
const visible = (n: Element | null) => !!n && n.checkVisibility();
/** The show/hide items: the shared disclosure, a native <details part="disclosure">. */
const items = (el: Element) => qa<HTMLDetailsElement>(el, 'details[part~="disclosure"]');
const summaryOf = (d: HTMLDetailsElement) => d.querySelector<HTMLElement>(':scope > summary')!;
const panelOf = (d: HTMLDetailsElement) => d.querySelector<HTMLElement>(':scope > [part~="panel"]')!;

async function render(markup: ReturnType<typeof html>) {
  const el = await fixture<SafetyFourExplainer>(markup);
  await el.updateComplete;
  return el;
}

async function tick(el: SafetyFourExplainer, id: string) {
  q<HTMLInputElement>(el, `#c-${id}`)!.click();
  await el.updateComplete;
}

/** The privacy promise: nothing stored, no cookie, no request after `mark`. */
async function expectNoTraces(mark: number, resourcesBefore: number) {
  expect(localStorage.length, 'localStorage').to.equal(0);
  expect(sessionStorage.length, 'sessionStorage').to.equal(0);
  expect(document.cookie, 'cookie').to.equal('');
  expect(performance.getEntriesByType('resource').length, 'resource entries').to.equal(resourcesBefore);
  await expectNoRequestsSince(mark);
}

async function startPrivacy() {
  localStorage.clear();
  sessionStorage.clear();
  // Let the test file's own module requests finish before marking.
  await waitUntil(() => document.readyState === 'complete');
  await nextFrame();
  const mark = await executeServerCommand<number, undefined>('request-log-mark');
  return { mark, resources: performance.getEntriesByType('resource').length };
}

describe('<safety-four-explainer>: defaults (cards)', () => {
  it('renders the title, four tiles in FOUR order, stalking vs harassment and what to do', async () => {
    const el = await render(html`<safety-four-explainer></safety-four-explainer>`);
    expect(el.layout).to.equal('cards');
    expect(el.getAttribute('layout')).to.equal('cards');
    expect(text(q(el, '[part~="heading"]'))).to.equal('Is it stalking? Think FOUR');
    const cards = qa(el, '[part~="card"]');
    expect(cards.map((c) => text(c.querySelector('[part~="word"]')))).to.deep.equal(WORDS);
    for (const card of cards) {
      expect(text(card.querySelector('[part~="meaning"]'))).to.have.length.greaterThan(10);
      const examples = card.querySelectorAll('[part~="examples"] li').length;
      expect(examples).to.be.within(2, 3);
    }
    expect(text(q(el, '[part~="section"]'))).to.contain('Stalking or harassment?');
    for (const p of vsFor('england-wales')) expect(shadowText(el)).to.contain(p.text);
    expect(shadowText(el)).not.to.contain('What the law says');
    expect(shadowText(el)).not.to.contain('Types of stalker');
    expect(text(q(el, '[part~="todo-heading"]'))).to.equal('What you can do');
    // No toggles in the cards layout: everything is open.
    expect(qa(el, 'button')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('gives each tile its own part and lists the headings at h2/h3', async () => {
    const el = await render(html`<safety-four-explainer></safety-four-explainer>`);
    for (const id of ['fixated', 'obsessive', 'unwanted', 'repeated']) expect(q(el, `[part~="card-${id}"]`)).to.exist;
    expect(headingTags(el)).to.deep.equal(['h2', 'h3', 'h3', 'h3', 'h3', 'h3', 'h3']);
  });
});

describe('<safety-four-explainer>: closing signposts', () => {
  it('shows record, do not engage, 999, 101 and the National Stalking Helpline from the helpline data', async () => {
    const el = await render(html`<safety-four-explainer></safety-four-explainer>`);
    const posts = qa(el, '[part~="signpost"]');
    expect(posts.map((p) => p.dataset.id)).to.deep.equal([
      ...WHAT_TO_DO.map((w) => w.id),
      'danger',
      'report',
      'helpline',
    ]);
    const phones = qa<HTMLAnchorElement>(el, 'a[part~="phone"]');
    const nsh = helplineById('national-stalking-helpline')!;
    const nshNumber = nsh.phones![0]!.number;
    const expected = [
      EMERGENCY.find((e) => e.id === 'emergency')!.number,
      EMERGENCY.find((e) => e.id === 'non-emergency')!.number,
      nshNumber,
    ];
    expect(phones.map((a) => a.textContent)).to.deep.equal(expected);
    expect(phones.map((a) => a.getAttribute('href'))).to.deep.equal(expected.map((n) => telHref(n)));
    // DECISIONS.md "Phone links": short codes as dialled, ordinary numbers as +44.
    expect(phones[0]!.getAttribute('href')).to.equal('tel:999');
    expect(phones[1]!.getAttribute('href')).to.equal('tel:101');
    expect(phones[2]!.getAttribute('href')).to.match(/^tel:\+44\d{10}$/);
    const helpline = posts.find((p) => p.dataset.id === 'helpline')!;
    expect(text(helpline)).to.contain(nsh.name);
    expect(text(helpline)).to.contain('Free to call.');
    const site = helpline.querySelector<HTMLAnchorElement>('a[part~="link"]')!;
    expect(site.href).to.equal(nsh.website);
    expect(site.rel).to.equal('noreferrer');
  });

  it('reads the helpline number from the data rather than a copy', async () => {
    const phone = helplineById('national-stalking-helpline')!.phones![0]! as { number: string };
    const original = phone.number;
    phone.number = '0808 000 1234';
    try {
      const el = await render(html`<safety-four-explainer></safety-four-explainer>`);
      const link = qa<HTMLAnchorElement>(el, 'a[part~="phone"]')[2]!;
      expect(link.textContent).to.equal('0808 000 1234');
      expect(link.getAttribute('href')).to.equal('tel:+448080001234');
    } finally {
      phone.number = original;
    }
  });

  it('lets the site replace the signposts through the "signposts" slot, keeping the heading', async () => {
    const el = await render(html`<safety-four-explainer>
      <ul slot="signposts" id="own">
        <li>Call our local service on <a href="tel:+441234567890">01234 567890</a>.</li>
      </ul>
    </safety-four-explainer>`);
    const slot = q<HTMLSlotElement>(el, 'slot[name="signposts"]')!;
    expect(slot.assignedElements().map((e) => e.id)).to.deep.equal(['own']);
    expect(visible(q(el, '[part~="signposts"]')), 'default signposts hidden').to.equal(false);
    expect(visible(el.querySelector('#own'))).to.equal(true);
    expect(text(q(el, '[part~="todo-heading"]'))).to.equal('What you can do');
    await expect(el).to.be.accessible();
  });
});

describe('<safety-four-explainer>: heading-level', () => {
  for (const [value, expected] of [
    ['3', ['h3', 'h4']],
    ['5', ['h5', 'h6']],
    ['6', ['h6', 'h6']],
    ['1', ['h1', 'h2']],
    ['nonsense', ['h2', 'h3']],
  ] as const) {
    it(`heading-level="${value}" gives the title ${expected[0]} and its sections ${expected[1]}`, async () => {
      const el = await render(html`<safety-four-explainer heading-level=${value} law types></safety-four-explainer>`);
      const tags = headingTags(el);
      expect(tags[0]).to.equal(expected[0]);
      expect(new Set(tags.slice(1))).to.deep.equal(new Set([expected[1]]));
      expect(tags.length).to.equal(1 + 4 + 3 + 1);
    });
  }

  it('puts a heading one level below the title inside each accordion summary', async () => {
    const el = await render(html`<safety-four-explainer layout="accordion" heading-level="4"></safety-four-explainer>`);
    const toggles = qa(el, '[part~="toggle"]');
    expect(toggles.length).to.equal(5);
    expect(toggles.map((b) => b.querySelector('[part~="disclosure-heading"]')?.tagName.toLowerCase())).to.deep.equal(
      toggles.map(() => 'h5'),
    );
  });
});

describe('<safety-four-explainer>: accordion layout', () => {
  it('renders every part as a closed native disclosure (details and summary; the browser exposes the state)', async () => {
    const el = await render(html`<safety-four-explainer layout="accordion" law types></safety-four-explainer>`);
    const all = items(el);
    expect(all.map((d) => text(summaryOf(d)))).to.deep.equal([
      ...WORDS,
      'Stalking or harassment?',
      'What the law says in England and Wales',
      'Types of stalker',
    ]);
    for (const d of all) {
      expect(summaryOf(d).getAttribute('part')).to.equal('toggle');
      expect(d.open).to.equal(false);
      expect(d.hasAttribute('name'), 'no name group without single').to.equal(false);
      expect(visible(panelOf(d))).to.equal(false);
    }
    // What to do is never collapsed.
    expect(visible(q(el, '[part~="signposts"]'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('opens many at once by default and closes on a second click', async () => {
    const el = await render(html`<safety-four-explainer layout="accordion"></safety-four-explainer>`);
    const [a, b] = items(el);
    summaryOf(a!).click();
    await el.updateComplete;
    summaryOf(b!).click();
    await el.updateComplete;
    expect([a, b].map((x) => x!.open)).to.deep.equal([true, true]);
    expect(visible(panelOf(a!))).to.equal(true);
    expect(text(panelOf(a!))).to.contain(FOUR_WORDS[0]!.meaning);
    await expect(el).to.be.accessible();
    summaryOf(a!).click();
    await el.updateComplete;
    expect(a!.open).to.equal(false);
    expect(visible(panelOf(a!))).to.equal(false);
    // The element's state follows: a re-render keeps what the reader left open.
    await nextFrame();
    el.requestUpdate();
    await el.updateComplete;
    expect([a, b].map((x) => x!.open)).to.deep.equal([false, true]);
  });

  it('with "single", opening one item closes the one that was open (one <details name> group)', async () => {
    const el = await render(html`<safety-four-explainer layout="accordion" single></safety-four-explainer>`);
    const all = items(el);
    expect(new Set(all.map((d) => d.getAttribute('name'))).size, 'one name for all').to.equal(1);
    expect(all[0]!.getAttribute('name')).to.not.equal(null);
    summaryOf(all[0]!).click();
    await el.updateComplete;
    summaryOf(all[2]!).click();
    await el.updateComplete;
    await nextFrame();
    await el.updateComplete;
    expect(all.map((d) => d.open)).to.deep.equal([false, false, true, false, false]);
    summaryOf(all[2]!).click();
    await el.updateComplete;
    expect(all.every((d) => !d.open)).to.equal(true);
  });

  it('works from the keyboard: Tab reaches each summary, Enter and Space toggle', async () => {
    const el = await render(html`<safety-four-explainer layout="accordion"></safety-four-explainer>`);
    const all = items(el);
    summaryOf(all[0]!).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => all[0]!.open, 'Enter opens it');
    await sendKeys({ press: 'Tab' });
    // Tab goes through the open panel's content (no focusable content) to the next summary.
    expect(sr(el).activeElement === summaryOf(all[1]!), 'focus').to.equal(true);
    await sendKeys({ press: ' ' });
    await waitUntil(() => all[1]!.open, 'Space opens it');
    await sendKeys({ press: ' ' });
    await waitUntil(() => !all[1]!.open, 'Space closes it');
  });

  it('closes everything when the layout changes', async () => {
    const el = await render(html`<safety-four-explainer layout="accordion"></safety-four-explainer>`);
    // The reader's opening reaches the element's state with each toggle event (a task after the click).
    const toggled = Promise.all(items(el).map((d) => oneEvent(d, 'toggle')));
    for (const d of items(el)) summaryOf(d).click();
    await toggled;
    await el.updateComplete;
    el.layout = 'compact';
    await el.updateComplete;
    expect(items(el).length).to.be.greaterThan(0);
    expect(items(el).every((d) => !d.open)).to.equal(true);
    expect(qa(el, 'button[part~="toggle"]').every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
  });
});

describe('<safety-four-explainer>: compact layout', () => {
  it('is one sentence whose four words are buttons that open their meanings', async () => {
    const el = await render(html`<safety-four-explainer layout="compact"></safety-four-explainer>`);
    const sentence = q(el, '[part~="sentence"]')!;
    expect(text(sentence)).to.equal('Stalking is behaviour that is Fixated, Obsessive, Unwanted and Repeated.');
    const buttons = [...sentence.querySelectorAll<HTMLButtonElement>('button[part~="toggle"]')];
    expect(buttons.map((b) => text(b))).to.deep.equal(WORDS);
    expect(qa(el, '[part~="card"]')).to.have.length(0);
    for (const b of buttons) expect(visible(sr(el).getElementById(b.getAttribute('aria-controls')!))).to.equal(false);
    await expect(el).to.be.accessible();
    buttons[1]!.click();
    await el.updateComplete;
    const panel = sr(el).getElementById('p-obsessive')!;
    expect(buttons[1]!.getAttribute('aria-expanded')).to.equal('true');
    expect(visible(panel)).to.equal(true);
    expect(text(panel)).to.contain(`Obsessive: ${FOUR_WORDS[1]!.meaning}`);
    await expect(el).to.be.accessible();
  });

  it('keeps the other sections collapsible and What to do open', async () => {
    const el = await render(html`<safety-four-explainer layout="compact" types></safety-four-explainer>`);
    expect(items(el).map((d) => text(summaryOf(d)))).to.deep.equal(['Stalking or harassment?', 'Types of stalker']);
    expect(visible(q(el, '[part~="signposts"]'))).to.equal(true);
  });

  it('opens a word from the keyboard', async () => {
    const el = await render(html`<safety-four-explainer layout="compact" single></safety-four-explainer>`);
    const buttons = qa<HTMLButtonElement>(el, '[part~="sentence"] [part~="toggle"]');
    buttons[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(sr(el).activeElement === buttons[1], 'focus').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(buttons.map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'true', 'false', 'false']);
  });

  it('with "single", a word and a section close each other', async () => {
    const el = await render(html`<safety-four-explainer layout="compact" single types></safety-four-explainer>`);
    const buttons = qa<HTMLButtonElement>(el, '[part~="sentence"] [part~="toggle"]');
    const [vs] = items(el);
    buttons[0]!.click();
    await el.updateComplete;
    summaryOf(vs!).click();
    await waitUntil(() => buttons[0]!.getAttribute('aria-expanded') === 'false', 'opening a section closes the word');
    expect(vs!.open).to.equal(true);
    buttons[1]!.click();
    await el.updateComplete;
    expect(vs!.open, 'opening a word closes the section').to.equal(false);
    expect(buttons[1]!.getAttribute('aria-expanded')).to.equal('true');
  });
});

describe('<safety-four-explainer>: law by nation', () => {
  it('shows no law section without the "law" attribute', async () => {
    const el = await render(html`<safety-four-explainer></safety-four-explainer>`);
    expect(q(el, '[part~="law-list"]')).to.equal(null);
  });

  // Issue 18: law and types are modules of their own, loaded the first time they are turned on.
  it('a law or types section turned on after the first render appears (its module loads on demand)', async () => {
    const el = await render(html`<safety-four-explainer></safety-four-explainer>`);
    el.law = true;
    el.types = true;
    await el.updateComplete;
    expect(Boolean(q(el, '[part~="law-list"]')), 'law').to.equal(true);
    expect(Boolean(q(el, '[part~="types-list"]')), 'types').to.equal(true);
    el.law = false;
    await el.updateComplete;
    expect(Boolean(q(el, '[part~="law-list"]')), 'law off again').to.equal(false);
    el.mode = 'check';
    await el.updateComplete;
    expect(qa(el, '[part~="checkbox"]').length, 'the check mode, loaded on demand').to.equal(BEHAVIOURS.length);
  });

  for (const nation of LAW_NATION_VALUES) {
    it(`nation="${nation}" shows that nation's law only, with its sources`, async () => {
      const el = await render(html`<safety-four-explainer law nation=${nation}></safety-four-explainer>`);
      const items = [...q(el, '[part~="law-list"]')!.querySelectorAll('li')].map((li) => text(li));
      expect(items).to.deep.equal(STALKING_LAW[nation].map((f) => f.text));
      for (const other of LAW_NATION_VALUES.filter((n) => n !== nation)) {
        for (const f of STALKING_LAW[other]) expect(shadowText(el)).not.to.contain(f.text);
      }
      const sources = [...q(el, '[part~="law-sources"]')!.querySelectorAll('a')].map((a) => a.href);
      expect(sources).to.deep.equal([...new Set(STALKING_LAW[nation].map((f) => f.source))]);
      // Issue 14: verifiedOn (a check against the reference file) is never shown as a check of the live pages.
      expect(shadowText(el)).to.contain('These pages say what is shown here.');
      for (const f of STALKING_LAW[nation]) expect(shadowText(el)).not.to.contain(f.verifiedOn);
      expect(shadowText(el)).not.to.match(/Checked on|November 2026/);
      await expect(el).to.be.accessible();
    });
  }

  // Reference section 2: Scotland (s.39 CJL(S)A 2010) and Northern Ireland (Protection from Stalking Act (NI)
  // 2022 s.1) make stalking an offence of its own; "a kind of harassment" (PHA s.2A) is England and Wales law.
  it('says stalking is "a kind of harassment" only in England and Wales; elsewhere, fixated and obsessive behaviour', async () => {
    const ew = STALKING_VS_HARASSMENT.find((p) => p.id === 'stalking')!;
    const own = STALKING_VS_HARASSMENT.find((p) => p.id === 'stalking-offence')!;
    expect(own.text).to.match(/^Stalking is fixated and obsessive behaviour\. /);
    expect(own.text.slice(own.text.indexOf('. ') + 2)).to.equal(ew.text.slice(ew.text.indexOf('. ') + 2));
    for (const nation of ['england-wales', 'wales', 'scotland', 'northern-ireland']) {
      const el = await render(html`<safety-four-explainer nation=${nation}></safety-four-explainer>`);
      const vs = text(q(el, '[part~="section"]'));
      const mine = nation === 'scotland' || nation === 'northern-ireland' ? own : ew;
      expect(vs, nation).to.contain(mine.text);
      expect(vs, nation).not.to.contain((mine === own ? ew : own).text);
      if (mine === own) expect(vs, nation).not.to.match(/kind of harassment/);
    }
    // In Welsh too; and a site's own wording for its nation's paragraph wins, as for every `vs.<id>`.
    const wrap = await fixture(
      html`<div lang="cy"><safety-four-explainer nation="scotland"></safety-four-explainer></div>`,
    );
    const cy = wrap.firstElementChild as SafetyFourExplainer;
    await stringsReady(cy);
    expect(shadowText(cy)).to.contain(FOUR_CY['vs.stalking-offence']!).and.not.contain(FOUR_CY['vs.stalking']!);
    for (const [nation, key] of [
      ['scotland', 'vs.stalking-offence'],
      ['england-wales', 'vs.stalking'],
    ]) {
      const el = await render(
        html`<safety-four-explainer nation=${nation!} strings=${JSON.stringify({ [key!]: 'Our own words.' })}></safety-four-explainer>`,
      );
      expect(text(q(el, '[part~="section"]')), nation).to.contain('Our own words.');
    }
  });

  it('in Welsh, the law heading puts each nation after its own "yn", mutated: yng Nghymru a Lloegr, yn yr Alban, yng Ngogledd Iwerddon', async () => {
    const want = {
      'england-wales': 'Beth mae’r gyfraith yn ei ddweud yng Nghymru a Lloegr',
      scotland: 'Beth mae’r gyfraith yn ei ddweud yn yr Alban',
      'northern-ireland': 'Beth mae’r gyfraith yn ei ddweud yng Ngogledd Iwerddon',
    };
    for (const nation of LAW_NATION_VALUES) {
      const wrap = await fixture(
        html`<div lang="cy"><safety-four-explainer law nation=${nation}></safety-four-explainer></div>`,
      );
      const el = wrap.firstElementChild as SafetyFourExplainer;
      await stringsReady(el);
      expect(text(qa(el, '[part~="section-heading"]')[1]), nation).to.equal(want[nation]);
    }
    const en = await render(html`<safety-four-explainer law nation="scotland"></safety-four-explainer>`);
    expect(text(qa(en, '[part~="section-heading"]')[1])).to.equal('What the law says in Scotland');
  });

  it('defaults to England and Wales', async () => {
    const el = await render(html`<safety-four-explainer law></safety-four-explainer>`);
    expect(el.nation).to.equal('england-wales');
    expect(shadowText(el)).to.contain('What the law says in England and Wales');
    expect(shadowText(el)).to.contain('up to 10 years in prison');
    expect(shadowText(el)).to.contain('Stalking Protection Order');
  });

  // Issue 14 (docs/conventions.md): a bad nation warns once and the default (England and Wales) is used;
  // "wales", "england" and any case are valid now and read as England and Wales law.
  it('an unknown nation warns once and uses England and Wales', async () => {
    let el!: SafetyFourExplainer;
    const warnings = await captureWarningsAsync(async () => {
      el = await render(html`<safety-four-explainer law nation="narnia"></safety-four-explainer>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0])
      .to.contain('<safety-four-explainer> nation')
      .and.contain('"narnia"')
      .and.contain('england-wales');
    const items = [...q(el, '[part~="law-list"]')!.querySelectorAll('li')].map((li) => text(li));
    expect(items).to.deep.equal(STALKING_LAW['england-wales'].map((f) => f.text));
    expect(qa(el, '[part~="card"]')).to.have.length(4);
  });

  for (const [value, law] of [
    ['wales', 'england-wales'],
    ['England', 'england-wales'],
    ['Northern Ireland', 'northern-ireland'],
    ['SCOTLAND', 'scotland'],
  ] as const) {
    it(`nation="${value}" shows ${law} law, with no warning`, async () => {
      let el!: SafetyFourExplainer;
      const warnings = await captureWarningsAsync(async () => {
        el = await render(html`<safety-four-explainer law nation=${value}></safety-four-explainer>`);
      });
      expect(warnings).to.have.length(0);
      const items = [...q(el, '[part~="law-list"]')!.querySelectorAll('li')].map((li) => text(li));
      expect(items).to.deep.equal(STALKING_LAW[law].map((f) => f.text));
    });
  }

  it('every legal fact carries a source URL and an ISO verification date', () => {
    for (const nation of LAW_NATION_VALUES) {
      for (const f of STALKING_LAW[nation]) {
        expect(f.source, f.id).to.match(/^https:\/\//);
        expect(f.verifiedOn, f.id).to.match(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
    for (const item of [...FOUR_WORDS, ...STALKING_VS_HARASSMENT, ...STALKER_TYPES, ...WHAT_TO_DO]) {
      expect(item.source, item.id).to.match(/^https?:\/\//);
      expect(item.verifiedOn, item.id).to.match(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('<safety-four-explainer>: types of stalker', () => {
  it('shows the five common types with their source when "types" is set', async () => {
    const el = await render(html`<safety-four-explainer types></safety-four-explainer>`);
    const items = [...q(el, '[part~="types-list"]')!.querySelectorAll('li strong')].map((s) => text(s));
    expect(items).to.deep.equal(['Rejected', 'Intimacy seeker', 'Incompetent suitor', 'Resentful', 'Predatory']);
    expect(q<HTMLAnchorElement>(el, '.section a[part~="link"]')!.href).to.equal(STALKER_TYPES[0]!.source);
    await expect(el).to.be.accessible();
  });
});

describe('<safety-four-explainer>: check mode', () => {
  it('lists the behaviours as real checkboxes and says nothing is saved or sent', async () => {
    const el = await render(html`<safety-four-explainer mode="check"></safety-four-explainer>`);
    const boxes = qa<HTMLInputElement>(el, 'input[type="checkbox"]');
    expect(boxes).to.have.length(BEHAVIOURS.length);
    for (const b of boxes) {
      const label = sr(el).querySelector(`label[for="${b.id}"]`);
      expect(text(label)).to.have.length.greaterThan(5);
      expect(b.checked).to.equal(false);
      expect(b.getAttribute('autocomplete')).to.equal('off');
    }
    expect(text(q(el, '[part~="privacy"]'))).to.contain('Nothing you tick is saved or sent');
    expect(q(el, '[part~="summary"]')!.getAttribute('role')).to.equal('status');
    expect(text(q(el, '[part~="summary"]'))).to.contain('Tick anything');
    expect(qa(el, '[part~="match-matched"]')).to.have.length(0);
    expect(qa(el, '[part~="card"]'), 'check replaces the tiles').to.have.length(0);
    expect(text(q(el, 'button[part~="clear"]'))).to.equal('Clear my answers');
    await expect(el).to.be.accessible();
  });

  // The mapping is the project's editorial choice; this table is its specification.
  const MAPPING: Record<string, string[]> = {
    contact: ['Unwanted'],
    'turn-up': ['Fixated'],
    follow: ['Fixated'],
    online: ['Obsessive'],
    goods: ['Obsessive'],
    gifts: ['Unwanted'],
    damage: ['Unwanted'],
    others: ['Fixated'],
    'carry-on': ['Obsessive', 'Repeated'],
    again: ['Repeated'],
  };

  it('covers every behaviour in the mapping table', () => {
    expect(BEHAVIOURS.map((b) => b.id).sort()).to.deep.equal(Object.keys(MAPPING).sort());
  });

  for (const [id, words] of Object.entries(MAPPING)) {
    it(`ticking "${id}" alone shows ${words.join(' and ')}`, async () => {
      const el = await render(html`<safety-four-explainer mode="check"></safety-four-explainer>`);
      await tick(el, id);
      expect(qa(el, '[part~="match-matched"]').map((m) => text(m.querySelector('strong')))).to.deep.equal(words);
      expect(text(q(el, '[part~="summary"]'))).to.equal(
        `What you describe has some signs of stalking or harassment: ${words.join(' and ')}.`,
      );
      const calm = q(el, '[part~="calm"]')!;
      expect(text(calm)).to.contain('you do not have to be sure');
      const nsh = helplineById('national-stalking-helpline')!;
      expect(text(calm)).to.contain(`talk it through with the ${nsh.name} on ${nsh.phones![0]!.number}`);
      expect(calm.querySelector('a[part~="phone"]')!.getAttribute('href')).to.equal(telHref(nsh.phones![0]!.number));
    });
  }

  it('shows all four, with the stalking message and signposts, when the answers match all of FOUR', async () => {
    const el = await render(html`<safety-four-explainer mode="check"></safety-four-explainer>`);
    for (const id of ['follow', 'online', 'gifts']) await tick(el, id);
    expect(text(q(el, '[part~="summary"]'))).to.equal(
      'What you describe has some signs of stalking or harassment: Fixated, Obsessive and Unwanted.',
    );
    await tick(el, 'again');
    expect(qa(el, '[part~="match-matched"]')).to.have.length(4);
    expect(text(q(el, '[part~="summary"]'))).to.equal(
      'What you describe has signs of stalking: it is Fixated, Obsessive, Unwanted and Repeated.',
    );
    expect(visible(q(el, '[part~="signposts"]'))).to.equal(true);
    await expect(el).to.be.accessible();
    // Unticking takes a word away again.
    await tick(el, 'again');
    expect(qa(el, '[part~="match-matched"]')).to.have.length(3);
  });

  it('the Clear button unticks everything and says so', async () => {
    const { mark, resources } = await startPrivacy();
    const el = await render(html`<safety-four-explainer mode="check"></safety-four-explainer>`);
    await tick(el, 'follow');
    await tick(el, 'again');
    q<HTMLButtonElement>(el, '[part~="clear"]')!.click();
    await el.updateComplete;
    expect(qa<HTMLInputElement>(el, 'input[type="checkbox"]').some((b) => b.checked)).to.equal(false);
    expect(qa(el, '[part~="match-matched"]')).to.have.length(0);
    expect(text(q(el, '[part~="summary"]'))).to.equal('Your answers have been cleared.');
    await expect(el).to.be.accessible();
    await expectNoTraces(mark, resources);
  });

  it("the quick exit's safety-exit event on document clears the answers, once the page has been drawn hidden", async () => {
    const el = await render(html`<safety-four-explainer mode="check"></safety-four-explainer>`);
    await tick(el, 'damage');
    document.dispatchEvent(new CustomEvent(EXIT_EVENT, { bubbles: true, composed: true }));
    // Nothing renders in the exit's own task: that would hold back the frame that hides the page.
    expect(el.isUpdatePending, 'an update was asked for inside the exit').to.equal(false);
    await Promise.resolve();
    expect(q<HTMLInputElement>(el, '#c-damage')!.checked, 'still as it was within the exit').to.equal(true);
    await hiddenFrame();
    await el.updateComplete;
    expect(qa<HTMLInputElement>(el, 'input[type="checkbox"]').some((b) => b.checked)).to.equal(false);
    expect(qa(el, '[part~="match-matched"]')).to.have.length(0);
  });

  it('an event bubbling from a quick exit elsewhere on the page clears it too', async () => {
    const el = await render(html`<safety-four-explainer mode="check"></safety-four-explainer>`);
    await tick(el, 'damage');
    const other = document.createElement('div');
    document.body.append(other);
    other.dispatchEvent(new CustomEvent(EXIT_EVENT, { bubbles: true, composed: true }));
    other.remove();
    await hiddenFrame();
    await el.updateComplete;
    expect(q<HTMLInputElement>(el, '#c-damage')!.checked).to.equal(false);
  });

  it('leaving the page (pagehide) clears the answers, so the back-forward cache keeps none', async () => {
    const el = await render(html`<safety-four-explainer mode="check"></safety-four-explainer>`);
    await tick(el, 'gifts');
    window.dispatchEvent(new Event('pagehide'));
    await el.updateComplete;
    expect(q<HTMLInputElement>(el, '#c-gifts')!.checked).to.equal(false);
  });

  it('removes its document listener when disconnected', async () => {
    const el = await render(html`<safety-four-explainer mode="check"></safety-four-explainer>`);
    await tick(el, 'gifts');
    el.remove();
    document.dispatchEvent(new CustomEvent(EXIT_EVENT));
    window.dispatchEvent(new Event('pagehide'));
    await hiddenFrame();
    await el.updateComplete;
    // A detached element that still listened would have cleared itself.
    expect(q<HTMLInputElement>(el, '#c-gifts')!.checked).to.equal(true);
    document.body.append(el);
    await el.updateComplete;
    document.dispatchEvent(new CustomEvent(EXIT_EVENT));
    await hiddenFrame();
    await el.updateComplete;
    expect(q<HTMLInputElement>(el, '#c-gifts')!.checked, 'listening again after reconnecting').to.equal(false);
    el.remove();
  });

  it('works from the keyboard: Tab to a box, Space ticks it, Tab on to Clear, Enter clears', async () => {
    const el = await render(html`<safety-four-explainer mode="check"></safety-four-explainer>`);
    const boxes = qa<HTMLInputElement>(el, 'input[type="checkbox"]');
    boxes[0]!.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(boxes[0]!.checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(sr(el).activeElement === boxes[1], 'focus').to.equal(true);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(qa(el, '[part~="match-matched"]').map((m) => text(m.querySelector('strong')))).to.deep.equal([
      'Fixated',
      'Unwanted',
    ]);
    boxes[boxes.length - 1]!.focus();
    // The calm note's helpline number comes next (never activated here: a tel: link leaves the test page).
    await sendKeys({ press: 'Tab' });
    expect(
      sr(el).activeElement === q(el, '[part~="calm"] a[part~="phone"]'),
      "focus on the calm note's phone link",
    ).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(sr(el).activeElement === q(el, '[part~="clear"]'), 'focus on Clear').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(boxes.some((b) => b.checked)).to.equal(false);
  });

  it('keeps the extra sections and the signposts in check mode', async () => {
    const el = await render(html`<safety-four-explainer mode="check" layout="accordion" law></safety-four-explainer>`);
    expect(qa(el, '[part~="toggle"]').map((b) => text(b))).to.deep.equal([
      'Stalking or harassment?',
      'What the law says in England and Wales',
    ]);
    expect(visible(q(el, '[part~="signposts"]'))).to.equal(true);
    await expect(el).to.be.accessible();
  });
});

describe('<safety-four-explainer>: strings', () => {
  it('overrides interface text and content by key through the strings attribute', async () => {
    const strings = JSON.stringify({
      heading: 'Ydy hyn yn stelcio?',
      'fixated.word': 'Obsesiynol',
      'fixated.meaning': 'Custom meaning',
      'fixated.example.0': 'Custom example',
      'vs.pattern': 'Custom pattern',
      'law.ew-4a': 'Custom law sentence',
      todoHeading: 'Beth allwch chi ei wneud',
      'todo.record': 'Custom record',
      danger: 'In danger? Ring {number} now.',
      'check.follow': 'Custom behaviour',
    });
    const el = await render(html`<safety-four-explainer law strings=${strings}></safety-four-explainer>`);
    expect(text(q(el, '[part~="heading"]'))).to.equal('Ydy hyn yn stelcio?');
    const card = q(el, '[part~="card-fixated"]')!;
    expect(text(card.querySelector('[part~="word"]'))).to.equal('Obsesiynol');
    expect(text(card.querySelector('[part~="meaning"]'))).to.equal('Custom meaning');
    expect(text(card.querySelector('[part~="examples"] li'))).to.equal('Custom example');
    expect(shadowText(el)).to.contain('Custom pattern').and.contain('Custom law sentence');
    expect(text(q(el, '[part~="todo-heading"]'))).to.equal('Beth allwch chi ei wneud');
    expect(text(q(el, '[data-id="record"]'))).to.equal('Custom record');
    const danger = q(el, '[data-id="danger"]')!;
    expect(text(danger)).to.equal('In danger? Ring 999 now.');
    expect(danger.querySelector('a')!.getAttribute('href')).to.equal('tel:999');
    el.mode = 'check';
    await el.updateComplete;
    expect(text(sr(el).querySelector('label[for="c-follow"]'))).to.equal('Custom behaviour');
  });

  it('accepts the strings property as an object', async () => {
    const el = await render(
      html`<safety-four-explainer .strings=${{ sentence: 'FOUR: {fixated} {obsessive} {unwanted} {repeated}' }} layout="compact"></safety-four-explainer>`,
    );
    expect(text(q(el, '[part~="sentence"]'))).to.equal('FOUR: Fixated Obsessive Unwanted Repeated');
  });

  it('bad JSON in strings gives one warning and the default text', async () => {
    let el!: SafetyFourExplainer;
    const warnings = await captureWarningsAsync(async () => {
      el = await render(html`<safety-four-explainer strings="{title: oops"></safety-four-explainer>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<safety-four-explainer>').and.contain('strings attribute');
    expect(text(q(el, '[part~="heading"]'))).to.equal('Is it stalking? Think FOUR');
  });
});

describe('<safety-four-explainer>: bad input', () => {
  it('an unknown layout warns once and falls back to cards', async () => {
    let el!: SafetyFourExplainer;
    const warnings = await captureWarningsAsync(async () => {
      el = await render(html`<safety-four-explainer layout="grid"></safety-four-explainer>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0])
      .to.contain('<safety-four-explainer>')
      .and.contain('layout="grid"')
      .and.contain('cards, accordion, compact')
      .and.contain('using cards');
    expect(qa(el, '[part~="card"]')).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('an unknown mode warns once and explains', async () => {
    let el!: SafetyFourExplainer;
    const warnings = await captureWarningsAsync(async () => {
      el = await render(html`<safety-four-explainer mode="quiz"></safety-four-explainer>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<safety-four-explainer>').and.contain('mode="quiz"').and.contain('using explain');
    expect(qa(el, '[part~="card"]')).to.have.length(4);
    expect(qa(el, 'input')).to.have.length(0);
  });

  it('renders text as text, never as markup', async () => {
    const el = await render(
      html`<safety-four-explainer strings=${JSON.stringify({ heading: '<img src=x onerror="window.__pwned=1">' })}></safety-four-explainer>`,
    );
    expect(q(el, 'img')).to.equal(null);
    expect(text(q(el, '[part~="heading"]'))).to.contain('<img');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('<safety-four-explainer>: theming', () => {
  afterEach(() => {
    document.documentElement.style.removeProperty('--safety-four-explainer-accent');
  });

  it('--safety-four-explainer-accent colours the tiles, and nonsense falls back to the default', async () => {
    const el = await render(
      html`<safety-four-explainer style="--safety-four-explainer-accent: rgb(1, 2, 3)"></safety-four-explainer>`,
    );
    const card = q(el, '[part~="card"]')!;
    expect(getComputedStyle(card).borderTopColor).to.equal('rgb(1, 2, 3)');
    el.style.setProperty('--safety-four-explainer-accent', 'nonsense');
    expect(getComputedStyle(card).borderTopColor).to.equal('rgb(29, 112, 184)');
  });

  it('--safety-four-explainer-card-background and the global --safety-color-primary take effect', async () => {
    const el = await render(html`<safety-four-explainer
      layout="accordion"
      style="--safety-four-explainer-card-background: rgb(250, 240, 230); --safety-color-primary: rgb(10, 20, 30)"
    ></safety-four-explainer>`);
    // The disclosure's chevron takes the primary colour; its heading the heading colour (one look everywhere).
    expect(getComputedStyle(q(el, '[part~="toggle"] .chevron')!).color).to.equal('rgb(10, 20, 30)');
    el.style.setProperty('--safety-heading-color', 'rgb(40, 50, 60)');
    expect(getComputedStyle(q(el, '[part~="disclosure-heading"]')!).color).to.equal('rgb(40, 50, 60)');
    el.layout = 'compact';
    await el.updateComplete;
    expect(getComputedStyle(q(el, 'button[part~="toggle"]')!).color, "the sentence's word buttons").to.equal(
      'rgb(10, 20, 30)',
    );
    el.layout = 'cards';
    await el.updateComplete;
    expect(getComputedStyle(q(el, '[part~="card"]')!).backgroundColor).to.equal('rgb(250, 240, 230)');
  });
});

describe('<safety-four-explainer>: print, narrow screens and motion', () => {
  afterEach(async () => {
    if (isChromium) await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
  });

  it('its print styles open every panel and hide the Clear button (rules applied directly, every engine)', async () => {
    const el = await render(
      html`<safety-four-explainer layout="accordion" mode="check" law types></safety-four-explainer>`,
    );
    const sheets = (sr(el) as ShadowRoot).adoptedStyleSheets.length
      ? (sr(el) as ShadowRoot).adoptedStyleSheets
      : [...sr(el).querySelectorAll('style')].map((s) => s.sheet!);
    const printRules = sheets
      .flatMap((s) => [...s.cssRules])
      .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print')
      .flatMap((r) => [...r.cssRules].map((c) => c.cssText));
    expect(printRules.length).to.be.greaterThan(0);
    const asScreen = new CSSStyleSheet();
    for (const rule of printRules) asScreen.insertRule(rule, asScreen.cssRules.length);
    expect(qa(el, '[part~="panel"]').every((p) => !visible(p))).to.equal(true);
    (sr(el) as ShadowRoot).adoptedStyleSheets = [...(sr(el) as ShadowRoot).adoptedStyleSheets, asScreen];
    const panels = qa(el, '[part~="panel"]');
    expect(panels.length).to.equal(3);
    // CSS alone opens a closed <details> only where ::details-content is known; the print events do it everywhere.
    if (CSS.supports('selector(::details-content)'))
      expect(
        panels.every((p) => visible(p)),
        'CSS opens the panels',
      ).to.equal(true);
    expect(visible(q(el, '[part~="clear"]'))).to.equal(false);
    window.dispatchEvent(new Event('beforeprint'));
    expect(
      items(el).every((d) => d.open),
      'beforeprint opens every item',
    ).to.equal(true);
    expect(panels.every((p) => visible(p))).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(
      items(el).every((d) => !d.open),
      'afterprint closes them again',
    ).to.equal(true);
  });

  it('prints with every section open (print media emulated; Chromium only)', async function () {
    if (!isChromium) this.skip(); // emulateMedia is a DevTools-protocol command: Chromium only here.
    const el = await render(html`<safety-four-explainer layout="compact" law types></safety-four-explainer>`);
    expect(qa(el, '[part~="panel"]').some((p) => visible(p))).to.equal(false);
    await emulateMedia({ media: 'print' });
    expect(qa(el, '[part~="panel"]').every((p) => visible(p))).to.equal(true);
  });

  it('turns motion off for readers who ask for less (Chromium only)', async function () {
    if (!isChromium) this.skip(); // reducedMotion emulation is Chromium-only in this runner.
    const el = await render(html`<safety-four-explainer layout="accordion"></safety-four-explainer>`);
    const icon = q(el, '.chevron')!;
    expect(getComputedStyle(icon).transitionDuration).to.equal('0.15s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(parseFloat(getComputedStyle(icon).transitionDuration)).to.be.below(0.001);
  });

  it('fits a 320 px screen without sideways scrolling in every layout (a 320 px frame, in every engine)', async function () {
    // Three frames, each loading the element's modules: slower than one page on a busy machine.
    this.timeout(30000);
    for (const layout of ['cards', 'accordion', 'compact']) {
      const frame = await in320Frame<SafetyFourExplainer>('safety-four-explainer', {
        layout,
        law: '',
        types: '',
        mode: layout === 'compact' ? 'check' : 'explain',
      });
      try {
        const el = frame.el;
        qa<HTMLButtonElement>(el, 'button[aria-expanded]').forEach((b) => b.click());
        items(el).forEach((d) => (d.open = true));
        await el.updateComplete;
        expect(el.getBoundingClientRect().width, layout).to.be.at.most(320);
        expect(frame.overflow('*'), layout).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    }
  });
});

describe('<safety-four-explainer>: privacy', () => {
  it('stores nothing and requests nothing through every layout, mode and section', async () => {
    const { mark, resources } = await startPrivacy();
    for (const layout of ['cards', 'accordion', 'compact']) {
      const el = await render(
        html`<safety-four-explainer layout=${layout} law types nation="scotland"></safety-four-explainer>`,
      );
      qa<HTMLElement>(el, 'button, summary').forEach((b) => b.click());
      el.mode = 'check';
      await el.updateComplete;
      for (const b of BEHAVIOURS) await tick(el, b.id);
      q<HTMLButtonElement>(el, '[part~="clear"]')!.click();
      await el.updateComplete;
    }
    await nextFrame();
    await expectNoTraces(mark, resources);
  });
});

void isFirefox;
