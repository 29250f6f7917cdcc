// Inputs never fail silently, and fail open (issue 15, docs/conventions.md): every bad-input case of
// the content elements and src/internal, one test each, in every engine.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/checklist/safety-checklist.js';
import '../src/components/clares-law/safety-clares-law.js';
import '../src/components/four-explainer/safety-four-explainer.js';
import '../src/components/helpline-directory/safety-helpline-directory.js';
import '../src/components/online-safety/safety-online-safety.js';
import '../src/components/quick-exit/safety-quick-exit.js';
import type { SafetyChecklist } from '../src/components/checklist/checklist.component.js';
import type { SafetyClaresLaw } from '../src/components/clares-law/clares-law.component.js';
import type { SafetyFourExplainer } from '../src/components/four-explainer/four-explainer.component.js';
import type { SafetyHelplineDirectory } from '../src/components/helpline-directory/helpline-directory.component.js';
import { storageKey } from '../src/components/checklist/checklist.storage.js';
import { MAX_ENTRY_WARNINGS } from '../src/components/helpline-directory/validate.js';
import { CHECKLIST } from '../src/data/checklist.js';
import { CATEGORIES, EMERGENCY, HELPLINES } from '../src/data/helplines.js';
import { smsHref, telHref } from '../src/internal/phone.js';
import { format, formatParts } from '../src/internal/strings.js';
import { safeUrl } from '../src/internal/url.js';
import { captureWarnings, captureWarningsAsync } from './support/console.js';
import { nextLoad } from './support/requests.js';

const LOCAL = new URL('./fixtures/helpline-directory-local.json', import.meta.url).href;
const sr = (el: Element) => el.shadowRoot!;
const $$ = (el: Element, sel: string) => [...sr(el).querySelectorAll<HTMLElement>(sel)];
const shownCards = (el: Element) => $$(el, '[part="card"]:not([hidden])');
const text = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function directory(t: ReturnType<typeof html>): Promise<{ el: SafetyHelplineDirectory; warnings: string[] }> {
  let el!: SafetyHelplineDirectory;
  const warnings = await captureWarningsAsync(async () => {
    el = await fixture<SafetyHelplineDirectory>(t);
    await el.updateComplete;
  });
  return { el, warnings };
}

describe('bad input: filter values (helpline directory)', () => {
  it('an unknown category warns once, naming it and the valid ones, and is ignored (nothing is hidden)', async () => {
    const { el, warnings } = await directory(
      html`<safety-helpline-directory categories="stalkng"></safety-helpline-directory>`,
    );
    expect(shownCards(el)).to.have.length(HELPLINES.length);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"stalkng"').and.contain(CATEGORIES.join(', '));
    el.requestUpdate();
    const again = await captureWarningsAsync(() => el.updateComplete.then(() => undefined));
    expect(again).to.have.length(0);
  });

  it('categories match case-insensitively, and a bad value beside a good one leaves the good one applied', async () => {
    const stalking = HELPLINES.filter((h) => h.categories.includes('stalking')).length;
    expect(stalking).to.be.greaterThan(0).and.lessThan(HELPLINES.length);
    const { el, warnings } = await directory(
      html`<safety-helpline-directory categories="STALKING Stalkng-typo"></safety-helpline-directory>`,
    );
    expect(shownCards(el)).to.have.length(stalking);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"Stalkng-typo"');
  });

  it('an include id that matches no entry warns once and is ignored; known ids match case-insensitively', async () => {
    const id = HELPLINES[0]!.id;
    const { el, warnings } = await directory(
      html`<safety-helpline-directory include="no-such-service"></safety-helpline-directory>`,
    );
    expect(shownCards(el)).to.have.length(HELPLINES.length);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('include').and.contain('"no-such-service"').and.contain(id);
    const mixed = await directory(
      html`<safety-helpline-directory include=${`${id.toUpperCase()} no-such-service`}></safety-helpline-directory>`,
    );
    expect(shownCards(mixed.el)).to.have.length(1);
  });

  it('an exclude id that matches no entry warns and leaves everything shown', async () => {
    const { el, warnings } = await directory(
      html`<safety-helpline-directory exclude="nope-service"></safety-helpline-directory>`,
    );
    expect(shownCards(el)).to.have.length(HELPLINES.length);
    expect(warnings.filter((w) => w.includes('"nope-service"'))).to.have.length(1);
  });

  it('an include id from site data (src) is not reported as unknown while the data loads, and matches once it has', async () => {
    const data = (await (await fetch(LOCAL)).json()) as { id: string }[] | { helplines: { id: string }[] };
    const siteId = (Array.isArray(data) ? data : data.helplines)[0]!.id;
    let el!: SafetyHelplineDirectory;
    const warnings = await captureWarningsAsync(async () => {
      const loaded = nextLoad(LOCAL);
      el = await fixture<SafetyHelplineDirectory>(
        html`<safety-helpline-directory src=${LOCAL} include=${siteId}></safety-helpline-directory>`,
      );
      await loaded;
      await el.updateComplete;
    });
    expect(warnings.filter((w) => w.includes(siteId))).to.have.length(0);
    expect(shownCards(el)).to.have.length(1);
  });
});

