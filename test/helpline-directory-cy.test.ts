// The directory's bundled services in Welsh, on a page where nothing has loaded the Welsh table before (each
// test file has a page of its own): the first Welsh directory a reader meets. Its list was once made while the
// table was still loading and stayed English for good ("Live Fear Free", "Press 2 for the London service" on
// every Welsh page), which the suites in test/i18n.test.ts missed because an earlier test had loaded the table.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/helpline-directory/safety-helpline-directory.js';
import type { SafetyHelplineDirectory } from '../src/components/helpline-directory/helpline-directory.component.js';
import { HELPLINES_CY } from '../src/data/helplines.cy.js';
import { stringsReady } from '../src/internal/strings.js';

const sr = (el: Element) => el.shadowRoot!;
const keyNames = (el: Element) => [...sr(el).querySelectorAll('.key-name')].map((n) => n.textContent!.trim());
const cy = (key: string) => HELPLINES_CY[key]!;
const STALKING_CY = cy('helpline.national-stalking-helpline.name');
const LONDON_CY = cy('helpline.national-stalking-helpline.phone.0.label');

describe('<safety-helpline-directory> in Welsh, the first on the page', () => {
  it("shows the services' Welsh names and phone labels in the key lines and the cards", async () => {
    const wrap = await fixture(html`<div lang="cy"><safety-helpline-directory></safety-helpline-directory></div>`);
    const el = wrap.firstElementChild as SafetyHelplineDirectory;
    await stringsReady(el);
    const text = sr(el).textContent!;
    expect(keyNames(el)).to.include.members([STALKING_CY, 'Byw Heb Ofn']);
    expect(text).to.contain(LONDON_CY);
    expect(text).to.not.contain('Press 2 for the London service');
    expect(text).to.not.contain('Live Fear Free');
    const cardNames = [...sr(el).querySelectorAll('[part~="card"] [part~="name"]')].map((n) => n.textContent!.trim());
    expect(cardNames).to.include(STALKING_CY);
  });

  it('follows a change of language: English, then Welsh, then English again', async () => {
    const wrap = await fixture(html`<div lang="en"><safety-helpline-directory></safety-helpline-directory></div>`);
    const el = wrap.firstElementChild as SafetyHelplineDirectory;
    await stringsReady(el);
    expect(keyNames(el)).to.include('National Stalking Helpline');
    wrap.setAttribute('lang', 'cy');
    await waitUntil(() => keyNames(el).includes(STALKING_CY), 'Welsh names once the table is in use');
    expect(sr(el).textContent).to.contain(LONDON_CY);
    wrap.setAttribute('lang', 'en');
    await waitUntil(() => keyNames(el).includes('National Stalking Helpline'), 'English names again');
    expect(sr(el).textContent).to.contain('Press 2 for the London service');
  });
});

describe('<safety-helpline-directory> in Welsh: the empty state', () => {
  it('with no key lines shown, the national lines it offers when nothing matches have their Welsh names', async () => {
    const wrap = await fixture(
      html`<div lang="cy"><safety-helpline-directory key-services=""></safety-helpline-directory></div>`,
    );
    const el = wrap.firstElementChild as SafetyHelplineDirectory;
    await stringsReady(el);
    const input = sr(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'zzqx';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const empty = sr(el).querySelector('[part="empty"]')!;
    expect(empty, 'the empty state').to.not.equal(null);
    expect(empty.textContent).to.contain(STALKING_CY);
    expect(empty.textContent).to.not.contain('National Stalking Helpline');
  });
});
