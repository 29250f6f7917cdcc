import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/components/clares-law/safety-clares-law.js';
import type { SafetyClaresLaw } from '../src/components/clares-law/clares-law.component.js';
import { DISCLOSURE_SCHEMES, schemeEvidence } from '../src/data/disclosure-schemes.js';
import { LAW_NATION_VALUES } from '../src/internal/nation.js';
import { helplineById } from '../src/data/helplines.js';
import { telHref } from '../src/internal/phone.js';
import { stringsReady } from '../src/internal/strings.js';
import { captureWarningsAsync } from './support/console.js';
import { expectNoRequestsSince } from './support/requests.js';

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => root(el).querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...root(el).querySelectorAll<T>(sel)];
/** Text a reader can get at, whitespace collapsed (panels included even when closed). */
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** A section: the shared disclosure, a native <details id=…> with its summary (part toggle) and panel. */
const section = (el: Element, id: string) => $<HTMLDetailsElement>(el, `details#${id}`)!;
const panel = (el: Element, id: string) => $(el, `details#${id} > [part~="panel"]`)!;
const toggle = (el: Element, id: string) => $(el, `details#${id} > summary[part~="toggle"]`)!;
const isWebKit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Chromium/.test(navigator.userAgent);

async function render(t = html`<safety-clares-law></safety-clares-law>`) {
  const el = await fixture<SafetyClaresLaw>(t);
  await el.updateComplete;
  return el;
}

async function openAll(el: SafetyClaresLaw) {
  for (const d of $$<HTMLDetailsElement>(el, 'details[part~="disclosure"]'))
    if (!d.open) d.querySelector<HTMLElement>('summary')!.click();
  await el.updateComplete;
}

