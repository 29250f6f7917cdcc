// Issue 13, case 8: the classic file's `data-quick-exit` insertion says clearly why when it cannot insert a
// working quick exit, rather than leave a dead red box. This page never loads the real element (each test
// file has a page of its own), so the tag is first undefined (what a Trusted Types refusal of Lit's policy
// leaves), then defined by another script. That a working one is inserted is proved end to end
// (test/e2e/quick-exit.e2e.mjs, "the classic all-in-one file inserts a quick exit …").
import { expect } from '@open-wc/testing';
import { insertQuickExitFromScript } from '../src/script-tag.js';
import { captureWarnings } from './support/console.js';

function scriptTag(attributes: Record<string, string>): HTMLScriptElement {
  const script = document.createElement('script');
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  return script;
}
const inserted = () => document.querySelectorAll('safety-quick-exit').length;

describe('<script data-quick-exit>: when no working quick exit can be inserted', () => {
  it('does nothing without data-quick-exit', () => {
    const warnings = captureWarnings(() => insertQuickExitFromScript(scriptTag({})));
    expect(warnings).to.deep.equal([]);
    expect(inserted()).to.equal(0);
  });

  it('says the element is not defined, and how a Trusted Types page fixes it, inserting nothing', () => {
    expect(customElements.get('safety-quick-exit')).to.equal(undefined);
    const warnings = captureWarnings(() =>
      insertQuickExitFromScript(scriptTag({ 'data-quick-exit': '', 'data-quick-exit-href': 'https://www.bbc.co.uk/' })),
    );
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('cannot insert a working quick exit: <safety-quick-exit> is not defined');
    expect(warnings[0]).to.contain("'allow-duplicates'");
    expect(inserted()).to.equal(0);
  });

  it('says the tag is already defined by another script, inserting nothing', () => {
    customElements.define('safety-quick-exit', class extends HTMLElement {});
    const warnings = captureWarnings(() => insertQuickExitFromScript(scriptTag({ 'data-quick-exit': '' })));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('already defined by another script, not by safety-elements');
    expect(inserted()).to.equal(0);
  });
});
