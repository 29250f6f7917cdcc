// Cymraeg (issue 19): language resolution, key parity of every English and Welsh table, a scan of every
// element in every state under lang="cy" for English sentences, Welsh layout at 320 px, and one element
// under dir="rtl".
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';

import '../src/index.js';
import type { SafetyChecklist } from '../src/components/checklist/checklist.component.js';
import { en as checklistEn, translations as checklistTr } from '../src/components/checklist/checklist.strings.js';
import type { SafetyClaresLaw } from '../src/components/clares-law/clares-law.component.js';
import { en as claresEn, translations as claresTr } from '../src/components/clares-law/clares-law.strings.js';
import type { SafetyFourExplainer } from '../src/components/four-explainer/four-explainer.component.js';
import { en as fourEn, translations as fourTr } from '../src/components/four-explainer/four-explainer.strings.js';
import type { SafetyHelplineDirectory } from '../src/components/helpline-directory/helpline-directory.component.js';
import {
  en as helplineEn,
  translations as helplineTr,
} from '../src/components/helpline-directory/helpline-directory.strings.js';
import type { SafetyQuickExit } from '../src/components/quick-exit/quick-exit.component.js';
import {
  en as quickExitEn,
  translations as quickExitTranslations,
} from '../src/components/quick-exit/quick-exit.strings.js';
import type { SafetyOnlineSafety } from '../src/components/online-safety/online-safety.component.js';
import { en as onlineEn, translations as onlineTr } from '../src/components/online-safety/online-safety.strings.js';
import { BROWSERS, BROWSER_IDS } from '../src/data/online-safety.js';
import { CHECKLIST } from '../src/data/checklist.js';
import { DISCLOSURE_SCHEMES } from '../src/data/disclosure-schemes.js';
import { FOUR_WORDS, STALKING_VS_HARASSMENT, WHAT_TO_DO } from '../src/data/four.js';
import { BEHAVIOURS } from '../src/data/four-behaviours.js';
import { STALKER_TYPES } from '../src/data/stalker-types.js';
import { HELPLINE_PROPER_NAMES_CY } from '../src/data/helplines.cy.js';
import { HELPLINES, helplineById } from '../src/data/helplines.js';
import { STALKING_LAW } from '../src/data/stalking-law.js';
import { LAW_NATION_VALUES } from '../src/internal/nation.js';
import {
  LangController,
  langOf,
  primaryLanguage,
  stringsReady,
  type Translation,
  type Translations,
} from '../src/internal/strings.js';
import { dayNames, formatDate, formatList } from '../src/internal/intl.js';
import { captureWarnings, captureWarningsAsync } from './support/console.js';

const sr = (el: Element) => el.shadowRoot!;
const load = async (t: Translations, lang = 'cy'): Promise<Translation> => (await t[lang]!()).default;

/** What the English data gives each element as translatable content, by content key. */
function helplineContent(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const h of HELPLINES) {
    const k = `helpline.${h.id}.`;
    out[`${k}name`] = h.name;
    out[`${k}description`] = h.description;
    if (h.operator) out[`${k}operator`] = h.operator;
    if (h.bsl) out[`${k}bsl`] = h.bsl;
    h.phones?.forEach((p, n) => p.label && (out[`${k}phone.${n}.label`] = p.label));
  }
  return out;
}
const nameOf = (id: string) => ({ [`helpline.${id}.name`]: helplineById(id)!.name });
const ENGLISH_CONTENT: Record<string, () => Record<string, string>> = {
  'quick-exit': () => ({}),
  'helpline-directory': helplineContent,
  checklist: () => ({
    ...Object.fromEntries(
      CHECKLIST.flatMap((g) => [[`group.${g.id}`, g.title], ...g.items.map((i) => [`item.${i.id}`, i.text])]),
    ),
    ...Object.assign({}, ...CHECKLIST.flatMap((g) => g.items.flatMap((i) => (i.helplines ?? []).map(nameOf)))),
  }),
  'four-explainer': () => ({
    ...Object.fromEntries(
      FOUR_WORDS.flatMap((w) => [
        [`${w.id}.word`, w.word],
        [`${w.id}.meaning`, w.meaning],
        ...w.examples.map((e, n) => [`${w.id}.example.${n}`, e]),
      ]),
    ),
    ...Object.fromEntries(BEHAVIOURS.map((b) => [`check.${b.id}`, b.text])),
    ...Object.fromEntries(STALKING_VS_HARASSMENT.map((v) => [`vs.${v.id}`, v.text])),
    ...Object.fromEntries(
      STALKER_TYPES.flatMap((t) => [
        [`type.${t.id}.name`, t.name],
        [`type.${t.id}.text`, t.text],
      ]),
    ),
    ...Object.fromEntries(WHAT_TO_DO.map((t) => [`todo.${t.id}`, t.text])),
    ...Object.fromEntries(LAW_NATION_VALUES.flatMap((n) => STALKING_LAW[n].map((f) => [`law.${f.id}`, f.text]))),
    ...nameOf('national-stalking-helpline'),
  }),
  'online-safety': () => ({}),
  'clares-law': () => ({
    ...Object.fromEntries(LAW_NATION_VALUES.map((n) => [`scheme.${n}.name`, DISCLOSURE_SCHEMES[n].name])),
    ...Object.assign({}, ...LAW_NATION_VALUES.flatMap((n) => DISCLOSURE_SCHEMES[n].helplines.map(nameOf))),
  }),
};
const TABLES: Record<string, [Record<string, string>, Translations]> = {
  'quick-exit': [quickExitEn, quickExitTranslations],
  'helpline-directory': [helplineEn, helplineTr],
  checklist: [checklistEn, checklistTr],
  'four-explainer': [fourEn, fourTr],
  'clares-law': [claresEn, claresTr],
  'online-safety': [onlineEn, onlineTr],
};

