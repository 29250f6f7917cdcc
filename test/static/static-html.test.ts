// The pre-rendered static HTML (dist/html/, written by `npm run build` through the same renderer as
// `npx safety-elements html`): the plain form alone on a page (no script, no style) passes axe and shows
// every number the element shows for that nation; the DSD form is the element's shadow DOM with its
// styles; the known-wrong numbers never appear. No element is defined in this file's page, so the DSD
// stays static, as on a page without the script.
import { expect } from '@open-wc/testing';
import { EMERGENCY, helplinesForNation } from '../../src/data/helplines.js';
import { NATION_VALUES, type ServiceNation } from '../../src/internal/nation.js';
import { DISCLOSURE_SCHEMES } from '../../src/data/disclosure-schemes.js';
import { STALKING_VS_HARASSMENT } from '../../src/data/four.js';
import { KNOWN_WRONG } from '../../src/components/helpline-directory/validate.js';
import { phoneDigits } from '../../src/internal/phone.js';
import { en as quickExitEn } from '../../src/components/quick-exit/quick-exit.strings.js';

const TAGS = [
  'safety-quick-exit',
  'safety-helpline-directory',
  'safety-four-explainer',
  'safety-checklist',
  'safety-clares-law',
  'safety-online-safety',
];
const DATA_NATIONS: Record<(typeof NATION_VALUES)[number], ServiceNation[]> = {
  'england-wales': ['england', 'wales'],
  england: ['england'],
  wales: ['wales'],
  scotland: ['scotland'],
  'northern-ireland': ['northern-ireland'],
};

const file = async (tag: string, nation: string, form: 'dsd' | 'plain' | 'dsd-script', lang = 'en') => {
  const res = await fetch(`/dist/html/${tag}.${nation}.${lang}.${form}.html`);
  expect(res.ok, `dist/html/${tag}.${nation}.${lang}.${form}.html (run npm run build)`).to.equal(true);
  return res.text();
};

/** The digits of every `tel:`/`sms:` link and of the text, for "does this number appear". */
const digitsOf = (root: ParentNode) => (root.textContent ?? '').replace(/\D/g, '');