describe('<safety-clares-law> data', () => {
  it('gives every fact a source URL and a verification date', () => {
    for (const nation of LAW_NATION_VALUES) {
      const s = DISCLOSURE_SCHEMES[nation];
      const facts = schemeEvidence(s);
      // Everything the scheme type can hold is listed (a new field must get evidence too).
      const listed = new Set(facts.map(([name]) => name.split(':')[0]));
      for (const key of Object.keys(s))
        if (!['nation', 'name', 'abbr', 'helplines', 'steps', 'disclosure'].includes(key))
          expect(listed, key).to.include(key);
      expect(facts.filter(([n]) => n.startsWith('step:'))).to.have.length(s.steps.length);
      for (const [name, f] of facts) {
        expect(f.source, `${nation} ${name} source`).to.match(/^https:\/\/[^/]+\.[a-z]+\//);
        expect(f.verifiedOn, `${nation} ${name} verifiedOn`).to.match(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('ships 28 days for England and Wales with the April 2023 guidance as source, flagged for the pre-release check', () => {
    const t = DISCLOSURE_SCHEMES['england-wales'].timescale!;
    expect(t.days).to.equal(28);
    expect(t.source).to.contain('gov.uk/government/publications/domestic-violence-disclosure-scheme');
    expect(t.preReleaseCheck).to.match(/PRE-RELEASE CHECK/);
  });

  it('has no central police.uk form (UNCONFIRMED) and no IDVA claim', async () => {
    const s = DISCLOSURE_SCHEMES['england-wales'];
    expect(s.nationalForm).to.equal(undefined);
    expect(s.routes.ways).to.not.include('national-online-form');
    const el = await render();
    await openAll(el);
    expect(text(root(el))).to.not.match(/IDVA|Independent Domestic Violence Adviser|police\.uk form/);
  });
});

describe('<safety-clares-law> England and Wales (default)', () => {
  it('renders the scheme, 999, the guided question, 101 and the national helplines', async () => {
    const el = await render();
    expect(el.nation).to.equal('england-wales');
    const h = $(el, '[part="heading"]')!;
    expect(h.tagName).to.equal('H2');
    expect(text(h)).to.equal("Asking the police about a partner's past");
    const intro = text($(el, '[part="intro"]'));
    expect(intro).to.contain("Domestic Violence Disclosure Scheme (DVDS), often called Clare's Law");
    expect(intro).to.contain('since March 2014');
    expect(text(root(el))).to.contain('Since 5 April 2023, every police force must have regard');
    expect($<HTMLAnchorElement>(el, '[part="emergency"] a')!.getAttribute('href')).to.equal('tel:999');
    expect($$<HTMLInputElement>(el, 'input[type="radio"]').map((r) => r.checked)).to.deep.equal([false, false]);
    expect(text($(el, '[part="legend"]'))).to.equal('Who are you asking about?');
    expect($$(el, '[part="option"]').map(text)).to.deep.equal([
      'My partner or ex-partner',
      "A family member's or friend's partner",
    ]);
    // Sections start closed.
    for (const id of ['who', 'how', 'steps', 'told', 'sources']) {
      expect(section(el, id).open, id).to.equal(false);
      expect(panel(el, id).checkVisibility(), id).to.equal(false);
    }
    // No apply-href: 101 and the national route.
    const apply = $(el, '[part="apply"]')!;
    expect($(el, '[part="apply-link"]')).to.equal(null);
    expect(text(apply)).to.contain('Call 101 and ask the police about the Domestic Violence Disclosure Scheme.');
    expect(text(apply)).to.contain('police station');
    expect(apply.querySelector('a')!.getAttribute('href')).to.equal('tel:101');
    // Helplines for the nation, from the helpline data.
    const lines = $$(el, '[part="helpline"]');
    // Issue 14: the National Domestic Abuse Helpline is for women (England), with the Men's Advice Line beside it.
    const ids = DISCLOSURE_SCHEMES['england-wales'].helplines;
    expect(ids.slice(0, 2)).to.deep.equal(['national-domestic-abuse-helpline', 'mens-advice-line']);
    expect(lines.map((l) => l.querySelector('strong')!.textContent)).to.deep.equal(
      ids.map((id) => helplineById(id)!.name),
    );
    expect(lines.map((l) => l.querySelector('a')!.getAttribute('href'))).to.deep.equal(
      ids.map((id) => telHref(helplineById(id)!.phones![0]!.number)),
    );
    expect(text(lines[0])).to.match(
      /^In England: National Domestic Abuse Helpline \(for women, and for family and friends calling for them\)/,
    );
    expect(text(lines[0])).to.not.contain('anyone');
    expect(text(lines[1])).to.contain('(for men)');
    expect(text(lines[2])).to.match(/^In Wales: Live Fear Free/);
    await expect(el).to.be.accessible();
  });

  it('explains who can ask, how, the steps, the 28-day target and who is told', async () => {
    const el = await render();
    await openAll(el);
    expect(text(panel(el, 'who'))).to.contain(
      'Right to Ask: you can ask about your own partner or ex-partner. A family member, friend or neighbour',
    );
    expect(text(panel(el, 'who'))).to.contain('Right to Know: the police can also decide for themselves');
    expect($$(el, 'details#how > [part~="panel"] li').map(text)).to.deep.equal([
      'Call 101, the police non-emergency number',
      'Go to a police station',
      'Speak to any police officer',
      "Use your police force's online form, if it has one",
    ]);
    const steps = $$(el, '[part="step"]').map(text);
    expect(steps).to.have.length(6);
    expect(steps[0]).to.contain('safe way to contact you');
    expect(steps[2]).to.contain('face to face');
    expect(steps[4]).to.contain('lawful, necessary and proportionate');
    expect(text($(el, '[part="timescale"]'))).to.equal('The current guidance sets a target of 28 days for this.');
    expect(text(root(el))).to.not.contain('35 days');
    const told = text(panel(el, 'told'));
    expect(told).to.contain('the person at risk, or whoever is best placed to protect them');
    expect(told).to.contain('in person, with no written copy');
    expect(told).to.contain('convictions, cautions or reprimands');
    expect(told).to.contain('A safety plan is offered');
    await expect(el).to.be.accessible();
  });

  it('takes the numbers it shows from the data file', async () => {
    const t = DISCLOSURE_SCHEMES['england-wales'].timescale as { days: number };
    const before = t.days;
    try {
      t.days = 99;
      const el = await render();
      expect(text($(el, '[part="timescale"]'))).to.contain('99 days');
    } finally {
      t.days = before;
    }
  });
});

describe('<safety-clares-law> Scotland', () => {
  it('shows DSDAS: Right to Ask, Power to Tell, 45 days, the Police Scotland form and Scotland’s helpline', async () => {
    const el = await render(html`<safety-clares-law nation="scotland"></safety-clares-law>`);
    await openAll(el);
    const all = text(root(el));
    expect(all).to.contain('Disclosure Scheme for Domestic Abuse Scotland (DSDAS)');
    expect(all).to.contain('since 1 October 2015');
    expect(all).to.not.contain('Clare');
    expect(text(panel(el, 'who'))).to.contain('Family, friends, colleagues or neighbours');
    expect(text(panel(el, 'who'))).to.contain('Power to Tell: professionals can also ask for a disclosure to be made.');
    expect(text(panel(el, 'who'))).to.not.contain('ex-partner');
    expect($$(el, '[part="option"]').map(text)[0]).to.equal('My partner');
    expect(text($(el, '[part="timescale"]'))).to.equal('Applications are processed within 45 days or sooner.');
    // What the reference does not confirm for Scotland is not shown as Scotland's.
    expect(panel(el, 'told')).to.equal(null);
    expect(all).to.not.contain('28 days');
    const apply = $(el, '[part="apply"]')!;
    // Issue 14: the form's own address is unconfirmed, so the link is Police Scotland's page and its text says where the form is.
    expect([...apply.querySelectorAll('p')].map(text)).to.deep.equal([
      "Find the Right to Ask form on Police Scotland's domestic abuse advice page",
      'Or call 101.',
    ]);
    const [form, phone] = [...apply.querySelectorAll('a')];
    expect(form!.getAttribute('part')).to.equal('apply-link');
    expect(form!.href).to.equal(DISCLOSURE_SCHEMES.scotland.nationalForm!.url);
    expect(new URL(form!.href).pathname).to.not.equal('/');
    expect(text(panel(el, 'how'))).to.contain(
      "Apply online with the Right to Ask form, which is linked from Police Scotland's domestic abuse advice page",
    );
    expect(form!.rel).to.equal('noreferrer');
    expect(phone!.getAttribute('href')).to.equal('tel:101');
    const lines = $$(el, '[part="helpline"]');
    expect(lines).to.have.length(1);
    expect(lines[0]!.querySelector('a')!.getAttribute('href')).to.equal('tel:+448000271234');
    await expect(el).to.be.accessible();
  });
});

describe('<safety-clares-law> Northern Ireland', () => {
  it('shows DVADS: 16 or over, the online form, photo ID and Northern Ireland’s helpline', async () => {
    const el = await render(html`<safety-clares-law nation="northern-ireland"></safety-clares-law>`);
    await openAll(el);
    const all = text(root(el));
    expect(all).to.contain('Domestic Violence and Abuse Disclosure Scheme (DVADS)');
    expect(all).to.contain('since 26 March 2018');
    expect(text(panel(el, 'who'))).to.contain(
      'You must be 16 or over to apply, and the person at risk must live in Northern Ireland.',
    );
    expect(text(panel(el, 'who'))).to.contain('Power to Tell');
    expect($$(el, 'details#how > [part~="panel"] li').map(text)).to.deep.equal(['Apply online on the PSNI website']);
    expect($<HTMLAnchorElement>(el, 'details#how > [part~="panel"] a')!.href).to.equal(
      'https://www.psni.police.uk/crime/domestic-abuse/dvads/',
    );
    // Issue 14: the meeting is asked for only when you are not in immediate danger but the police have a concern.
    expect($$(el, '[part="step"]').map(text)).to.deep.equal([
      'You apply with the online form.',
      'If you are not in immediate danger but the police have a concern, they ask to meet you, and ask for photo ID.',
    ]);
    expect($(el, '[part="timescale"]')).to.equal(null);
    expect(panel(el, 'told')).to.equal(null);
    expect([...$(el, '[part="apply"]')!.querySelectorAll('p')].map(text)).to.deep.equal([
      'Apply online on the PSNI website',
      'To talk to the police, call 101.',
    ]);
    expect($<HTMLAnchorElement>(el, '[part="apply-link"]')!.href).to.equal(
      'https://www.psni.police.uk/crime/domestic-abuse/dvads/',
    );
    const lines = $$(el, '[part="helpline"]');
    // Applicants must be 16 or over: Childline (up to 19) is beside the adult line.
    const ids = DISCLOSURE_SCHEMES['northern-ireland'].helplines;
    expect(ids).to.include('childline');
    expect(lines.map((l) => l.querySelector('a')!.getAttribute('href'))).to.deep.equal(
      ids.map((id) => telHref(helplineById(id)!.phones![0]!.number)),
    );
    expect(text(lines[1])).to.contain('Childline').and.contain('(for children and young people up to 19)');
    await expect(el).to.be.accessible();
  });
});

describe('<safety-clares-law> guided path', () => {
  it('asking about my partner: keyboard choice tailors the steps and who is told', async () => {
    const el = await render();
    $<HTMLAnchorElement>(el, '[part="emergency"] a')!.focus();
    await sendKeys({ press: 'Tab' });
    const radios = $$<HTMLInputElement>(el, 'input[type="radio"]');
    expect(root(el).activeElement).to.equal(radios[0]);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(radios[0]!.checked).to.equal(true);
    expect(el.askingAbout).to.equal('partner');
    expect(el.getAttribute('asking-about')).to.equal('partner');
    // Choosing opens the sections whose wording changed, and says so to screen readers.
    expect(section(el, 'steps').open).to.equal(true);
    expect(section(el, 'told').open).to.equal(true);
    expect(section(el, 'who').open, 'the others stay as they were').to.equal(false);
    expect(text($(el, '[role="status"]'))).to.equal('The steps below now describe asking about your own partner.');
    expect(text($$(el, '[part="step"]').at(-1))).to.equal(
      'If they decide to tell, you, or whoever is best placed to protect you, are told in person.',
    );
    expect(text(panel(el, 'told'))).to.contain('they tell you, or whoever is best placed to protect you');
    expect(text(panel(el, 'told'))).to.contain('You must keep what you are told confidential.');
    expect(text(panel(el, 'who'))).to.contain('Right to Ask: you can ask about your partner or ex-partner.');
    await expect(el).to.be.accessible();
  });

  it('asking about a friend’s partner: arrow keys switch, and the applicant is usually not told', async () => {
    const el = await render(html`<safety-clares-law asking-about="partner"></safety-clares-law>`);
    const radios = $$<HTMLInputElement>(el, 'input[type="radio"]');
    expect(radios[0]!.checked).to.equal(true);
    radios[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(radios[1]!.checked).to.equal(true);
    expect(el.getAttribute('asking-about')).to.equal('other');
    expect(text($(el, '[role="status"]'))).to.equal(
      "The steps below now describe asking about someone else's partner.",
    );
    expect(text($$(el, '[part="step"]').at(-1))).to.contain('You will usually not be told what was found.');
    expect(text(panel(el, 'told'))).to.contain('As the person who asked, you will usually not be told.');
    // Issue 14: the police aim to keep who applied confidential; it is not promised.
    expect(text(panel(el, 'told'))).to.contain(
      'The police aim to keep who applied confidential, but cannot promise it.',
    );
    expect(text(panel(el, 'told'))).to.not.contain('They are not told who applied.');
    expect(text(panel(el, 'told'))).to.contain('The person at risk is offered a safety plan.');
    expect(text(panel(el, 'who'))).to.contain(
      'as a family member, friend or neighbour, you can ask about the partner or ex-partner',
    );
    await expect(el).to.be.accessible();
  });

  // Reference section 2: "Who receives it: the person at risk, or whoever is best placed to protect them".
  it('the last step never says the person at risk (or the reader) is surely the one told, in English or Welsh', async () => {
    const cy = (await import('../src/components/clares-law/clares-law.strings.cy.js')).default.strings;
    for (const path of ['', 'partner', 'other']) {
      const el = await render(html`<safety-clares-law asking-about=${path}></safety-clares-law>`);
      const last = text($$(el, '[part="step"]').at(-1));
      expect(last, path || 'default').to.contain(
        `or whoever is best placed to protect ${path === 'partner' ? 'you' : 'them'}`,
      );
      expect(last, path || 'default').to.match(/told in person/);
      const key = path ? `step.outcome.${path}` : 'step.outcome';
      expect(cy[key as 'step.outcome'], `cy ${key}`).to.contain('bwy bynnag sydd yn y sefyllfa orau');
    }
  });

  it('tailors the Right to Ask wording in Scotland and Northern Ireland too', async () => {
    const scot = await render(html`<safety-clares-law nation="scotland" asking-about="other"></safety-clares-law>`);
    expect(text(panel(scot, 'who'))).to.contain('as a family member, friend, colleague or neighbour');
    await openAll(scot);
    await expect(scot).to.be.accessible();
    const ni = await render(
      html`<safety-clares-law nation="northern-ireland" asking-about="partner"></safety-clares-law>`,
    );
    expect(text(panel(ni, 'who'))).to.contain('Right to Ask: you can ask about your partner.');
    expect(text(panel(ni, 'who'))).to.not.contain('Someone who knows');
    await openAll(ni);
    await expect(ni).to.be.accessible();
  });
});

describe('<safety-clares-law> leaving the page', () => {
  it('pagehide forgets the reader\'s answer ("my partner") and what it opened: Back shows the page as the site set it', async () => {
    for (const site of ['', 'other'] as const) {
      const el = await render(html`<safety-clares-law asking-about=${site}></safety-clares-law>`);
      const radios = $$<HTMLInputElement>(el, 'input[type="radio"]');
      radios[0]!.click();
      await el.updateComplete;
      expect(el.askingAbout).to.equal('partner');
      expect(section(el, 'told').open).to.equal(true);
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      await el.updateComplete;
      expect(el.askingAbout, `site value "${site}"`).to.equal(site);
      expect(radios[0]!.checked).to.equal(false);
      expect(radios[1]!.checked).to.equal(site === 'other');
      expect(section(el, 'told').open).to.equal(false);
      expect(text($(el, '[role="status"]'))).to.equal('');
    }
  });

  it('a site that sets asking-about after the reader answered keeps its own value through pagehide', async () => {
    const el = await render(html`<safety-clares-law asking-about="other"></safety-clares-law>`);
    $$<HTMLInputElement>(el, 'input[type="radio"]')[0]!.click();
    await el.updateComplete;
    expect(el.askingAbout).to.equal('partner');
    el.askingAbout = '';
    await el.updateComplete;
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await el.updateComplete;
    expect(el.askingAbout, "the site's latest, not its first").to.equal('');
  });

  it("with no answer from the reader, pagehide leaves the site's answer and the open sections as they are", async () => {
    const el = await render(html`<safety-clares-law asking-about="partner"></safety-clares-law>`);
    section(el, 'who').open = true;
    await waitUntil(() => section(el, 'who').open);
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await el.updateComplete;
    expect(el.askingAbout).to.equal('partner');
    expect(section(el, 'who').open).to.equal(true);
  });
});

describe('<safety-clares-law> sections (accordion)', () => {
  it('each section is the shared native disclosure: a summary that opens and closes with a click, Enter and Space', async () => {
    const el = await render();
    const d = section(el, 'how');
    const summary = toggle(el, 'how');
    expect(d.getAttribute('part')).to.equal('disclosure');
    expect(summary.parentElement === d, "the summary is the details' own").to.equal(true);
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => d.open, 'Enter opens it');
    expect(panel(el, 'how').checkVisibility()).to.equal(true);
    expect(panel(el, 'how').getBoundingClientRect().height).to.be.greaterThan(0);
    await sendKeys({ press: ' ' });
    await waitUntil(() => !d.open, 'Space closes it');
    expect(panel(el, 'how').checkVisibility()).to.equal(false);
    summary.click();
    expect(d.open, 'a click opens it').to.equal(true);
    // The element's state follows the reader: a re-render (choosing an answer) keeps it open.
    await nextFrame();
    $<HTMLInputElement>(el, 'input[value="other"]')!.click();
    await el.updateComplete;
    expect(d.open).to.equal(true);
    // Section headings are real headings one level below the element's heading, inside the summary.
    expect(summary.querySelector('[part~="disclosure-heading"]')!.tagName).to.equal('H3');
  });

  it('opens every section for printing and restores them afterwards', async () => {
    const el = await render();
    toggle(el, 'who').click();
    await el.updateComplete;
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    for (const id of ['who', 'how', 'steps', 'told', 'sources']) expect(section(el, id).open, id).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(section(el, 'who').open).to.equal(true);
    expect(section(el, 'how').open).to.equal(false);
    await nextFrame();
    await el.updateComplete;
    expect(section(el, 'how').open, 'still closed once the toggle events have run').to.equal(false);
  });

  it('shows closed sections in print styles even without the beforeprint event (where ::details-content is known)', async () => {
    const el = await render();
    const sheet = (el.constructor as typeof SafetyClaresLaw).styles;
    const cssText = [sheet]
      .flat(3)
      .map((s) => (s as unknown as { cssText: string }).cssText)
      .join('\n');
    expect(cssText).to.match(
      /@media print\s*\{[^@]*\.disclosure::details-content\s*\{\s*content-visibility:\s*visible;\s*display:\s*block;/,
    );
  });
});

describe('<safety-clares-law> apply-href, apply-label and force-name', () => {
  it('points the call to action at the local force’s form', async () => {
    const el = await render(
      html`<safety-clares-law apply-href="https://www.example.police.uk/clares-law" force-name="Example Police"></safety-clares-law>`,
    );
    const link = $<HTMLAnchorElement>(el, '[part="apply-link"]')!;
    expect(link.href).to.equal('https://www.example.police.uk/clares-law');
    expect(link.rel).to.equal('noreferrer');
    expect(text(link)).to.equal('Apply online to Example Police');
    expect(text($(el, '[part="apply"]'))).to.contain('Or call 101.');
    // The route list links to the same form.
    expect($<HTMLAnchorElement>(el, 'details#how > [part~="panel"] a[href^="https"]')!.href).to.equal(
      'https://www.example.police.uk/clares-law',
    );
    el.applyLabel = 'Start your Clare’s Law application';
    await el.updateComplete;
    // Issue 14: force-name stays in the call to action when the site sets its own label.
    expect(text($(el, '[part="apply-link"]'))).to.equal('Start your Clare’s Law application (Example Police)');
    el.applyLabel = 'Apply to Example Police online';
    await el.updateComplete;
    expect(text($(el, '[part="apply-link"]'))).to.equal('Apply to Example Police online');
    await expect(el).to.be.accessible();
  });

  it('personalises the 101 route with force-name when there is no form', async () => {
    const el = await render(html`<safety-clares-law force-name="Example Police"></safety-clares-law>`);
    expect(text($(el, '[part="apply"]'))).to.contain(
      'Call 101 and ask Example Police about the Domestic Violence Disclosure Scheme.',
    );
  });

  // Welsh joins "i" (to) with "yr" (the) and "eich" (your): "gofynnwch i'r heddlu", "i'ch heddlu"; never before
  // a force's name. The sentence with the police unnamed was built as "gofynnwch i {police}" with "yr heddlu".
  it('in Welsh, "to the police" and "to your force" read correctly, with and without force-name, in every nation', async () => {
    const cases = [
      ['', ''],
      ['', 'https://www.example.police.uk/clares-law'],
      ['Heddlu Dyfed-Powys', ''],
      ['Heddlu Dyfed-Powys', 'https://www.example.police.uk/clares-law'],
    ];
    const seen: string[] = [];
    for (const nation of LAW_NATION_VALUES)
      for (const [force, href] of cases) {
        const wrap = await fixture(
          html`<div lang="cy"><safety-clares-law nation=${nation} force-name=${force!} apply-href=${href!}></safety-clares-law></div>`,
        );
        const el = wrap.firstElementChild as SafetyClaresLaw;
        await stringsReady(el);
        await openAll(el);
        const all = text(root(el));
        expect(all, `${nation} ${force} ${href}`).not.to.match(/\bi (yr|y|eich|ei|ein) /i);
        seen.push(all);
      }
    const ew = seen.slice(0, 4);
    expect(ew[0]).to.contain("gofynnwch i'r heddlu am y");
    expect(ew[1]).to.contain("Gwneud cais ar-lein i'ch heddlu");
    expect(ew[2]).to.contain('gofynnwch i Heddlu Dyfed-Powys am y');
    expect(ew[3]).to.contain('Gwneud cais ar-lein i Heddlu Dyfed-Powys');
    // Scotland's form is linked from a page: "o" mutates it ("o dudalen"), as "yn" mutates a nation.
    expect(seen[4]).to.contain('sydd â dolen iddi o dudalen cyngor');
  });

  for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'tel:101', 'https://exa mple.org:99999/']) {
    it(`refuses apply-href ${JSON.stringify(bad)} with one warning and falls back to 101`, async () => {
      let el!: SafetyClaresLaw;
      const warnings = await captureWarningsAsync(async () => {
        el = await render(html`<safety-clares-law apply-href=${bad}></safety-clares-law>`);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<safety-clares-law> apply-href');
      expect($(el, '[part="apply-link"]')).to.equal(null);
      expect(text($(el, '[part="apply"]'))).to.contain('Call 101 and ask the police');
      for (const a of $$<HTMLAnchorElement>(el, 'a')) expect(a.getAttribute('href')).to.match(/^(https:|tel:)/);
    });
  }
});

describe('<safety-clares-law> bad input', () => {
  it('an unknown nation warns once and shows England and Wales', async () => {
    let el!: SafetyClaresLaw;
    const warnings = await captureWarningsAsync(async () => {
      el = await render(html`<safety-clares-law nation="wales-and-england-nonsense"></safety-clares-law>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('nation "wales-and-england-nonsense"');
    expect(text($(el, '[part="intro"]'))).to.contain('Domestic Violence Disclosure Scheme');
  });

  it('an unknown asking-about warns once and shows the general wording', async () => {
    let el!: SafetyClaresLaw;
    const warnings = await captureWarningsAsync(async () => {
      el = await render(html`<safety-clares-law asking-about="myself-xyz"></safety-clares-law>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('asking-about="myself-xyz"').and.contain('partner, other');
    expect($$<HTMLInputElement>(el, 'input[type="radio"]').some((r) => r.checked)).to.equal(false);
    expect(text(panel(el, 'who'))).to.contain('A family member, friend or neighbour can also ask');
  });

  it('a strings attribute that is not JSON warns once and keeps the defaults', async () => {
    let el!: SafetyClaresLaw;
    const warnings = await captureWarningsAsync(async () => {
      el = await render(html`<safety-clares-law strings="{not json"></safety-clares-law>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('strings');
    expect(text($(el, '[part="heading"]'))).to.equal("Asking the police about a partner's past");
  });
});

describe('<safety-clares-law> heading levels', () => {
  for (const [attr, main, sub] of [
    ['3', 'H3', 'H4'],
    ['1', 'H1', 'H2'],
    ['6', 'H6', 'H6'],
    ['nonsense', 'H2', 'H3'],
  ] as const) {
    it(`heading-level="${attr}" gives ${main} with ${sub} sections`, async () => {
      const el = await render(html`<safety-clares-law heading-level=${attr}></safety-clares-law>`);
      expect($(el, '[part="heading"]')!.tagName).to.equal(main);
      expect($$(el, '[part="disclosure-heading"]').every((h) => h.tagName === sub)).to.equal(true);
      expect($(el, '[part="apply-heading"]')!.tagName).to.equal(sub);
      expect($(el, '[part="helplines-heading"]')!.tagName).to.equal(sub);
      await expect(el).to.be.accessible();
    });
  }
});

describe('<safety-clares-law> strings', () => {
  it('overrides single strings from the attribute (JSON) and the property', async () => {
    const el = await render(
      html`<safety-clares-law strings='{"heading":"Clare&#39;s Law","question":"Whose partner?","step.outcome.partner":"You hear it face to face."}'></safety-clares-law>`,
    );
    expect(text($(el, '[part="heading"]'))).to.equal("Clare's Law");
    expect(text($(el, '[part="legend"]'))).to.equal('Whose partner?');
    el.askingAbout = 'partner';
    await el.updateComplete;
    expect(text($$(el, '[part="step"]').at(-1))).to.equal('You hear it face to face.');
    el.strings = { applyHeading: 'Ask us' };
    await el.updateComplete;
    expect(text($(el, '[part="apply-heading"]'))).to.equal('Ask us');
    expect(text($(el, '[part="heading"]'))).to.equal("Asking the police about a partner's past");
  });

  it('keeps facts out of the strings: a translated table still shows the data’s numbers', async () => {
    const el = await render(
      html`<safety-clares-law nation="scotland" strings='{"timescale.within":"Ceisiadau o fewn {days} diwrnod."}'></safety-clares-law>`,
    );
    expect(text($(el, '[part="timescale"]'))).to.equal('Ceisiadau o fewn 45 diwrnod.');
  });
});

describe('<safety-clares-law> theming', () => {
  it('applies --safety-clares-law-accent and falls back when it is nonsense', async () => {
    const el = await render(
      html`<safety-clares-law style="--safety-clares-law-accent: rgb(200, 0, 0)"></safety-clares-law>`,
    );
    const question = $(el, '[part="question"]')!;
    expect(getComputedStyle(question).borderTopColor).to.equal('rgb(200, 0, 0)');
    el.style.setProperty('--safety-clares-law-accent', 'nonsense');
    await el.updateComplete;
    expect(getComputedStyle(question).borderTopColor).to.equal('rgb(29, 112, 184)');
  });

  it('applies the accent and contrast to the apply link, and the global font', async () => {
    const el = await render(
      html`<safety-clares-law
        apply-href="https://www.example.police.uk/"
        style="--safety-clares-law-accent: rgb(0, 80, 0); --safety-clares-law-accent-contrast: rgb(255, 255, 0); --safety-font-family: monospace"
      ></safety-clares-law>`,
    );
    const link = $(el, '[part="apply-link"]')!;
    expect(getComputedStyle(link).backgroundColor).to.equal('rgb(0, 80, 0)');
    expect(getComputedStyle(link).color).to.equal('rgb(255, 255, 0)');
    expect(getComputedStyle(el).fontFamily).to.equal('monospace');
  });
});

describe('<safety-clares-law> small screens', () => {
  afterEach(async () => {
    if (!isWebKit) await setViewport({ width: 800, height: 600 });
  });

  it('fits a 320 px wide column (a 1280 px window at 400% zoom) in every engine', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><safety-clares-law asking-about="other" apply-href="https://www.example.police.uk/a/very/long/path/to/the/form"></safety-clares-law></div>`,
    );
    const el = wrapper.querySelector('safety-clares-law')!;
    await el.updateComplete;
    await openAll(el);
    const right = wrapper.getBoundingClientRect().right;
    for (const node of $$(el, '*')) expect(node.getBoundingClientRect().right, node.tagName).to.be.at.most(right + 1);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
  });

  it('fits a 320 px screen without sideways scrolling, all sections open', async function () {
    if (isWebKit) this.skip(); // setViewport is not supported by the WebKit WebDriver launcher.
    await setViewport({ width: 320, height: 640 });
    const el = await render(
      html`<safety-clares-law apply-href="https://www.example.police.uk/a/very/long/path/to/the/clares-law/application/form"></safety-clares-law>`,
    );
    await openAll(el);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const node of $$(el, '*')) expect(node.getBoundingClientRect().right, node.tagName).to.be.at.most(321);
    // Targets: radios and section buttons are at least 24 px.
    for (const r of $$(el, 'input[type="radio"]')) expect(r.getBoundingClientRect().height).to.be.at.least(24);
    for (const b of $$(el, '[part~="toggle"]')) expect(b.getBoundingClientRect().height).to.be.at.least(24);
  });
});

describe('<safety-clares-law> sources', () => {
  it('lists the source of every fact shown, with no "checked" date until a person has checked the live pages', async () => {
    const el = await render();
    const hosts = $$(el, '.source-list a').map(text);
    for (const host of ['gov.uk', 'legislation.gov.uk', 'bedfordshire.police.uk', 'cambs.police.uk', 'police.uk'])
      expect(hosts).to.include(host);
    // Issue 14: verifiedOn records a check against the reference file, not the live page: it is never shown as a check.
    const sources = text(panel(el, 'sources'));
    expect(sources).to.contain('These pages say what is shown here.');
    for (const [, e] of schemeEvidence(DISCLOSURE_SCHEMES['england-wales']))
      expect(sources).to.not.contain(e.verifiedOn);
    expect(sources).to.not.match(/Checked|November 2026/);
  });
});

describe('<safety-clares-law> privacy', () => {
  it('makes no request and writes no storage or cookie while rendering and in use', async () => {
    const resourcesBefore = performance.getEntriesByType('resource').length;
    const mark = (await executeServerCommand('request-log-mark')) as number;
    const el = await render(
      html`<safety-clares-law apply-href="https://www.example.police.uk/" force-name="Example Police"></safety-clares-law>`,
    );
    await openAll(el);
    $$<HTMLInputElement>(el, 'input[type="radio"]')[1]!.click();
    for (const nation of LAW_NATION_VALUES) {
      el.nation = nation;
      await el.updateComplete;
    }
    window.dispatchEvent(new Event('beforeprint'));
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    await nextFrame();
    expect(performance.getEntriesByType('resource').length).to.equal(resourcesBefore);
    await expectNoRequestsSince(mark);
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
  });
});