// First in the file, so that the Welsh module has not been loaded yet on this page.
describe('i18n: the quick exit on a Welsh page, before its Welsh table has arrived', () => {
  it('is rendered, armed and usable in English at once, then switches its labels to Welsh', async () => {
    // Not `fixture()`: it waits for a frame, in which a loaded engine may already have the Welsh chunk.
    // The first update runs in a microtask after connecting, before any module can arrive.
    const wrap = document.createElement('div');
    wrap.lang = 'cy';
    wrap.innerHTML = '<safety-quick-exit href="https://www.bbc.co.uk/weather"></safety-quick-exit>';
    document.body.append(wrap);
    const el = wrap.firstElementChild as SafetyQuickExit;
    await el.updateComplete;
    try {
      const button = () => sr(el).querySelector<HTMLAnchorElement>('[part~=button]')!;
      // First render: the English label, the destination set, the hint shown.
      expect(button().textContent).to.contain(quickExitEn['label']);
      expect(button().href).to.equal('https://www.bbc.co.uk/weather');
      expect(sr(el).querySelector('[part~=hint]')!.textContent).to.equal(quickExitEn['hint']);
      await stringsReady(el);
      const cy = await load(quickExitTranslations);
      expect(button().textContent).to.contain(cy.strings['label']);
      expect(button().textContent).to.not.contain(quickExitEn['label']);
      expect(button().href).to.equal('https://www.bbc.co.uk/weather');
    } finally {
      wrap.remove();
    }
  });
});