describe('bad input: fixed-value attributes warn once and use the default', () => {
  it('directory layout="grid" → list', async () => {
    const { el, warnings } = await directory(
      html`<safety-helpline-directory layout="grid"></safety-helpline-directory>`,
    );
    expect(
      warnings.filter((w) => w.includes('layout="grid"') && w.includes('list, compact') && w.includes('using list')),
    ).to.have.length(1);
    // Full cards (the list layout) show descriptions.
    expect($$(el, '[part="description"]').length).to.equal(HELPLINES.length);
  });

  it('directory bank-holidays with a value that is not a date warns and keeps the valid dates', async () => {
    const { el, warnings } = await directory(
      html`<safety-helpline-directory bank-holidays="2026-13-45 2026-11-23"></safety-helpline-directory>`,
    );
    expect(warnings.filter((w) => w.includes('"2026-13-45"'))).to.have.length(1);
    expect(el.bankHolidays).to.deep.equal(['2026-13-45', '2026-11-23']);
  });

  it('four-explainer layout="Accordion" matches case-insensitively; layout="grid" warns and uses cards', async () => {
    let el!: SafetyFourExplainer;
    const warnings = await captureWarningsAsync(async () => {
      el = await fixture<SafetyFourExplainer>(html`<safety-four-explainer layout="Accordion"></safety-four-explainer>`);
    });
    expect(warnings).to.have.length(0);
    expect($$(el, '[part~="disclosure"]').length).to.be.greaterThan(3);
    const bad = await captureWarningsAsync(async () => {
      el.setAttribute('layout', 'grid2');
      await el.updateComplete;
    });
    expect(bad).to.have.length(1);
    expect(bad[0]).to.contain('layout="grid2"').and.contain('using cards');
    expect($$(el, '[part~="card"]')).to.have.length(4);
  });

  it('checklist persist="forever" warns once, naming the valid values, and stores nothing', async () => {
    let el!: SafetyChecklist;
    const warnings = await captureWarningsAsync(async () => {
      el = await fixture<SafetyChecklist>(
        html`<safety-checklist persist="forever" plan-id="bad-persist"></safety-checklist>`,
      );
      $$(el, 'input[type="checkbox"]')[0]!.click();
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    // The unset value reads as such, not as a stray comma ("is not one of , session, device").
    expect(warnings[0]).to.contain('persist="forever" is not one of (unset), session, device;');
    expect(sessionStorage.getItem(storageKey('bad-persist'))).to.equal(null);
    expect(localStorage.getItem(storageKey('bad-persist'))).to.equal(null);
    expect(sr(el).querySelector('[part~="persist"]')).to.equal(null);
  });

  it('checklist persist="SESSION" matches case-insensitively', async () => {
    const el = await fixture<SafetyChecklist>(
      html`<safety-checklist persist="SESSION" plan-id="upper-persist"></safety-checklist>`,
    );
    $$(el, 'input[type="checkbox"]')[0]!.click();
    await el.updateComplete;
    expect(sessionStorage.getItem(storageKey('upper-persist'))).to.not.equal(null);
    el.clear();
  });

  for (const tag of ['safety-helpline-directory', 'safety-four-explainer', 'safety-checklist', 'safety-clares-law']) {
    it(`${tag} heading-level="0" warns once and uses h2`, async () => {
      let el!: HTMLElement;
      const warnings = await captureWarningsAsync(async () => {
        el = document.createElement(tag);
        el.setAttribute('heading-level', '0');
        document.body.append(el);
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      });
      expect(warnings.filter((w) => w.includes('heading-level="0"'))).to.have.length(1);
      expect(sr(el).querySelector('[part~="heading"]')!.tagName).to.equal('H2');
      el.remove();
    });
  }

  // A misspelt key would otherwise change nothing, without a word (docs/conventions.md: one warning).
  for (const [tag, good] of [
    ['safety-helpline-directory', 'heading'],
    ['safety-four-explainer', 'fixated.word'],
    ['safety-checklist', 'print'],
    ['safety-clares-law', 'timescale.scotland'],
    ['safety-online-safety', 'intro'],
  ] as const) {
    it(`${tag} strings with a misspelt key warns once, naming it; the element's own keys do not warn`, async () => {
      let el!: HTMLElement;
      const warnings = await captureWarningsAsync(async () => {
        el = document.createElement(tag);
        el.setAttribute('strings', JSON.stringify({ heding: 'Help', [good]: 'Mine' }));
        document.body.append(el);
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      });
      expect(warnings.filter((w) => w.includes('"heding"'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes(`"${good}"`))).to.deep.equal([]);
      expect(sr(el).querySelector('[part~="heading"]')!.textContent).not.to.contain('Help');
      el.remove();
    });
  }
});

describe('bad input: URLs without a scheme', () => {
  it('safeUrl reads a host name with no scheme as https, with one warning; paths and file names stay relative', () => {
    const warnings = captureWarnings(() => {
      expect(safeUrl('www.force.police.uk/clares-law', { source: 's1' })).to.equal(
        'https://www.force.police.uk/clares-law',
      );
      expect(safeUrl('force.police.uk', { source: 's2' })).to.equal('https://force.police.uk/');
      expect(safeUrl('/clares-law', { source: 's3' })).to.equal(new URL('/clares-law', document.baseURI).href);
      expect(safeUrl('clares-law.html', { source: 's4' })).to.equal(new URL('clares-law.html', document.baseURI).href);
    });
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('s1').and.contain('https://www.force.police.uk/clares-law');
  });

  it('Clare\'s Law apply-href="www.force.police.uk/…" links to https://www.force.police.uk/… with a warning', async () => {
    let el!: SafetyClaresLaw;
    const warnings = await captureWarningsAsync(async () => {
      el = await fixture<SafetyClaresLaw>(
        html`<safety-clares-law apply-href="www.example-force.police.uk/apply"></safety-clares-law>`,
      );
    });
    const link = sr(el).querySelector<HTMLAnchorElement>('[part~="apply-link"]')!;
    expect(link.href).to.equal('https://www.example-force.police.uk/apply');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('apply-href');
  });
});

describe('bad input: site data and site strings', () => {
  it('a list of the wrong shape gives one summary warning, not one per item', async () => {
    const junk = Array.from({ length: 2000 }, (_, i) => ({ name: `thing ${i}` }));
    const { el, warnings } = await directory(
      html`<safety-helpline-directory .helplines=${junk}></safety-helpline-directory>`,
    );
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`2000 of 2000`).and.contain('#1');
    expect(shownCards(el)).to.have.length(HELPLINES.length);
  });

  it(`up to ${MAX_ENTRY_WARNINGS} bad entries are still named one warning each`, async () => {
    const junk = [{ id: 'one-bad' }, { id: 'two-bad' }];
    const { warnings } = await directory(
      html`<safety-helpline-directory .helplines=${junk}></safety-helpline-directory>`,
    );
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('"one-bad"');
  });

  it('a strings property with values that are not text (null, a number) keeps the built-in text, in every element', async () => {
    // The attribute's converter drops such values; a site's script setting the property went past it, and
    // `{"heading": null}` gave a blank heading.
    const junk = { heading: null, intro: 5, label: null, hint: 7 } as unknown as Record<string, string>;
    for (const tag of [
      'safety-helpline-directory',
      'safety-checklist',
      'safety-clares-law',
      'safety-four-explainer',
      'safety-online-safety',
      'safety-quick-exit',
    ]) {
      const el = document.createElement(tag) as HTMLElement & { strings?: unknown; updateComplete: Promise<unknown> };
      el.strings = junk;
      // Each element names the other elements' keys as unknown: not what this test is about.
      await captureWarningsAsync(async () => {
        document.body.append(el);
        await el.updateComplete;
      });
      const shown =
        tag === 'safety-quick-exit' ? text(sr(el).querySelector('[part~="button"]')) : text(sr(el).querySelector('h2'));
      el.remove();
      expect(shown, tag).to.match(/\w{3}/);
      expect(shown, tag).to.not.match(/null|^5$|^7$/);
    }
  });

  it('a {constructor} (or any inherited name) placeholder renders as written', async () => {
    expect(format('{constructor} {toString} {n}', { n: 1 })).to.equal('{constructor} {toString} 1');
    expect(formatParts('{constructor}{__proto__}', {})).to.deep.equal(['', '{constructor}', '', '{__proto__}', '']);
    const { el } = await directory(
      html`<safety-helpline-directory strings='{"count":"{constructor} {shown}"}'></safety-helpline-directory>`,
    );
    expect(text(sr(el).querySelector('[part="count"]'))).to.equal(`{constructor} ${HELPLINES.length}`);
    const cl = await fixture<SafetyClaresLaw>(
      html`<safety-clares-law strings='{"heading":"{constructor} {hasOwnProperty}"}'></safety-clares-law>`,
    );
    expect(text(sr(cl).querySelector('[part~="heading"]'))).to.equal('{constructor} {hasOwnProperty}');
  });

  it('a legacy Array.prototype.toJSON (Prototype.js) does not corrupt stored ticks', async () => {
    const proto = Array.prototype as unknown as { toJSON?: () => string };
    const sproto = String.prototype as unknown as { toJSON?: () => string };
    proto.toJSON = function (this: unknown[]) {
      return `legacy:${this.join('|')}`;
    };
    sproto.toJSON = function (this: string) {
      return `'${this}'`;
    };
    try {
      const el = await fixture<SafetyChecklist>(
        html`<safety-checklist persist="session" plan-id="legacy-tojson"></safety-checklist>`,
      );
      const boxes = $$(el, 'input[type="checkbox"]') as HTMLInputElement[];
      boxes[0]!.click();
      boxes[2]!.click();
      await el.updateComplete;
      const ids = [CHECKLIST[0]!.items[0]!.id, CHECKLIST[0]!.items[2]!.id];
      expect(JSON.parse(sessionStorage.getItem(storageKey('legacy-tojson'))!)).to.deep.equal(ids);
      el.remove();
      const again = await fixture<SafetyChecklist>(
        html`<safety-checklist persist="session" plan-id="legacy-tojson"></safety-checklist>`,
      );
      expect(($$(again, 'input[type="checkbox"]') as HTMLInputElement[]).filter((b) => b.checked)).to.have.length(2);
      again.clear();
    } finally {
      delete proto.toJSON;
      delete sproto.toJSON;
    }
  });
});

describe('bad input: lang', () => {
  for (const lang of ['en_GB', ' en', '*', 'i-klingon']) {
    it(`lang="${lang}" on the page renders the whole directory (no RangeError)`, async () => {
      const wrapper = document.createElement('div');
      wrapper.setAttribute('lang', lang);
      document.body.append(wrapper);
      try {
        const warnings = await captureWarningsAsync(async () => {
          const el = document.createElement('safety-helpline-directory');
          wrapper.append(el);
          await el.updateComplete;
          expect(shownCards(el)).to.have.length(HELPLINES.length);
          // Dates are in the sources disclosure (issue 16), rendered when it opens.
          (sr(el).querySelector('details[part~="sources"]') as HTMLDetailsElement).open = true;
          await waitUntil(
            () => sr(el).querySelectorAll('[part="checked"]').length === HELPLINES.length,
            'sources did not render',
          );
          expect([...sr(el).querySelectorAll('[part="checked"]')].some((c) => /\d{4}/.test(text(c)))).to.equal(true);
        });
        expect(warnings.length).to.be.at.most(1);
      } finally {
        wrapper.remove();
      }
    });
  }
});

describe('helpline directory internals', () => {
  it('aborts its fetch on disconnect (no safety-load from the old element) and loads again when reconnected', async () => {
    const el = await fixture<SafetyHelplineDirectory>(html`<safety-helpline-directory></safety-helpline-directory>`);
    const loads: CustomEvent[] = [];
    el.addEventListener('safety-load', (e) => loads.push(e as CustomEvent));
    el.src = LOCAL;
    await el.updateComplete;
    const parent = el.parentNode!;
    el.remove();
    parent.append(el);
    await waitUntil(() => loads.length > 0, 'the reconnected directory loads its src', { timeout: 15000 });
    await el.updateComplete;
    expect(loads).to.have.length(1);
    expect(loads[0]!.detail.ok).to.equal(true);
  });

  it('finds emergency numbers by id, not by their position in the data', async () => {
    const original = [...EMERGENCY];
    (EMERGENCY as unknown as unknown[]).reverse();
    try {
      const el = await fixture<SafetyHelplineDirectory>(html`<safety-helpline-directory></safety-helpline-directory>`);
      const hrefs = $$(el, '[part~="emergency-call"]').map((a) => a.getAttribute('href'));
      const byId = (id: string) => original.find((f) => f.id === id)!.number;
      expect(hrefs[0]).to.equal(telHref(byId('emergency')));
      // Relay UK's number is shown as text (main, issue 14: never a tel: link to the voice dialler).
      expect($$(el, '.relay')[0]?.textContent).to.contain(byId('relay-uk'));
      expect(hrefs[1]).to.equal(smsHref(byId('emergency-sms'), 'register'));
      expect(hrefs[hrefs.length - 1]).to.equal(telHref(byId('non-emergency')));
    } finally {
      (EMERGENCY as unknown as unknown[]).splice(0, EMERGENCY.length, ...original);
    }
  });
});