/** A container holding only the parsed plain output (DOMParser: nothing runs). */
function place(html: string): HTMLElement {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  const box = document.createElement('main');
  box.append(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
  document.body.append(box);
  return box;
}

const DSD_PARSE = typeof (Element.prototype as { setHTMLUnsafe?: unknown }).setHTMLUnsafe === 'function';

describe('static HTML: plain form', () => {
  let box: HTMLElement | undefined;
  afterEach(() => box?.remove());

  for (const tag of TAGS) {
    it(`${tag}: no script, style, style attribute, custom tag or button; documented classes`, async () => {
      const html = await file(tag, 'england-wales', 'plain');
      box = place(html);
      expect(box.querySelectorAll('script, style, template, link, slot, button').length).to.equal(0);
      expect(box.querySelectorAll('[style], [part], [data-script-only], [slot]').length).to.equal(0);
      expect(
        [...box.querySelectorAll('*')].filter((e) => e.localName.includes('-')).map((e) => e.localName),
      ).to.deep.equal([]);
      const root = box.querySelector(`.${tag}`)!;
      expect(root, `.${tag} wrapper`).to.exist;
      for (const el of root.querySelectorAll('[class]'))
        for (const c of el.classList)
          expect(c.startsWith(`${tag}__`) || c === 'safety-visually-hidden', `class ${c}`).to.equal(true);
      // Ids are unique on a page and every id reference points inside the output.
      const ids = [...box.querySelectorAll('[id]')].map((e) => e.id);
      expect(new Set(ids).size).to.equal(ids.length);
      for (const el of box.querySelectorAll('[for], [aria-controls], [aria-describedby], [aria-labelledby]'))
        for (const name of ['for', 'aria-controls', 'aria-describedby', 'aria-labelledby'])
          for (const ref of (el.getAttribute(name) ?? '').split(/\s+/).filter(Boolean))
            expect(ids, `${name}=${ref}`).to.include(ref);
    });

    for (const nation of NATION_VALUES) {
      it(`${tag} nation=${nation}: alone on a page with no script and no style, passes axe; no known-wrong number`, async () => {
        box = place(await file(tag, nation, 'plain'));
        await expect(box).to.be.accessible();
        const digits =
          digitsOf(box) +
          [...box.querySelectorAll('a[href]')]
            .map((a) => a.getAttribute('href'))
            .join(' ')
            .replace(/\D/g, '');
        for (const wrong of Object.keys(KNOWN_WRONG))
          expect(digits.includes(wrong), `known-wrong number ${wrong}`).to.equal(false);
      });
    }
  }

  for (const nation of NATION_VALUES) {
    it(`helpline directory nation=${nation}: every number of the nation's helplines and the emergency panel is shown, as text and as a link`, async () => {
      box = place(await file('safety-helpline-directory', nation, 'plain'));
      const text = digitsOf(box);
      const hrefs = [...box.querySelectorAll('a[href^="tel:"], a[href^="sms:"]')].map((a) =>
        a.getAttribute('href')!.replace(/\D/g, '').replace(/^44/, '0'),
      );
      const list = new Set(DATA_NATIONS[nation].flatMap((n) => helplinesForNation(n)));
      expect(list.size).to.be.greaterThan(0);
      for (const h of list) {
        for (const p of h.phones ?? []) {
          const d = phoneDigits(p.number).replace(/^\+44/, '0');
          expect(text.includes(d), `${h.id} ${p.number} in the text`).to.equal(true);
          expect(
            hrefs.some((x) => x.startsWith(d)),
            `${h.id} ${p.number} as a link`,
          ).to.equal(true);
        }
        for (const t of h.texts ?? [])
          expect(text.includes(phoneDigits(t.number)), `${h.id} text ${t.number}`).to.equal(true);
      }
      for (const e of EMERGENCY) expect(text.includes(e.number.replace(/\D/g, '')), `emergency ${e.id}`).to.equal(true);
    });
  }

  it('checklist: a printable list of unticked boxes (no boolean attribute written as "false", which HTML reads as true)', async () => {
    for (const form of ['plain', 'dsd'] as const) {
      const html = await file('safety-checklist', 'england-wales', form);
      expect(/\s(checked|selected|disabled|open)="false"/.test(html), `${form}: an attribute ="false"`).to.equal(false);
    }
    box = place(await file('safety-checklist', 'england-wales', 'plain'));
    const boxes = [...box.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    expect(boxes.length).to.be.greaterThan(10);
    expect(boxes.filter((b) => b.checked).length, 'ticked boxes').to.equal(0);
  });

  // Reference section 2: stalking is an offence of its own in Scotland and Northern Ireland, "a kind of
  // harassment" (PHA s.2A) only in England and Wales; the static HTML renders the element's own template.
  it('FOUR explainer: the stalking paragraph follows the nation', async () => {
    const para = (id: string) => STALKING_VS_HARASSMENT.find((p) => p.id === id)!.text;
    for (const nation of NATION_VALUES) {
      box = place(await file('safety-four-explainer', nation, 'plain'));
      const own = nation === 'scotland' || nation === 'northern-ireland';
      const text = box.textContent!.replace(/\s+/g, ' ');
      expect(text, nation).to.contain(para(own ? 'stalking-offence' : 'stalking'));
      expect(text, nation).not.to.contain(para(own ? 'stalking' : 'stalking-offence'));
      box.remove();
    }
  });

  it("Clare's Law nation=scotland / northern-ireland: the nation's scheme and its number, in <details>", async () => {
    for (const nation of ['scotland', 'northern-ireland'] as const) {
      box = place(await file('safety-clares-law', nation, 'plain'));
      expect(box.querySelectorAll('details > summary').length, 'disclosures').to.be.greaterThan(0);
      const scheme = DISCLOSURE_SCHEMES[nation];
      expect(box.textContent).to.include(scheme.name);
      box.remove();
    }
  });

  it('checklist: the same native disclosures as the element, the first group open, each titled in a heading', async () => {
    box = place(await file('safety-checklist', 'england-wales', 'plain'));
    const groups = [...box.querySelectorAll<HTMLDetailsElement>('details.safety-checklist__disclosure')];
    expect(groups.length).to.be.greaterThan(2);
    expect(groups.map((d) => d.open)).to.deep.equal(groups.map((_, i) => i === 0));
    for (const d of groups) {
      const summary = d.querySelector(':scope > summary.safety-checklist__toggle')!;
      expect(
        summary.querySelector('h3.safety-checklist__disclosure-heading .safety-checklist__group-title'),
        'heading with the title',
      ).to.not.equal(null);
      expect(d.querySelector(':scope > .safety-checklist__panel'), 'panel').to.not.equal(null);
    }
    // With no script, a summary opens its group.
    groups[1]!.querySelector('summary')!.click();
    expect(groups[1]!.open).to.equal(true);
  });

  it('quick exit: a plain link to the default destination with rel="noreferrer", and says it has no shortcut', async () => {
    box = place(await file('safety-quick-exit', 'england-wales', 'plain'));
    const links = [...box.querySelectorAll('a')];
    expect(links.length).to.be.greaterThan(0);
    for (const a of links) {
      expect(a.protocol).to.equal('https:');
      expect(a.relList.contains('noreferrer')).to.equal(true);
    }
    expect(box.textContent).to.match(/no keyboard shortcut/i);
    // The sentence is the strings table's (so a language or a site's `strings` can change it), not the renderer's.
    expect(box.textContent).to.include(quickExitEn.noShortcut);
  });

  it('quick exit for a page that also loads the script (--with-script): the live hint from the start, so nothing moves on upgrade', async () => {
    const hintOf = async (form: 'dsd' | 'dsd-script', lang = 'en') => {
      const doc = new DOMParser().parseFromString(
        await file('safety-quick-exit', 'england-wales', form, lang),
        'text/html',
      );
      return doc.querySelector('template')!.content.querySelector('[part="hint"]')!.textContent;
    };
    expect(await hintOf('dsd-script')).to.equal(quickExitEn.hint);
    expect(await hintOf('dsd')).to.equal(quickExitEn.noShortcut);
    const cy = (await import('../../src/components/quick-exit/quick-exit.strings.cy.js')).default;
    expect(await hintOf('dsd-script', 'cy')).to.equal(cy.strings.hint);
  });
});

/**
 * Without script nothing may offer a control that does nothing, or say what only the script does: Clare's Law's
 * question (it only tailors the text, by script), the checklist's counts (they stayed "0 of 4 done" as boxes were
 * ticked) and its "your ticks are gone when you leave this page" (Back showed them again from the back-forward
 * cache: only the script clears them), online safety's "Choose your browser" (no chooser), and the FOUR check
 * (no answer without script; its privacy line names a clear button that is not there; test/static/check-mode.test.ts).
 */
describe('static HTML: nothing that needs the script', () => {
  const sentences = async (lang: 'en' | 'cy') => {
    const tables = await Promise.all([
      import('../../src/components/checklist/checklist.strings.js'),
      import('../../src/components/online-safety/online-safety.strings.js'),
      import('../../src/components/four-explainer/four-explainer.strings.js'),
      import('../../src/components/clares-law/clares-law.strings.js'),
    ]);
    const [checklist, online, four, clares] = await Promise.all(
      tables.map(async (t) =>
        lang === 'en'
          ? (t.en as Record<string, string>)
          : ((await t.translations.cy!()).default.strings as Record<string, string>),
      ),
    );
    const words = (s: string) => s.replace(/\s+/g, ' ').trim();
    return [checklist!.notSaved!, online!.notDetected!, four!.privacy!, four!.clear!, clares!.question!].map(words);
  };

  for (const lang of ['en', 'cy'] as const)
    for (const form of ['plain', 'dsd'] as const)
      for (const tag of TAGS) {
        it(`${tag} ${form} lang=${lang}: no radio, menu, text field, button or live message; boxes only in the checklist; no sentence about what only the script does`, async () => {
          const html = await file(tag, 'england-wales', form, lang);
          const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
          const roots: ParentNode[] = [doc.body, ...[...doc.querySelectorAll('template')].map((t) => t.content)];
          const all = (sel: string) => roots.flatMap((r) => [...r.querySelectorAll(sel)]);
          expect(
            all('input[type=radio], select, input[type=text], input[type=search], input:not([type]), textarea').length,
            'fields',
          ).to.equal(0);
          expect(all('button').length, 'buttons').to.equal(0);
          expect(all('[role=status], [role=alert]').length, 'live messages').to.equal(0);
          expect(all('input[type=checkbox]').length > 0, 'checkboxes').to.equal(tag === 'safety-checklist');
          const text = roots
            .map((r) => r.textContent ?? '')
            .join(' ')
            .replace(/\s+/g, ' ');
          for (const sentence of await sentences(lang)) expect(text, sentence).to.not.include(sentence);
          expect(text, 'a progress count').to.not.match(/\b0 (of|o) \d+\b/);
        });
      }
});

describe('static HTML: declarative shadow DOM form', () => {
  let box: HTMLElement | undefined;
  afterEach(() => box?.remove());

  for (const tag of TAGS) {
    it(`${tag}: parses to a shadow root with the element's styles and the plain form's text; passes axe`, async function () {
      if (!DSD_PARSE) this.skip(); // setHTMLUnsafe is how a script parses DSD; the HTML parser does it on a real page.
      const [dsd, plain] = await Promise.all([file(tag, 'england-wales', 'dsd'), file(tag, 'england-wales', 'plain')]);
      box = document.createElement('main');
      document.body.append(box);
      (box as unknown as { setHTMLUnsafe(h: string): void }).setHTMLUnsafe(dsd);
      const host = box.querySelector(tag)!;
      expect(customElements.get(tag), 'not defined in this page').to.equal(undefined);
      const root = host.shadowRoot!;
      expect(root, 'declarative shadow root').to.exist;
      expect(root.querySelectorAll('style').length).to.be.greaterThan(0);
      expect(root.querySelectorAll('[data-script-only]').length).to.equal(0);
      const words = (s: string) => s.replace(/\s+/g, ' ').trim();
      const plainBox = place(plain);
      const shadowText = [...root.childNodes]
        .filter((n) => n.nodeName !== 'STYLE')
        .map((n) => n.textContent)
        .join('');
      expect(words(shadowText)).to.include(words(plainBox.textContent ?? '').slice(0, 200));
      plainBox.remove();
      await expect(host).to.be.accessible();
    });
  }
});