describe('i18n: language resolution', () => {
  it('reads cy and cy-GB from the element itself or its nearest ancestor, across a shadow root', async () => {
    const outer = await fixture(
      html`<div lang="cy-GB"><p lang="en"><span id="en"></span></p><span id="cy"></span><b lang="CY"></b></div>`,
    );
    expect(langOf(outer.querySelector('#cy')!)).to.equal('cy');
    expect(langOf(outer.querySelector('#en')!)).to.equal('en');
    expect(langOf(outer.querySelector('b')!)).to.equal('cy');
    const host = document.createElement('div');
    outer.append(host);
    const inner = document.createElement('i');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(langOf(inner)).to.equal('cy');
  });

  it('falls back to English with one warning for any malformed lang, and never throws', () => {
    for (const bad of ['en_GB', ' en', '*', 'i-klingon', 'cy_GB', '12', 'cy-', 'x']) {
      let result = '';
      const warnings = captureWarnings(() => {
        result = primaryLanguage(bad);
        primaryLanguage(bad);
      });
      expect(result, bad).to.equal('en');
      expect(warnings, bad).to.have.length(1);
      expect(warnings[0]).to.contain(JSON.stringify(bad));
    }
    const quiet = captureWarnings(() =>
      ['', 'cy', 'cy-GB', 'en-GB', 'fr', 'zh-Hant-TW'].forEach((tag) => primaryLanguage(tag)),
    );
    expect(quiet).to.deep.equal([]);
  });

  it('renders an element with a malformed lang in English, with one warning', async () => {
    let el!: SafetyChecklist;
    const warnings = await captureWarningsAsync(async () => {
      el = await fixture<SafetyChecklist>(html`<safety-checklist lang="cy__gb"></safety-checklist>`);
      await stringsReady(el);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(sr(el).textContent).to.contain(checklistEn.heading);
    expect(warnings.filter((w) => w.includes('"cy__gb"'))).to.have.length(1);
  });

  it("weekday names, dates and lists in Welsh come from the table's own names, the same in every engine", async () => {
    const wrap = await fixture(html`<div lang="cy"><safety-helpline-directory></safety-helpline-directory></div>`);
    const el = wrap.firstElementChild as SafetyHelplineDirectory;
    await stringsReady(el);
    const cy = await load(helplineTr);
    expect(dayNames(el)).to.deep.equal([...cy.calendar.weekdays]);
    expect(dayNames(el)[0]).to.equal('dydd Llun');
    expect(formatDate(el, '2026-11-23')).to.equal('23 Tachwedd 2026');
    expect(formatDate(el, '2026-11')).to.equal('Tachwedd 2026');
    expect(formatList(el, ['A', 'B', 'C'])).to.equal('A, B a C');
    // An opening-hours table labels its rows with a capital; the status line keeps the in-sentence form.
    for (const d of sr(el).querySelectorAll('details')) d.open = true;
    await waitUntil(() => sr(el).querySelector('dl dt'), 'an opening-hours table is built once opened');
    const labels = [...sr(el).querySelectorAll('dl dt')].map((dt) => dt.textContent!.trim());
    expect(labels.length).to.be.greaterThan(6);
    expect(labels.slice(0, 7)).to.deep.equal(cy.calendar.weekdays.map((w) => w[0]!.toUpperCase() + w.slice(1)));
    expect(labels[0]).to.equal('Dydd Llun');
    if (Intl.DateTimeFormat.supportedLocalesOf(['cy']).length) {
      // Where the engine has Welsh data (Firefox, WebKit), the table's dates say what Intl says. Its day
      // names do not: ICU capitalises them ("Dydd Llun"); the table keeps the form a sentence needs ("Ar gau
      // nawr, yn agor dydd Llun am 9am"), which Chromium readers always had.
      const intl = (o: Intl.DateTimeFormatOptions, d: number) =>
        new Intl.DateTimeFormat('cy-GB', { ...o, timeZone: 'UTC' }).format(d);
      expect(intl({ weekday: 'long' }, Date.UTC(2024, 0, 1)).toLowerCase()).to.equal('dydd llun');
      expect(formatDate(el, '2026-11-23')).to.equal(
        intl({ day: 'numeric', month: 'long', year: 'numeric' }, Date.UTC(2026, 10, 23)),
      );
    }
  });

  it("weekday names, dates and lists in English are en-GB's, as Intl gives them in this engine", async () => {
    const el = await fixture<SafetyHelplineDirectory>(html`<safety-helpline-directory></safety-helpline-directory>`);
    const intl = (o: Intl.DateTimeFormatOptions, d: number) =>
      new Intl.DateTimeFormat('en-GB', { ...o, timeZone: 'UTC' }).format(d);
    expect(dayNames(el)).to.deep.equal(
      Array.from({ length: 7 }, (_, i) => intl({ weekday: 'long' }, Date.UTC(2024, 0, 1 + i))),
    );
    for (let month = 0; month < 12; month++) {
      const iso = `2026-${String(month + 1).padStart(2, '0')}`;
      expect(formatDate(el, `${iso}-09`)).to.equal(
        intl({ day: 'numeric', month: 'long', year: 'numeric' }, Date.UTC(2026, month, 9)),
      );
      expect(formatDate(el, iso)).to.equal(intl({ month: 'long', year: 'numeric' }, Date.UTC(2026, month, 1)));
    }
    const list = new Intl.ListFormat('en-GB', { type: 'conjunction' });
    for (const items of [[], ['A'], ['A', 'B'], ['A', 'B', 'C'], ['A', 'B', 'C', 'D']])
      expect(formatList(el, items)).to.equal(list.format(items));
    // Not a date: the text itself, never "undefined" or "NaN".
    for (const bad of ['soon', '2026-13-01', '', 'x-y']) expect(formatDate(el, bad)).to.equal(bad);
  });
});

describe('i18n: every English and Welsh table has exactly the same keys', () => {
  for (const [name, [en, translations]] of Object.entries(TABLES)) {
    it(`${name}: strings and content`, async () => {
      const cy = await load(translations);
      expect(cy.lang).to.equal('cy');
      expect(Object.keys(cy.strings).sort(), 'strings').to.deep.equal(Object.keys(en).sort());
      expect(Object.keys(cy.content).sort(), 'content').to.deep.equal(Object.keys(ENGLISH_CONTENT[name]!()).sort());
      for (const [key, value] of [...Object.entries(cy.strings), ...Object.entries(cy.content)]) {
        expect(value, key).to.be.a('string');
        // Empty only where the English is empty by design (the quick exit's emergencyPrefix, issue 15).
        if (!(key in en && en[key] === '')) expect(value, key).to.not.equal('');
      }
      // Placeholders survive translation: a Welsh string has the same {names} as the English one.
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const key of Object.keys(en)) expect(names(cy.strings[key]!), key).to.deep.equal(names(en[key]!));
      for (const key of Object.keys(cy.sourced))
        expect(key in cy.strings || key in cy.content, `sourced key ${key}`).to.equal(true);
      expect(cy.reviewed).to.be.a('boolean');
    });
  }
});

// Welsh mutates a name after "yn" ("yng Nghymru a Lloegr", "yn yr Alban", "yng Ngogledd Iwerddon"), so a name
// cannot be dropped in after a fixed "yn": the phrase carries its own preposition (a number, "yn {age} oed", can).
describe('i18n: Welsh grammar around placeholders', () => {
  it('no Welsh string puts a name placeholder right after "yn"', async () => {
    for (const [name, [, translations]] of Object.entries(TABLES)) {
      const cy = await load(translations);
      for (const [key, value] of [...Object.entries(cy.strings), ...Object.entries(cy.content)])
        expect(value.match(/\byn \{(?!age\})\w+\}/g), `${name} ${key}: ${value}`).to.equal(null);
    }
  });
});

