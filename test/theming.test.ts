import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { COLOR_TOKENS } from '../src/internal/color-tokens.js';

// Each content element's typed colour copy, the global token it follows, and its own public token.
const CASES = [
  ['safety-checklist', '--_safety-checklist-accent', '--safety-color-success', '--safety-checklist-accent'],
  [
    'safety-four-explainer',
    '--_safety-four-explainer-accent',
    '--safety-color-primary',
    '--safety-four-explainer-accent',
  ],
  [
    'safety-helpline-directory',
    '--_safety-helpline-directory-emergency-border',
    '--safety-color-danger',
    '--safety-helpline-directory-emergency-border',
  ],
  ['safety-clares-law', '--_safety-clares-law-accent', '--safety-color-primary', '--safety-clares-law-accent'],
  ['safety-online-safety', '--_safety-online-safety-accent', '--safety-color-primary', '--safety-online-safety-accent'],
] as const;

/** #fff → #ffffff. */
const longHex = (hex: string) => (hex.length === 4 ? hex.replace(/[0-9a-f]/gi, (d) => d + d) : hex).toLowerCase();

const rgb = (el: Element, name: string) => getComputedStyle(el).getPropertyValue(name).trim();

async function render(tag: string, style: string) {
  const wrapper = await fixture(html`<div style=${style}></div>`);
  const el = document.createElement(tag);
  wrapper.append(el);
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

describe('theming: token chains', () => {
  for (const [tag, typed, global, own] of CASES) {
    it(`<${tag}> follows ${global}, lets ${own} win, and survives nonsense in either`, async () => {
      const byDefault = rgb(await render(tag, ''), typed);
      expect(byDefault).to.match(/^(rgb|#)/);
      expect(rgb(await render(tag, `${global}: rgb(1, 2, 3)`), typed)).to.equal('rgb(1, 2, 3)');
      expect(rgb(await render(tag, `${global}: rgb(1, 2, 3); ${own}: rgb(4, 5, 6)`), typed)).to.equal('rgb(4, 5, 6)');
      expect(rgb(await render(tag, `${global}: nonsense`), typed)).to.equal(byDefault);
      expect(rgb(await render(tag, `${own}: 12px`), typed)).to.equal(byDefault);
    });
  }
});

describe('theming: one default per global token', () => {
  it("every fallback written for a global colour token, in every element's styles, is the default in COLOR_TOKENS", () => {
    // The defaults are written into each var() chain (so an element looks right with no theme) as well as
    // registered from COLOR_TOKENS: a test keeps the copies from drifting apart.
    const tags = [
      'safety-quick-exit',
      'safety-checklist',
      'safety-clares-law',
      'safety-four-explainer',
      'safety-helpline-directory',
      'safety-online-safety',
    ];
    const defaults: Record<string, string> = COLOR_TOKENS;
    let checked = 0;
    for (const tag of tags) {
      const ctor = customElements.get(tag) as unknown as {
        elementStyles: { cssText?: string; styleSheet?: CSSStyleSheet }[];
      };
      const css = ctor.elementStyles
        .map((s) => s.cssText ?? [...(s.styleSheet?.cssRules ?? [])].map((r) => r.cssText).join('\n'))
        .join('\n');
      for (const [, name, fallback] of css.matchAll(
        /var\((--safety-(?:color|focus)-[\w-]+),\s*(#[0-9a-f]{3,8})\s*\)/gi,
      )) {
        expect(defaults, `${tag}: ${name} is not a global token with a default`).to.have.property(name!);
        expect(longHex(fallback!), `${tag}: ${name}`).to.equal(defaults[name!]);
        checked++;
      }
    }
    expect(checked, 'fallbacks found').to.be.greaterThan(20);
  });
});
