// One look and plain English (issue 17), per element: the presentation choices that the look suites'
// axe runs cannot see. Facts come from the data modules, never copied.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { CHECKLIST } from '../src/data/checklist.js';
import { DISCLOSURE_SCHEMES } from '../src/data/disclosure-schemes.js';
import { captureWarningsAsync } from './support/console.js';

type Upgradable = HTMLElement & { updateComplete: Promise<unknown>; requestUpdate(): void };
const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => root(el).querySelector<T>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...root(el).querySelectorAll<T>(sel)];
const text = (n: Element | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const shown = (n: Element) =>
  n.checkVisibility() && n.getBoundingClientRect().height > 0 && getComputedStyle(n).visibility === 'visible';
const px = (v: string) => Number.parseFloat(v);

async function render<T extends Upgradable>(t: ReturnType<typeof html>) {
  const el = await fixture<T>(t);
  await el.updateComplete;
  return el;
}

describe("look: Clare's Law opens with what the reader can do", () => {
  it('the opening says what the reader can do; the statutory basis is in "Where this information comes from"', async () => {
    const el = await render(html`<safety-clares-law></safety-clares-law>`);
    const intro = $(el, '[part~="intro"]');
    expect(text(intro)).to.match(/^You can ask the police/);
    // Nothing between the heading and the question talks about the statute.
    const statutory = $(el, '[part~="statutory"]');
    expect(statutory, 'the statutory paragraph exists').to.exist;
    const year = DISCLOSURE_SCHEMES['england-wales'].statutory!.inForce.slice(0, 4);
    expect(text(statutory)).to.contain(year);
    expect(text(intro)).to.not.contain(year);
    const sources = $(el, '[part~="sources"]');
    expect(sources.contains(statutory), 'inside the sources section').to.equal(true);
    expect(intro.compareDocumentPosition(statutory) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect($$(el, '[part~="intro"]').length, 'one opening paragraph').to.equal(1);
  });

  for (const nation of ['scotland', 'northern-ireland'] as const) {
    it(`${nation}: opens with the reader's action too`, async () => {
      const el = await render(html`<safety-clares-law nation=${nation}></safety-clares-law>`);
      expect(text($(el, '[part~="intro"]'))).to.match(/^You can ask the police/);
      expect(text($(el, '[part~="intro"]'))).to.contain(DISCLOSURE_SCHEMES[nation].abbr);
    });
  }

  it('the guided question says what changed, in a polite live region', async () => {
    const el = await render(html`<safety-clares-law></safety-clares-law>`);
    const live = $(el, '[role="status"]');
    expect(text(live)).to.equal('');
    $(el, 'input[value="partner"]').click();
    await (el as Upgradable).updateComplete;
    expect(text(live)).to.match(/now describe/);
  });
});

describe('look: the checklist opens at its first group', () => {
  it('only the first group is open, and every group shows its progress', async () => {
    const el = await render(html`<safety-checklist></safety-checklist>`);
    const toggles = $$(el, '[part~="toggle"]');
    expect(toggles.length).to.be.greaterThan(2);
    expect(toggles.length).to.be.at.most(CHECKLIST.length);
    // Native disclosures: the browser exposes each summary's state from its <details>.
    const open = (t: HTMLElement) => (t.parentElement as HTMLDetailsElement).open;
    expect(toggles.map((t) => t.tagName)).to.deep.equal(toggles.map(() => 'SUMMARY'));
    expect(toggles.map(open)).to.deep.equal(toggles.map((_, i) => i === 0));
    const panels = $$(el, '[part~="panel"]');
    expect(panels.map((p) => shown(p))).to.deep.equal(panels.map((_, i) => i === 0));
    for (const [i, t] of toggles.entries()) {
      const progress = t.querySelector('[part~="group-progress"]')!;
      expect(shown(progress), `group ${i} progress visible`).to.equal(true);
      // "0 of N done", N being the group's own steps (the plan follows the reader's nation).
      const steps = panels[i]!.querySelectorAll('input[type="checkbox"]').length;
      expect(text(progress)).to.contain(`0 of ${steps}`);
    }
  });

  it('a closed group opens, and the first closes, each on its own', async () => {
    const el = await render(html`<safety-checklist></safety-checklist>`);
    const toggles = $$(el, '[part~="toggle"]');
    const open = (t: HTMLElement) => (t.parentElement as HTMLDetailsElement).open;
    toggles[1]!.click();
    await (el as Upgradable).updateComplete;
    expect(toggles.slice(0, 2).map(open)).to.deep.equal([true, true]);
    toggles[0]!.click();
    await (el as Upgradable).updateComplete;
    expect(toggles.slice(0, 3).map(open)).to.deep.equal([false, true, false]);
  });
});

describe('look: 40 px checkboxes and radios, 24 px targets', () => {
  it('every checkbox and radio is 40 px square', async () => {
    const wrap = await fixture(html`<div>
      <safety-checklist></safety-checklist>
      <safety-four-explainer mode="check"></safety-four-explainer>
      <safety-clares-law></safety-clares-law>
      <safety-helpline-directory></safety-helpline-directory>
    </div>`);
    let count = 0;
    for (const el of wrap.children) {
      await (el as Upgradable).updateComplete;
      for (const box of $$(el, 'input[type="checkbox"], input[type="radio"]').filter(shown)) {
        const r = box.getBoundingClientRect();
        expect(
          [Math.round(r.width), Math.round(r.height)],
          `<${el.localName}> ${box.outerHTML.slice(0, 60)}`,
        ).to.deep.equal([40, 40]);
        count += 1;
      }
    }
    expect(count).to.be.greaterThan(4);
  });

  for (const nation of ['scotland', 'northern-ireland'] as const) {
    it(`the FOUR explainer's law source links (${nation}) are at least 24 px tall (WCAG 2.5.8)`, async () => {
      const el = await render(html`<safety-four-explainer law nation=${nation}></safety-four-explainer>`);
      const links = $$(el, '[part~="law-sources"] a');
      expect(links.length).to.be.greaterThan(0);
      for (const a of links) expect(a.getBoundingClientRect().height).to.be.at.least(24);
    });
  }
});

describe('look: one text field', () => {
  it("every form field (the directory's search, the checklist's print title, online safety's chooser) is one field; text fields as wide as they are let be", async () => {
    // A phone-width column: the checklist's title field once took the checkboxes' 40 px width.
    const wrap = await fixture(html`<div style="width: 328px">
      <safety-checklist></safety-checklist>
      <safety-helpline-directory></safety-helpline-directory>
      <safety-online-safety></safety-online-safety>
    </div>`);
    const looks = new Set<string>();
    let count = 0;
    for (const el of wrap.children) {
      await (el as Upgradable).updateComplete;
      for (const field of $$(el, 'input[type="text"], input[type="search"], select').filter(shown)) {
        const r = field.getBoundingClientRect();
        const what = `<${el.localName}> ${field.getAttribute('part')}`;
        if (field.localName === 'input') {
          const box = (field.parentElement as Element).getBoundingClientRect();
          expect(Math.round(r.width), `${what}: as wide as its box`).to.equal(Math.round(box.width));
          expect(r.width, `${what}: room for a title`).to.be.greaterThan(200);
        }
        expect(r.height, `${what}: 44 px tall`).to.be.at.least(44);
        const s = getComputedStyle(field);
        looks.add(
          [s.borderTopWidth, s.borderTopStyle, s.borderTopColor, s.borderRadius, s.paddingLeft, s.fontSize].join(' '),
        );
        count += 1;
      }
    }
    expect(count).to.equal(3);
    expect([...looks], 'one look').to.have.length(1);
  });
});

describe("look: the host's text settings do not reach in", () => {
  it('in a box that is right to left, nowrap, centred, capitalised, italic, bold and indented, every element wraps within a phone width and reads as it does in a plain box', async () => {
    // A layout table's nowrap cell or a banner's text settings, inherited by whatever sits inside: nowrap once
    // made every content element run off a 360 px screen.
    const all = html`
      <safety-quick-exit></safety-quick-exit>
      <safety-helpline-directory></safety-helpline-directory>
      <safety-four-explainer></safety-four-explainer>
      <safety-checklist></safety-checklist>
      <safety-clares-law></safety-clares-law>
      <safety-online-safety></safety-online-safety>
    `;
    const wrap = await fixture(html`<div>
      <div
        dir="rtl"
        style="width: 328px; white-space: nowrap; text-align: center; text-transform: uppercase; font-style: italic; font-weight: bold; text-indent: 3em"
      >
        ${all}
      </div>
      <div style="width: 328px">${all}</div>
    </div>`);
    const [styled, plain] = [wrap.children[0]!, wrap.children[1]!];
    const { left, right } = styled.getBoundingClientRect();
    const settings = (n: Element) => {
      const c = getComputedStyle(n);
      return [c.whiteSpace, c.textAlign, c.textTransform, c.fontStyle, c.fontWeight, c.textIndent, c.direction].join(
        ' ',
      );
    };
    for (const [i, el] of [...styled.children].entries()) {
      const twin = plain.children[i]!;
      await (el as Upgradable).updateComplete;
      await (twin as Upgradable).updateComplete;
      const beyond = $$(el, '*').filter(
        (n) =>
          n.getClientRects().length > 0 &&
          (n.getBoundingClientRect().right > right + 1 || n.getBoundingClientRect().left < left - 1),
      );
      expect(
        beyond.map((n) => `${n.localName}.${n.className}`).slice(0, 3),
        `<${el.localName}>: nothing runs past the column`,
      ).to.deep.equal([]);
      const texts = $$(el, 'p, li, span, a, summary, h2, h3');
      const twins = $$(twin, 'p, li, span, a, summary, h2, h3');
      expect(texts.length, `<${el.localName}>: something to compare`).to.be.greaterThan(0);
      expect(twins.length, `<${el.localName}>: the same content`).to.equal(texts.length);
      const differ = texts.filter((n, j) => settings(n) !== settings(twins[j]!));
      expect(
        differ.slice(0, 3).map((n) => `${n.localName}: ${settings(n)}`),
        `<${el.localName}>: text set as in a plain box`,
      ).to.deep.equal([]);
    }
  });
});

describe('look: sized by a host layout that fits boxes to their content', () => {
  // CMS layouts put content in flex rows, floats, inline-blocks and layout tables, which size each box to what
  // it holds. The directory (a size container, for its container queries) once collapsed to 0 px there: a
  // letter per line, 39,000 px tall on a phone.
  const LAYOUTS = {
    'a flex row': 'display: flex',
    'a flex column that aligns to the start': 'display: flex; flex-direction: column; align-items: flex-start',
    'an inline-block': 'display: inline-block',
    'a float': 'float: left',
    "a layout table's cell": 'display: table-cell',
  };
  const TAGS = ['helpline-directory', 'four-explainer', 'checklist', 'clares-law', 'online-safety'];
  const drawn = (el: Element) => {
    const boxes = [...root(el).children].map((n) => n.getBoundingClientRect()).filter((r) => r.height > 0);
    return Math.max(...boxes.map((r) => r.bottom)) - Math.min(...boxes.map((r) => r.top));
  };
  for (const [name, style] of Object.entries(LAYOUTS))
    it(`in ${name} of a 328 px column, every content element is as wide and as tall as in a plain column`, async () => {
      const box = document.createElement('div');
      document.body.append(box);
      const place = (tag: string, layout: string) => {
        const column = document.createElement('div');
        column.style.cssText = 'width: 328px; display: flow-root';
        const fit = column.appendChild(document.createElement('div'));
        fit.style.cssText = layout;
        box.append(column);
        return fit.appendChild(document.createElement(`safety-${tag}`)) as unknown as Upgradable;
      };
      try {
        for (const tag of TAGS) {
          const [fitted, plain] = [place(tag, style), place(tag, '')];
          await fitted.updateComplete;
          await plain.updateComplete;
          expect(Math.round(plain.getBoundingClientRect().width), `<safety-${tag}> in a plain column`).to.equal(328);
          expect(Math.round(fitted.getBoundingClientRect().width), `<safety-${tag}>: as wide as the column`).to.equal(
            328,
          );
          // From its first box's top to its last box's bottom: a flex item keeps its children's outer margins
          // inside its own box, where a block lets them collapse through.
          expect(drawn(fitted), `<safety-${tag}>: as tall as in a plain column`).to.be.closeTo(drawn(plain), 1);
        }
      } finally {
        box.remove();
      }
    });
  for (const display of ['flex', 'grid'])
    it(`a site's display: ${display} on the directory itself leaves its content the element's width`, async () => {
      const el = await render<Upgradable>(
        html`<div style="width: 328px"><safety-helpline-directory style="display: ${display}"></safety-helpline-directory></div>`,
      ).then((wrap) => wrap.firstElementChild as Upgradable);
      await el.updateComplete;
      expect(Math.round($(el, '[part="base"]').getBoundingClientRect().width)).to.equal(328);
    });
});

describe('look: drawn while hidden, then shown', () => {
  // CMS accordions and tabs hide a section until it is opened: a closed <details>, `hidden`, `hidden="until-found"`
  // or `display: none`. An element that measured itself, or laid itself out, while hidden would open at the wrong
  // size. Regression guard for a field probe (thirteenth session) that found none.
  const HIDERS: Record<string, [(box: HTMLElement) => void, (box: HTMLElement) => void]> = {
    'a closed <details>': [
      (box) => {
        const d = document.createElement('details');
        d.append(Object.assign(document.createElement('summary'), { textContent: 'Open' }), ...box.childNodes);
        box.append(d);
      },
      (box) => (box.querySelector('details')!.open = true),
    ],
    hidden: [(box) => (box.hidden = true), (box) => (box.hidden = false)],
    'hidden="until-found"': [
      (box) => box.setAttribute('hidden', 'until-found'),
      (box) => box.removeAttribute('hidden'),
    ],
    'display: none': [(box) => (box.style.display = 'none'), (box) => (box.style.display = '')],
  };
  const TAGS = ['quick-exit', 'helpline-directory', 'four-explainer', 'checklist', 'clares-law', 'online-safety'];
  const drawn = (el: Element) => {
    const boxes = [...root(el).children].map((n) => n.getBoundingClientRect()).filter((r) => r.height > 0);
    return Math.round(Math.max(...boxes.map((r) => r.bottom)) - Math.min(...boxes.map((r) => r.top)));
  };
  for (const [name, [hide, show]] of Object.entries(HIDERS))
    it(`in ${name}, opened after they rendered, every element is as wide and as tall as its twin`, async () => {
      const area = document.body.appendChild(document.createElement('div'));
      const column = () => {
        const c = area.appendChild(document.createElement('div'));
        c.style.cssText = 'width: 328px; display: flow-root';
        return c;
      };
      const [hidden, plain] = [column(), column()];
      const make = (box: HTMLElement) =>
        TAGS.map((t) => box.appendChild(document.createElement(`safety-${t}`)) as unknown as Upgradable);
      try {
        const twins = make(plain);
        const els = make(hidden);
        hide(hidden);
        for (const el of [...twins, ...els]) await el.updateComplete;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        show(hidden);
        for (const [i, el] of els.entries()) {
          const twin = twins[i]!;
          expect(Math.round(el.getBoundingClientRect().width), `${el.localName}: width`).to.equal(
            Math.round(twin.getBoundingClientRect().width),
          );
          expect(drawn(el), `${el.localName}: height`).to.be.closeTo(drawn(twin), 2);
        }
      } finally {
        area.remove();
      }
    });
});

describe('look: one phone-link style', () => {
  it('a phone number in running text looks the same in every element', async () => {
    const wrap = await fixture(html`<div>
      <safety-checklist></safety-checklist>
      <safety-four-explainer></safety-four-explainer>
      <safety-clares-law></safety-clares-law>
    </div>`);
    const looks = new Set<string>();
    for (const el of wrap.children) {
      await (el as Upgradable).updateComplete;
      const links = $$(el, 'a[href^="tel:"]:not(.call)');
      expect(links.length, el.localName).to.be.greaterThan(0);
      for (const a of links) {
        const cs = getComputedStyle(a);
        looks.add([cs.color, cs.fontWeight, cs.whiteSpace, cs.textDecorationLine].join(' '));
      }
    }
    expect([...looks]).to.have.length(1);
  });
});

describe('look: headings and surfaces', () => {
  it('--safety-heading-color reaches every heading of every element; the text colour otherwise', async () => {
    const wrap = await fixture(html`<div style="--safety-heading-color: rgb(1, 2, 3)">
      <safety-checklist></safety-checklist>
      <safety-four-explainer law types></safety-four-explainer>
      <safety-clares-law></safety-clares-law>
      <safety-helpline-directory></safety-helpline-directory>
    </div>`);
    for (const el of wrap.children) {
      await (el as Upgradable).updateComplete;
      const headings = $$(el, 'h1, h2, h3, h4, h5, h6');
      expect(headings.length, el.localName).to.be.greaterThan(0);
      for (const h of headings)
        expect(getComputedStyle(h).color, `<${el.localName}> ${h.localName}`).to.equal('rgb(1, 2, 3)');
    }
    (wrap as HTMLElement).style.removeProperty('--safety-heading-color');
    for (const el of wrap.children) {
      const h = $(el, 'h2');
      expect(getComputedStyle(h).color).to.equal(getComputedStyle(el).color);
    }
  });

  it('the directory\'s "check opening hours" line is secondary: normal weight, smaller, muted', async () => {
    const el = await render(html`<safety-helpline-directory></safety-helpline-directory>`);
    const unknown = $$(el, '[part~="status"]').filter((p) => p.classList.contains('unknown'));
    expect(unknown.length, 'some helplines have unconfirmed hours').to.be.greaterThan(0);
    const call = $(el, '[part~="call"]');
    for (const p of unknown) {
      const cs = getComputedStyle(p);
      expect(px(cs.fontWeight)).to.be.below(600);
      expect(px(cs.fontSize)).to.be.below(px(getComputedStyle(call).fontSize));
      expect(cs.color).to.not.equal(getComputedStyle(el).color);
    }
  });
});

describe("look: the debug attribute shows an element's warnings to the editor", () => {
  it("without debug nothing is shown; with it, the console's warnings appear inside the element", async () => {
    let el!: Upgradable;
    const warnings = await captureWarningsAsync(async () => {
      el = await render(html`<safety-four-explainer layout="carousel-debug-test"></safety-four-explainer>`);
    });
    expect(warnings.join('\n')).to.contain('carousel-debug-test');
    // Booleans, not elements: a failing assertion that prints a shadow-DOM node hangs the runner.
    expect(Boolean(root(el).querySelector('[part~="debug"]')), 'readers see nothing').to.equal(false);
    el.setAttribute('debug', '');
    // The panel's code loads the first time an element has the attribute.
    await waitUntil(() => root(el).querySelector('[part~="debug"]'), 'no debug panel after adding the attribute');
    const panel = $(el, '[part~="debug"]');
    el.requestUpdate();
    await el.updateComplete;
    expect(root(el).querySelectorAll('[part~="debug"]').length, 'one panel, however often it is drawn').to.equal(1);
    expect(text(panel)).to.contain('carousel-debug-test');
    expect(panel.getAttribute('lang'), 'English messages, marked so on a Welsh page').to.equal('en');
    expect(shown(panel)).to.equal(true);
    el.removeAttribute('debug');
    await new Promise((r) => requestAnimationFrame(r));
    expect(root(el).querySelectorAll('[part~="debug"]').length, 'the panel is removed').to.equal(0);
  });

  it('a warning given after the element rendered appears at once; an element with no problems says so', async () => {
    const el = await render<Upgradable>(html`<safety-clares-law debug></safety-clares-law>`);
    await waitUntil(() => root(el).querySelector('[part~="debug"]'), 'no debug panel');
    const panel = $(el, '[part~="debug"]');
    const before = text(panel);
    await captureWarningsAsync(async () => {
      el.setAttribute('nation', 'atlantis-debug-test');
      await el.updateComplete;
    });
    expect(text($(el, '[part~="debug"]'))).to.contain('atlantis-debug-test');
    expect(before).to.not.contain('atlantis-debug-test');
    const quiet = await render<Upgradable>(html`<safety-checklist debug></safety-checklist>`);
    // Nothing in this file misconfigures a checklist (each test file runs in its own page).
    expect(text($(quiet, '[part~="debug"]'))).to.contain('no configuration problems found');
  });
});

describe('look: one landmark per content element', () => {
  it('every content element is a region named by its own heading, so a screen reader can jump to it', async () => {
    for (const tag of [
      'safety-helpline-directory',
      'safety-four-explainer',
      'safety-checklist',
      'safety-clares-law',
      'safety-online-safety',
    ]) {
      const el = await render(html`<div></div>`);
      const inner = document.createElement(tag) as Upgradable;
      el.append(inner);
      await inner.updateComplete;
      const base = $(inner, '[part~="base"]');
      expect(base.localName, tag).to.equal('section');
      const name = root(inner).getElementById(base.getAttribute('aria-labelledby') ?? '');
      expect(name?.getAttribute('part'), tag).to.contain('heading');
      expect(text(name), tag).to.equal(text($(inner, '[part~="heading"]')));
    }
  });
});