/** Names that stay in English on a Welsh page: services, Acts, schemes, products, keys, what a reader must type. */
const PROPER_NAMES = [
  ...HELPLINE_PROPER_NAMES_CY,
  ...LAW_NATION_VALUES.map((n) => DISCLOSURE_SCHEMES[n].name),
  ...LAW_NATION_VALUES.map((n) => DISCLOSURE_SCHEMES[n].nationalForm?.owner ?? ''),
  'Protection from Harassment Act 1997',
  'Stalking Protection Act 2019',
  'Criminal Justice and Licensing (Scotland) Act 2010',
  'Criminal Procedure (Scotland) Act 1995',
  'Domestic Abuse (Scotland) Act 2018',
  'Protection from Stalking Act (Northern Ireland) 2022',
  'Domestic Abuse and Civil Proceedings Act (Northern Ireland) 2021',
  'Domestic Abuse Act 2021',
  'American Journal of Psychiatry',
  'Right to Ask',
  'Right to Know',
  'Power to Tell',
  'Relay UK',
  'Veritas Justice',
  // Browsers, their private modes, their makers and their own menu label (quoted as the reader's screen shows it).
  ...BROWSER_IDS.flatMap((id) => [
    BROWSERS[id].privateMode.name,
    BROWSERS[id].privateHelp?.owner ?? '',
    BROWSERS[id].historyHelp?.owner ?? '',
  ]),
  'History',
  // Titles of English-language pages the guide links to.
  onlineEn['signpost.refuge'],
  onlineEn['signpost.womensAid'],
  onlineEn['signpost.shakti'],
  onlineEn['signpost.womensAidNi'],
].filter(Boolean);
// English words that are not also Welsh words ("help" is both): one of them left in the text means an English sentence.
const ENGLISH =
  /^(the|and|you|your|to|of|is|are|with|this|it|not|be|can|if|when|have|has|from|by|or|for|that|what|they|will|call|open|closed|here|support|show|leave|page|site|press|times|more|days?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow)$/i;

