// Importing a component module (`*.component.ts`) registers nothing: no custom element and no typed
// CSS property. Only the define files (`safety-<name>.ts`) do. This file imports no define file, and
// each test file runs in its own page, so nothing else has registered anything here.
import { expect } from '@open-wc/testing';
import { SafetyChecklist } from '../src/components/checklist/checklist.component.js';
import { COLOR_TOKENS as CHECKLIST_TOKENS } from '../src/components/checklist/checklist.styles.js';
import { SafetyClaresLaw } from '../src/components/clares-law/clares-law.component.js';
import { COLOR_TOKENS as CLARES_LAW_TOKENS } from '../src/components/clares-law/clares-law.styles.js';
import { SafetyFourExplainer } from '../src/components/four-explainer/four-explainer.component.js';
import { COLOR_TOKENS as FOUR_TOKENS } from '../src/components/four-explainer/four-explainer.styles.js';
import { SafetyHelplineDirectory } from '../src/components/helpline-directory/helpline-directory.component.js';
import { COLOR_TOKENS as DIRECTORY_TOKENS } from '../src/components/helpline-directory/helpline-directory.styles.js';
import { SafetyOnlineSafety } from '../src/components/online-safety/online-safety.component.js';
import { COLOR_TOKENS as ONLINE_SAFETY_TOKENS } from '../src/components/online-safety/online-safety.styles.js';
import { COLOR_TOKENS } from '../src/internal/color-tokens.js';

const TAGS = [
  'safety-checklist',
  'safety-clares-law',
  'safety-four-explainer',
  'safety-helpline-directory',
  'safety-online-safety',
];
const TOKENS = [
  COLOR_TOKENS,
  CHECKLIST_TOKENS,
  CLARES_LAW_TOKENS,
  FOUR_TOKENS,
  DIRECTORY_TOKENS,
  ONLINE_SAFETY_TOKENS,
].flatMap((t) => Object.keys(t));

/**
 * Whether `name` is a registered custom property, read without registering it: a registered `<color>`
 * property with an invalid value computes to its initial value; an unregistered one keeps the text.
 */
function registered(name: string): boolean {
  const probe = document.createElement('div');
  probe.style.setProperty(name, 'not-a-colour');
  document.body.append(probe);
  const value = getComputedStyle(probe).getPropertyValue(name).trim();
  probe.remove();
  return value !== 'not-a-colour';
}

describe('importing a component module registers nothing', () => {
  it('defines no custom element', () => {
    // The classes are imported (and used here, so no bundler could drop the imports).
    expect(
      [SafetyChecklist, SafetyClaresLaw, SafetyFourExplainer, SafetyHelplineDirectory, SafetyOnlineSafety].every(
        (c) => typeof c === 'function',
      ),
    ).to.equal(true);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('registers no CSS custom property; the define file then registers them', async function () {
    if (typeof CSS.registerProperty !== 'function') this.skip();
    expect(TOKENS.length).to.be.greaterThan(12);
    for (const name of TOKENS) expect(registered(name), `${name} before any define file`).to.equal(false);
    await import('../src/components/checklist/safety-checklist.js');
    expect(customElements.get('safety-checklist')).to.equal(SafetyChecklist);
    for (const name of [...Object.keys(COLOR_TOKENS), ...Object.keys(CHECKLIST_TOKENS)])
      expect(registered(name), `${name} after the define file`).to.equal(true);
  });
});
