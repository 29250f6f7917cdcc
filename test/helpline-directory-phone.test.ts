import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/helpline-directory/safety-helpline-directory.js';
import type { SafetyHelplineDirectory } from '../src/components/helpline-directory/safety-helpline-directory.js';
import { KEY_SERVICES } from '../src/components/helpline-directory/helpline-directory.component.js';
import { EMERGENCY, HELPLINES } from '../src/data/helplines.js';
import { captureWarningsAsync } from './support/console.js';

// The TypeScript source itself: the dev server compiles it (and maps its .js imports) for the frame too.
const MODULE = new URL('../src/components/helpline-directory/safety-helpline-directory.ts', import.meta.url).href;
const $ = (el: SafetyHelplineDirectory, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: SafetyHelplineDirectory, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const keyLines = (nation: keyof typeof KEY_SERVICES) =>
  KEY_SERVICES[nation].flatMap((id) => HELPLINES.find((h) => h.id === id) ?? []);

/**
 * A 360 x 800 phone screen: an iframe of that size with its own document (its own viewport, media
 * queries and width), so the test needs no window resize (WebKit's driver cannot resize the window).
 */
async function phone(attrs = ''): Promise<{ frame: HTMLIFrameElement; el: SafetyHelplineDirectory }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:360px;height:800px;border:0;display:block';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
    <style>body{margin:0;padding:8px;font-family:Arial,sans-serif}</style></head>
    <body><safety-helpline-directory ${attrs}></safety-helpline-directory><script type="module" src="${MODULE}"></script></body></html>`;
  document.body.append(frame);
  await waitUntil(
    () =>
      frame.contentWindow?.customElements?.get('safety-helpline-directory') &&
      frame.contentDocument?.querySelector('safety-helpline-directory')?.shadowRoot,
    'the element did not upgrade in the frame',
    { timeout: 20000 },
  );
  const el = frame.contentDocument!.querySelector('safety-helpline-directory') as SafetyHelplineDirectory;
  await el.updateComplete;
  return { frame, el };
}

/** Whether the reader sees the compact layout: the cards' descriptions (list layout only) are not shown. */
function compactShown(el: SafetyHelplineDirectory): boolean {
  const descriptions = $$(el, '[part="card"] [part="description"]');
  if (!descriptions.length) throw new Error('no card has a description to show or hide');
  return descriptions.every((d) => !d.checkVisibility());
}

describe('<safety-helpline-directory> on a phone', function () {
  this.timeout(60000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('at 360 x 800, 999 and the key national lines are call buttons within the first screen, status beside each', async () => {
    let el: SafetyHelplineDirectory;
    ({ frame, el } = await phone());
    const win = frame.contentWindow!;
    expect(win.innerWidth).to.equal(360);
    // Under 600 px the compact layout is the default (the site did not choose one).
    expect(compactShown(el)).to.equal(true);
    expect(el.hasAttribute('layout')).to.equal(false);
    const calls = $$(el, 'a[href^="tel:"]').filter((a) => a.checkVisibility());
    expect(calls[0]!.getAttribute('href')).to.equal('tel:999');
    expect(calls[0]!.getBoundingClientRect().bottom).to.be.at.most(800);
    // The nation's key lines (from the data), in order, each a call button ending within 800 px.
    const key = keyLines('england-wales');
    expect(key.length).to.be.greaterThan(1);
    const rows = $$(el, '[part="key-service"]');
    expect(rows.map((r) => r.querySelector('.key-name')!.textContent)).to.deep.equal(key.map((h) => h.name));
    for (const [i, row] of rows.entries()) {
      const call = row.querySelector<HTMLAnchorElement>('[part~="phone"]')!;
      expect(call.getAttribute('href')).to.equal(`tel:+44${key[i]!.phones![0]!.number.replace(/\D/g, '').slice(1)}`);
      expect(call.getBoundingClientRect().bottom, key[i]!.name).to.be.at.most(800);
      expect(call.getBoundingClientRect().height).to.be.at.least(44);
      const status = row.querySelector('[part="status"]')!;
      expect(status.textContent!.trim()).to.match(/^(Open|Closed|Check|Today)/);
      // Beside the button: in the same line box as the button, or (when it does not fit) just under it.
      expect(status.getBoundingClientRect().top).to.be.below(call.getBoundingClientRect().bottom + 30);
    }
    // The stalking helpline can be found and pressed within the first screen.
    const stalking = HELPLINES.find((h) => h.id === 'national-stalking-helpline')!;
    const nsh = calls.find((a) => a.textContent!.includes(stalking.phones![0]!.number))!;
    expect(nsh.getBoundingClientRect().bottom).to.be.at.most(800);
    // Nothing is wider than the phone.
    expect(frame.contentDocument!.documentElement.scrollWidth).to.be.at.most(360);
  });

  it('the compact layout holds the notes under each call button and every way to make contact', async () => {
    let el: SafetyHelplineDirectory;
    ({ frame, el } = await phone());
    await waitUntil(() => $$(el, '[part="card"]').length === HELPLINES.length, 'cards did not render');
    let pairs = 0;
    for (const card of $$(el, '[part="card"]')) {
      expect(
        !!card.querySelector('a[href^="tel:"], a[href^="sms:"], a[href^="mailto:"], a[href^="http"]'),
        card.querySelector('[part="name"]')!.textContent!,
      ).to.equal(true);
      const call = card.querySelector('[part~="call"]');
      const note = card.querySelector('[part="note"]');
      if (call && note) {
        pairs += 1;
        expect(note.getBoundingClientRect().top).to.be.at.least(call.getBoundingClientRect().bottom - 1);
      }
    }
    expect(pairs, 'cards with a call button and its notes').to.be.greaterThan(0);
  });

  it('a site chooses the layout, the nation and the key lines', async () => {
    let el: SafetyHelplineDirectory;
    ({ frame, el } = await phone('layout="list" nation="scotland"'));
    expect(compactShown(el)).to.equal(false);
    expect($(el, '[part="description"]')).to.exist;
    const scotland = keyLines('scotland');
    expect($$(el, '[part="key-service"] .key-name').map((n) => n.textContent)).to.deep.equal(
      scotland.map((h) => h.name),
    );
    expect(scotland[0]!.nations).to.deep.equal(['scotland']);
    frame.remove();
    ({ frame, el } = await phone('key-services="samaritans victim-support"'));
    expect($$(el, '[part="key-service"] .key-name').map((n) => n.textContent)).to.deep.equal(
      ['samaritans', 'victim-support'].map((id) => HELPLINES.find((h) => h.id === id)!.name),
    );
  });

  it('warns once for a key-services id or nation it does not know, and carries on', async () => {
    const warnings = await captureWarningsAsync(async () => {
      const el = await fixture<SafetyHelplineDirectory>(
        html`<safety-helpline-directory key-services="nope samaritans" nation="narnia"></safety-helpline-directory>`,
      );
      el.requestUpdate();
      await el.updateComplete;
      expect($$(el, '[part="key-service"]')).to.have.length(1);
      expect($$(el, '[part="key-service"] .key-name').map((n) => n.textContent)).to.deep.equal(['Samaritans']);
    });
    expect(warnings.filter((w) => w.includes('"nope"'))).to.have.length(1);
    expect(warnings.filter((w) => w.includes('"narnia"'))).to.have.length(1);
  });

  it('wider than 600 px the list layout is the default', async () => {
    const el = await fixture<SafetyHelplineDirectory>(
      html`<div style="width:700px"><safety-helpline-directory></safety-helpline-directory></div>`,
    ).then((d) => d.firstElementChild as SafetyHelplineDirectory);
    await el.updateComplete;
    expect(compactShown(el)).to.equal(false);
    (el.parentElement as HTMLElement).style.width = '400px';
    await waitUntil(() => compactShown(el), 'did not switch to compact under 600 px');
    (el.parentElement as HTMLElement).style.width = '700px';
    await waitUntil(() => !compactShown(el), 'did not switch back to the list over 600 px');
  });

  it('emergency panel: "In danger now: call 999" first, the other ways behind one disclosure', async () => {
    const el = await fixture<SafetyHelplineDirectory>(html`<safety-helpline-directory></safety-helpline-directory>`);
    const panel = $(el, '[part="emergency"]')!;
    expect(panel.querySelector('[part="emergency-heading"]')!.textContent!.trim()).to.equal('In danger now: call 999');
    expect(panel.querySelector('a')!.getAttribute('href')).to.equal('tel:999');
    const more = panel.querySelectorAll('details');
    expect(more).to.have.length(1);
    const details = more[0] as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent!.trim()).to.equal('Other ways to contact the police');
    // Relay UK's 18000 is text with a link to the service, never a tel: voice link (issue 14).
    expect([...details.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      EMERGENCY.find((f) => f.id === 'relay-uk')!.source,
      'sms:999?body=register',
      'tel:101',
    ]);
    expect(details.textContent).to.contain('55').and.contain('Relay UK: 18000');
    // By keyboard: Tab from 999 reaches the summary, Enter opens it.
    (panel.querySelector('a') as HTMLElement).focus();
    await sendKeys({ press: 'Tab' });
    // Booleans, not elements: chai printing a shadow-DOM element on failure hangs the browser tab.
    expect(el.shadowRoot!.activeElement === details.querySelector('summary')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => details.open, 'Enter did not open the disclosure');
    await expect(el).to.be.accessible();
  });

  it('one compact filter control below the first results, 44 px targets, announced count', async () => {
    const el = await fixture<SafetyHelplineDirectory>(html`<safety-helpline-directory></safety-helpline-directory>`);
    const key = $(el, '[part="key"]')!;
    const tools = $(el, '[part="tools"]')!;
    expect(key.compareDocumentPosition(tools) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect($$(el, '[part~="filters"]')).to.have.length(1);
    const filters = $(el, '[part~="filters"]') as HTMLDetailsElement;
    expect(filters.localName).to.equal('details');
    const summary = filters.querySelector('summary')!;
    expect(summary.getBoundingClientRect().height).to.be.at.least(44);
    expect($(el, 'input[type="search"]')!.getBoundingClientRect().height).to.be.at.least(44);
    // A polite status says the count once the list has settled: screen readers announce its new text.
    const status = $(el, '[role="status"]')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => filters.open, 'the filter did not open');
    for (const label of filters.querySelectorAll('label'))
      expect(label.getBoundingClientRect().height).to.be.at.least(44);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const stalking = HELPLINES.filter((h) => h.categories.includes('stalking'));
    expect(summary.textContent!.trim()).to.equal('Filter: Stalking');
    const counted = `Showing ${stalking.length} of ${HELPLINES.length} services`;
    expect($(el, '[part="count"]')!.textContent!.trim()).to.equal(counted);
    await waitUntil(() => status.textContent!.trim() === counted, 'the status follows the filter', { timeout: 5000 });
  });

  it('sources, dates and coverage in one disclosure at the end; axe with every disclosure open', async () => {
    const el = await fixture<SafetyHelplineDirectory>(html`<safety-helpline-directory></safety-helpline-directory>`);
    const sources = $(el, '[part~="sources"]') as HTMLDetailsElement;
    expect(sources.querySelector('summary')!.textContent!.trim()).to.equal('Where this information comes from');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.lastElementChild === sources).to.equal(true);
    expect($$(el, '[part="card"] [part="checked"]')).to.have.length(0);
    for (const d of $$(el, 'details') as HTMLDetailsElement[]) d.open = true;
    await waitUntil(() => $$(el, '[part="checked"]').length === HELPLINES.length, 'sources did not render');
    // Each source link is named by its site, inside its service's entry; one name is never two pages.
    const links = $$(el, '[part="checked"] a').map((a) => [a.textContent!.trim(), a.getAttribute('href')!] as const);
    expect(links).to.have.length(HELPLINES.length);
    for (const [name, href] of links)
      expect(
        links.filter(([n, h]) => n === name && h !== href).map(([, h]) => h),
        name,
      ).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('is accessible in the compact layout and with search results that include the police', async () => {
    const el = await fixture<SafetyHelplineDirectory>(
      html`<safety-helpline-directory layout="compact"></safety-helpline-directory>`,
    );
    await expect(el).to.be.accessible();
    const input = $(el, 'input[type="search"]') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'police' });
    await el.updateComplete;
    expect($$(el, '[part="police-matches"] li').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });
});