function englishWords(text: string): string[] {
  let t = text;
  for (const name of [...PROPER_NAMES].sort((a, b) => b.length - a.length)) t = t.split(name).join(' ');
  t = t.replace(/\b[\w-]+(\.[\w-]+)+(\/\S*)?/g, ' '); // host names and URLs in source lists
  return t.split(/[^\p{L}'’]+/u).filter((w) => ENGLISH.test(w));
}

/** Every text node and accessible-name attribute in the element's shadow root (hidden panels included). */
function allText(el: Element): string {
  const root = sr(el);
  const attrs = [...root.querySelectorAll('[aria-label],[title],[placeholder],[alt]')].flatMap((n) =>
    ['aria-label', 'title', 'placeholder', 'alt'].map((a) => n.getAttribute(a) ?? ''),
  );
  return [root.textContent ?? '', ...attrs].join('\n');
}

async function expectWelsh(el: Element, state: string, en: Record<string, string>): Promise<void> {
  await stringsReady(el);
  const text = allText(el);
  expect(text.trim(), `${state}: renders`).to.not.equal('');
  expect(englishWords(text), `${state}: English words in "${text.replace(/\s+/g, ' ').slice(0, 4000)}"`).to.deep.equal(
    [],
  );
  // No sentence of the English table appears as it is.
  for (const [key, value] of Object.entries(en)) {
    if (value.split(' ').length >= 3 && !value.includes('{') && !PROPER_NAMES.includes(value))
      expect(text.includes(value), `${state}: English "${key}"`).to.equal(false);
  }
}

describe('i18n: lang="cy" shows no English sentence, in every state of every element', function () {
  this.timeout(30000);

  it('quick exit: both shortcuts, the countdown, the expired message and the overlay', async () => {
    const wrap = await fixture(html`<div lang="cy">
      <safety-quick-exit></safety-quick-exit>
      <safety-quick-exit shortcut="escape"></safety-quick-exit>
      <safety-quick-exit shortcut="none"></safety-quick-exit>
    </div>`);
    for (const el of wrap.querySelectorAll<SafetyQuickExit>('safety-quick-exit')) {
      await expectWelsh(el, `quick exit ${el.shortcut}`, quickExitEn);
      for (const [count, expired] of [
        [1, false],
        [2, false],
        [0, true],
      ] as const) {
        el.shortcutProgress(count, 3, expired, true);
        await el.updateComplete;
        await expectWelsh(el, `quick exit ${el.shortcut} ${count} ${expired}`, quickExitEn);
      }
    }
  });

  it('quick exit: armed and labelled in English at once, then switches to Welsh when its table arrives', async () => {
    const wrap = await fixture(html`<div lang="cy"><safety-quick-exit></safety-quick-exit></div>`);
    const el = wrap.firstElementChild as SafetyQuickExit;
    await stringsReady(el);
    const cy = await load(quickExitTranslations);
    expect(sr(el).querySelector('[part~=button]')!.textContent).to.contain(cy.strings['label']);
    expect(sr(el).querySelector('[part~=button]')!.getAttribute('href')).to.match(/^https:/);
  });

  it('helpline directory: every category, search with no match, open, closed, opens later, bank holiday, compact', async () => {
    // A Wednesday at 10:00 UK time (the National Stalking Helpline opens at 13:00), a Saturday, and a bank holiday.
    const clocks = ['2026-11-25T10:00:00Z', '2026-11-28T12:00:00Z', '2026-12-25T12:00:00Z', '2026-11-24T11:00:00Z'];
    for (const at of clocks) {
      for (const layout of ['list', 'compact']) {
        const wrap = await fixture(
          html`<div lang="cy"><safety-helpline-directory layout=${layout} .clock=${() => new Date(at)}></safety-helpline-directory></div>`,
        );
        const el = wrap.firstElementChild as SafetyHelplineDirectory;
        await expectWelsh(el, `directory ${layout} at ${at}`, helplineEn);
      }
    }
    const wrap = await fixture(html`<div lang="cy"><safety-helpline-directory></safety-helpline-directory></div>`);
    const el = wrap.firstElementChild as SafetyHelplineDirectory;
    await stringsReady(el);
    for (const radio of sr(el).querySelectorAll<HTMLInputElement>('input[type=radio]')) {
      radio.click();
      await el.updateComplete;
      await expectWelsh(el, `category ${radio.value}`, helplineEn);
    }
    const search = sr(el).querySelector<HTMLInputElement>('input[type=search]')!;
    search.value = 'zzzz';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(sr(el).querySelector('[part=empty]')).to.exist;
    await expectWelsh(el, 'no match', helplineEn);
  });

  it('FOUR explainer: every layout and mode, law for every nation, types, ticks and clearing', async () => {
    for (const layout of ['cards', 'accordion', 'compact']) {
      for (const nation of LAW_NATION_VALUES) {
        const wrap = await fixture(
          html`<div lang="cy"><safety-four-explainer layout=${layout} nation=${nation} law types></safety-four-explainer></div>`,
        );
        const el = wrap.firstElementChild as SafetyFourExplainer;
        await expectWelsh(el, `${layout} ${nation}`, fourEn);
        for (const b of sr(el).querySelectorAll<HTMLButtonElement>('button[aria-expanded]')) b.click();
        for (const d of sr(el).querySelectorAll('details')) d.open = true;
        await el.updateComplete;
        await expectWelsh(el, `${layout} ${nation} open`, fourEn);
      }
    }
    const wrap = await fixture(html`<div lang="cy"><safety-four-explainer mode="check"></safety-four-explainer></div>`);
    const el = wrap.firstElementChild as SafetyFourExplainer;
    await expectWelsh(el, 'check, nothing ticked', fourEn);
    const boxes = [...sr(el).querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    boxes[0]!.click();
    await el.updateComplete;
    await expectWelsh(el, 'check, some', fourEn);
    boxes.forEach((b) => !b.checked && b.click());
    await el.updateComplete;
    await expectWelsh(el, 'check, all', fourEn);
    sr(el).querySelector<HTMLButtonElement>('[part=clear]')!.click();
    await el.updateComplete;
    await expectWelsh(el, 'check, cleared', fourEn);
  });

  it("FOUR explainer: each word's English gloss, 'Digroeso (Unwanted)', is marked English for screen readers", async () => {
    const english = ['Fixated', 'Obsessive', 'Unwanted', 'Repeated'];
    for (const [layout, mode] of [
      ['cards', 'explain'],
      ['accordion', 'explain'],
      ['compact', 'explain'],
      ['cards', 'check'],
    ]) {
      const wrap = await fixture(
        html`<div lang="cy"><safety-four-explainer layout=${layout} mode=${mode}></safety-four-explainer></div>`,
      );
      const el = wrap.firstElementChild as SafetyFourExplainer;
      await el.updateComplete;
      await waitUntil(() => sr(el).textContent!.includes('Digroeso'), 'Welsh loaded');
      const glosses = [...sr(el).querySelectorAll('[lang="en"]')].map((n) => n.textContent);
      for (const word of english) expect(glosses, `${layout} ${mode}`).to.include(word);
      // Only the gloss: the Welsh word beside it is not inside it.
      expect(glosses.join(' '), `${layout} ${mode}`).not.to.contain('Digroeso');
    }
  });

  it('checklist: the plan, progress, clearing, and every step of asking to keep ticks', async () => {
    for (const persist of ['', 'session', 'device']) {
      const wrap = await fixture(
        html`<div lang="cy"><safety-checklist persist=${persist} plan-id="i18n-test"></safety-checklist></div>`,
      );
      const el = wrap.firstElementChild as SafetyChecklist;
      try {
        await expectWelsh(el, `persist=${persist}`, checklistEn);
        sr(el).querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
        await el.updateComplete;
        await expectWelsh(el, `persist=${persist} ticked`, checklistEn);
        const remember = sr(el).querySelector<HTMLButtonElement>('[part~=remember-button]');
        // Only the device plan asks first (the session plan is the site's choice, and saves at once).
        expect(Boolean(remember), `persist=${persist}: a remember button`).to.equal(persist === 'device');
        if (remember) {
          remember.click();
          await el.updateComplete;
          await expectWelsh(el, `persist=${persist} asking`, checklistEn);
          sr(el).querySelector<HTMLButtonElement>('[part~=confirm-button]')!.click();
          await el.updateComplete;
          await expectWelsh(el, `persist=${persist} saving`, checklistEn);
        }
        sr(el).querySelector<HTMLButtonElement>('[part~=clear-button]')!.click();
        await el.updateComplete;
        await expectWelsh(el, `persist=${persist} cleared`, checklistEn);
      } finally {
        el.clear();
      }
    }
  });

  it("Clare's Law: every nation, asking about a partner or someone else, with and without a force's form", async () => {
    for (const nation of LAW_NATION_VALUES) {
      for (const about of ['', 'partner', 'other']) {
        for (const href of ['', 'https://www.example.police.uk/form']) {
          const wrap = await fixture(
            html`<div lang="cy"><safety-clares-law nation=${nation} asking-about=${about} apply-href=${href}></safety-clares-law></div>`,
          );
          const el = wrap.firstElementChild as SafetyClaresLaw;
          await stringsReady(el);
          for (const b of sr(el).querySelectorAll<HTMLButtonElement>('button[aria-expanded]')) b.click();
          for (const d of sr(el).querySelectorAll('details')) d.open = true;
          await el.updateComplete;
          await expectWelsh(el, `${nation} ${about} ${href}`, claresEn);
        }
      }
      const wrap = await fixture(html`<div lang="cy"><safety-clares-law nation=${nation}></safety-clares-law></div>`);
      const el = wrap.firstElementChild as SafetyClaresLaw;
      await stringsReady(el);
      sr(el).querySelector<HTMLInputElement>('input[value=other]')!.click();
      await el.updateComplete;
      await expectWelsh(el, `${nation} chose other (status message)`, claresEn);
    }
  });

  it('online safety: every browser, no browser detected, with and without a quick exit on the page', async () => {
    for (const withExit of [false, true]) {
      for (const browser of ['', 'general', ...BROWSER_IDS]) {
        const wrap = await fixture(html`<div lang="cy">
          ${withExit ? html`<safety-quick-exit></safety-quick-exit>` : ''}
          <safety-online-safety browser=${browser}></safety-online-safety>
        </div>`);
        const el = wrap.querySelector('safety-online-safety') as SafetyOnlineSafety;
        await stringsReady(el);
        if (withExit) await stringsReady(wrap.querySelector('safety-quick-exit')!);
        el.requestUpdate();
        await expectWelsh(el, `online safety browser=${browser} quick exit=${withExit}`, onlineEn);
      }
    }
  });

  it('the scan itself finds English: the same elements in English fail it', async () => {
    const el = await fixture<SafetyChecklist>(html`<safety-checklist lang="en"></safety-checklist>`);
    expect(englishWords(allText(el))).to.not.deep.equal([]);
  });
});

describe('i18n: loading', () => {
  it('a translation that cannot be loaded (offline, blocked) gives English, with one warning, never a blank element', async () => {
    class FailingHost extends LitElement {
      i18n = new LangController(this, { hello: 'Hello' }, { cy: () => Promise.reject(new Error('offline')) });
      override render() {
        return this.i18n.render(() => html`<p>${this.i18n.merged()['hello']}</p>`);
      }
    }
    customElements.define('i18n-failing-host', FailingHost);
    let el!: FailingHost;
    const warnings = await captureWarningsAsync(async () => {
      const wrap = await fixture(html`<div lang="cy"><i18n-failing-host></i18n-failing-host></div>`);
      el = wrap.firstElementChild as FailingHost;
      await stringsReady(el);
    });
    expect(sr(el).textContent).to.contain('Hello');
    expect(warnings.filter((w) => w.includes('offline'))).to.have.length(1);
  });

  it('the Welsh directory shows Live Fear Free as "Byw Heb Ofn", found by its Welsh or its English name', async () => {
    const wrap = await fixture(html`<div lang="cy"><safety-helpline-directory></safety-helpline-directory></div>`);
    const el = wrap.firstElementChild as SafetyHelplineDirectory;
    await stringsReady(el);
    const cy = await load(helplineTr);
    const welshName = cy.content['helpline.live-fear-free.name']!;
    expect(welshName).to.equal('Byw Heb Ofn');
    const search = sr(el).querySelector<HTMLInputElement>('input[type=search]')!;
    for (const query of [welshName, helplineById('live-fear-free')!.name]) {
      search.value = query;
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      const shown = [...sr(el).querySelectorAll('[part=card]:not([hidden]) [part=name]')].map((n) =>
        n.textContent!.trim(),
      );
      expect(shown, query).to.deep.equal([welshName]);
    }
  });

  it('a Welsh page never shows English first: nothing text-bearing renders until the table has loaded', async () => {
    const seen: string[] = [];
    const wrap = document.createElement('div');
    wrap.lang = 'cy';
    const el = document.createElement('safety-four-explainer') as SafetyFourExplainer;
    wrap.append(el);
    // Record every render's text from the first one on.
    const mo = new MutationObserver(() => seen.push(sr(el).textContent ?? ''));
    document.body.append(wrap);
    await el.updateComplete;
    seen.push(sr(el).textContent ?? '');
    mo.observe(sr(el), { childList: true, subtree: true, characterData: true });
    await stringsReady(el);
    mo.disconnect();
    seen.push(sr(el).textContent ?? '');
    wrap.remove();
    for (const text of seen) expect(text, 'a render showed English').to.not.contain(fourEn.heading);
    expect(seen.at(-1)).to.contain((await load(fourTr)).strings['heading']);
  });

  it('follows a change of lang on an ancestor', async () => {
    const wrap = await fixture(html`<div lang="en"><safety-checklist></safety-checklist></div>`);
    const el = wrap.firstElementChild as SafetyChecklist;
    expect(sr(el).textContent).to.contain(checklistEn.heading);
    wrap.setAttribute('lang', 'cy');
    const cy = await load(checklistTr);
    await waitUntil(() => sr(el).textContent!.includes(cy.strings['heading']!), 'switched to Welsh');
    wrap.setAttribute('lang', 'en-GB');
    await waitUntil(() => sr(el).textContent!.includes(checklistEn.heading), 'switched back to English');
  });

  it('an English page requests no translation module', async () => {
    const before = performance.getEntriesByType('resource').length;
    const el = await fixture(
      html`<div lang="en-GB"><safety-helpline-directory></safety-helpline-directory><safety-checklist></safety-checklist></div>`,
    );
    await (el.firstElementChild as SafetyHelplineDirectory).updateComplete;
    const after = performance
      .getEntriesByType('resource')
      .slice(before)
      .map((e) => e.name);
    expect(after.filter((n) => /\.cy\./.test(n))).to.deep.equal([]);
  });
});

/**
 * A Welsh page in a 320 CSS px wide frame: a phone's width, and a 1280 px window at 400% zoom (WCAG 1.4.10).
 * A frame works in every engine, including WebKit's WebDriver runner, which cannot resize the window.
 */
async function welshFrame(width: number, dir?: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 640px; border: 0`;
  frame.src = '/test/fixtures/welsh-320.html';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  if (dir) win.document.documentElement.dir = dir;
  for (const tag of [
    'safety-quick-exit',
    'safety-helpline-directory',
    'safety-four-explainer',
    'safety-checklist',
    'safety-clares-law',
    'safety-online-safety',
  ]) {
    await win.customElements.whenDefined(tag);
  }
  const els = [...win.document.body.children].filter((e) => e.localName.startsWith('safety-'));
  // The frame has its own copy of the library: wait until every element shows Welsh text.
  await waitUntil(() => els.every((e) => (e.shadowRoot?.textContent ?? '').trim() !== ''), 'every element rendered', {
    timeout: 10000,
  });
  // Open every disclosure, so that the longest Welsh is laid out.
  for (const el of els)
    for (const b of el.shadowRoot!.querySelectorAll<HTMLElement>('button[aria-expanded="false"]')) b.click();
  for (const el of els) for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
  await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
  return frame;
}

describe('i18n: Welsh layout', function () {
  this.timeout(30000);

  it('fits 320 CSS px (400% zoom) with no sideways scrolling and no clipped button or label, in every element', async () => {
    const frame = await welshFrame(320);
    try {
      const doc = frame.contentDocument!;
      expect(doc.documentElement.textContent).to.not.equal('');
      expect(doc.documentElement.scrollWidth, 'page scrolls sideways').to.be.at.most(doc.documentElement.clientWidth);
      const els = [...doc.body.children].filter((e) => e.localName.startsWith('safety-'));
      expect(sr(els[0]!).textContent).to.contain('Gadael y dudalen hon');
      for (const el of els) {
        const box = el.getBoundingClientRect();
        expect(box.right, `${el.localName} right edge`).to.be.at.most(doc.documentElement.clientWidth + 0.5);
        for (const n of sr(el).querySelectorAll<HTMLElement>(
          'button, a, label, summary, legend, h1, h2, h3, h4, h5, h6, p, li, [part]',
        )) {
          if (!n.getClientRects().length) continue; // hidden
          const what = `${el.localName} ${n.localName}.${n.className} "${(n.textContent ?? '').trim().slice(0, 40)}"`;
          const r = n.getBoundingClientRect();
          expect(r.right, `${what} overflows the page`).to.be.at.most(doc.documentElement.clientWidth + 0.5);
          expect(r.left, `${what} starts off the page`).to.be.at.least(-0.5);
          const style = frame.contentWindow!.getComputedStyle(n);
          if (n.matches('button, a[role=button], label, summary') && style.overflowX !== 'visible') {
            expect(n.scrollWidth, `${what} text clipped`).to.be.at.most(n.clientWidth + 1);
          }
        }
      }
    } finally {
      frame.remove();
    }
  });

  it('right to left: the checklist lays out from the right edge (logical properties) and still fits 320 px', async () => {
    const frame = await welshFrame(320, 'rtl');
    try {
      const doc = frame.contentDocument!;
      const el = doc.querySelector('safety-checklist')!;
      // The page's direction does not reach in (the text is Welsh, left to right); the element's own dir does.
      const inPage = sr(el).querySelector('input[type=checkbox]')!.getBoundingClientRect();
      expect(inPage.left, 'in a right-to-left page, still left to right').to.be.lessThan(
        sr(el).querySelector('label[part~=label]')!.getBoundingClientRect().left,
      );
      el.setAttribute('dir', 'rtl');
      const box = sr(el).querySelector('input[type=checkbox]')!.getBoundingClientRect();
      const label = sr(el).querySelector('label[part~=label]')!.getBoundingClientRect();
      // Right to left, the box comes first on the right, and its label runs to its left.
      expect(box.left, 'checkbox is right of its label').to.be.greaterThan(label.left);
      expect(doc.documentElement.scrollWidth).to.be.at.most(doc.documentElement.clientWidth);
      for (const n of sr(el).querySelectorAll('button, label, p')) {
        if (!n.getClientRects().length) continue;
        expect(n.getBoundingClientRect().right, n.textContent!).to.be.at.most(doc.documentElement.clientWidth + 0.5);
        expect(n.getBoundingClientRect().left, n.textContent!).to.be.at.least(-0.5);
      }
      // The same element left to right puts the box on the left: the test can fail.
      el.setAttribute('dir', 'ltr');
      const ltrBox = sr(el).querySelector('input[type=checkbox]')!.getBoundingClientRect();
      const ltrLabel = sr(el).querySelector('label[part~=label]')!.getBoundingClientRect();
      expect(ltrBox.left).to.be.lessThan(ltrLabel.left);
    } finally {
      frame.remove();
    }
  });
});
