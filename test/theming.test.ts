import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';

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
