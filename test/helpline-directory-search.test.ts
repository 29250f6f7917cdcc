import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/helpline-directory/safety-helpline-directory.js';
import type { SafetyHelplineDirectory } from '../src/components/helpline-directory/safety-helpline-directory.js';
import { KEY_SERVICES } from '../src/components/helpline-directory/helpline-directory.component.js';
import { parse, stem, synonyms } from '../src/components/helpline-directory/search.js';
import { CATEGORIES, EMERGENCY, HELPLINES, type Category, type Helpline } from '../src/data/helplines.js';
import { SERVICE_NATION_VALUES } from '../src/internal/nation.js';

const TOTAL = HELPLINES.length;
const $ = (el: SafetyHelplineDirectory, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: SafetyHelplineDirectory, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const CARD = '[part="card"]:not([hidden])';
const names = (el: SafetyHelplineDirectory) => $$(el, `${CARD} [part="name"]`).map((n) => n.textContent!.trim());
const count = (el: SafetyHelplineDirectory) => $(el, '[part="count"]')!.textContent!.trim();
const policeWays = (el: SafetyHelplineDirectory) =>
  $$(el, '[part="police-matches"] a').map((a) => a.getAttribute('href'));
/** Relay UK's 18000 is text (reached from a textphone or the Relay UK app), with a link to the service: never a tel: link (issue 14). */
const RELAY = EMERGENCY.find((f) => f.id === 'relay-uk')!.source;
const withCategory = (...cats: Category[]) =>
  HELPLINES.filter((h) => h.categories.some((c) => cats.includes(c))).map((h) => h.name);

async function search(el: SafetyHelplineDirectory, text: string) {
  const input = $(el, 'input[type="search"]') as HTMLInputElement;
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  // A key at a time: WebKit's driver can drop spaces from a long typed string, and the second of two same
  // characters in a row ("18001" came out "1801").
  for (const ch of text) await sendKeys({ type: ch });
  expect(input.value).to.equal(text);
  await el.updateComplete;
}

describe('<safety-helpline-directory> search', function () {
  it('every # token the synonym table gives is one an entry or a police way can carry (a category, a nation, a feature)', () => {
    // A token no index holds makes its synonym do nothing ("#women", "#young" did).
    const can = new Set([
      ...CATEGORIES.map((c) => `#${c}`),
      ...SERVICE_NATION_VALUES.map((n) => `#${n}`),
      '#text',
      '#bsl',
      '#chat',
      '#emergency',
      '#relay',
    ]);
    const given = new Set([...synonyms().values()].flat().filter((t) => t.startsWith('#')));
    expect([...given].filter((t) => !can.has(t))).to.deep.equal([]);
    // The features are real: some bundled entry or police way carries each.
    expect(HELPLINES.some((h) => h.bsl)).to.equal(true);
    expect(HELPLINES.some((h) => h.webchat)).to.equal(true);
    expect(HELPLINES.some((h) => h.texts?.length)).to.equal(true);
  });

  // axe over the whole directory can take over 30 s in WebKitGTK on a loaded machine.
  this.timeout(60000);

  it('a screen reader hears the count once typing has paused, not at every key, with the empty message when nothing matches', async () => {
    const el = await fixture<SafetyHelplineDirectory>(html`<safety-helpline-directory></safety-helpline-directory>`);
    const status = () => $(el, '[role="status"]')!.textContent!.trim();
    const heard: string[] = [];
    const watch = new MutationObserver(() => heard.push(status()));
    watch.observe($(el, '[role="status"]')!, { childList: true, subtree: true, characterData: true });
    expect(status(), 'the first count is in place, not read out').to.equal(`Showing ${TOTAL} of ${TOTAL} services`);
    // A key at a time, each drawn before the next, with no pause a loaded machine could stretch past 1 s.
    const input = $(el, 'input[type="search"]') as HTMLInputElement;
    const type = async (word: string) => {
      input.value = '';
      for (const ch of word) {
        input.value += ch;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await el.updateComplete;
      }
    };
    await type('police');
    expect(count(el), 'the list and its visible count follow every key').to.not.equal(
      `Showing ${TOTAL} of ${TOTAL} services`,
    );
    await waitUntil(() => heard.length > 0, 'the count is announced once typing pauses', { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 1500));
    expect(heard.filter(Boolean), 'one announcement for the whole word').to.deep.equal([count(el)]);
    await type('zzqx');
    await waitUntil(() => status().includes('zzqx'), 'the empty state is announced', { timeout: 5000 });
    expect(status()).to.equal('Showing 0 of ' + TOTAL + ' services. No services match “zzqx”.');
  });

  it('stems words: "stalker", "stalked", "stalking" and a half-typed word are the same search', () => {
    for (const w of ['stalking', 'stalked', 'stalks']) expect(stem(w), w).to.equal(stem('stalker'));
    expect(stem('harassment')).to.equal(stem('harassed'));
    expect(stem('abusive')).to.equal(stem('abuse'));
    // Stop words go, unless they are all there is; a number is one term of digits.
    expect(parse('my ex')).to.have.length(1);
    expect(parse('0808 802')).to.deep.equal([{ digits: '0808802', any: [] }]);
    for (const word of [
      'stalker',
      'ex',
      'partner',
      'deaf',
      'text',
      'sign',
      'women',
      'men',
      'lgbt',
      'child',
      'police',
    ]) {
      expect(synonyms().get(stem(word)), word).to.be.an('array').that.is.not.empty;
    }
  });

  // Each synonym of the issue, in the element: what it must find comes from the data module.
  const cases: Array<[word: string, expected: () => string[], police?: string[]]> = [
    ['stalker', () => withCategory('stalking')],
    ['stalked', () => withCategory('stalking')],
    ['stalki', () => withCategory('stalking')],
    ['ex', () => withCategory('domestic-abuse')],
    ['partner', () => withCategory('domestic-abuse')],
    ['ex partner', () => withCategory('domestic-abuse')],
    [
      'deaf',
      () => HELPLINES.filter((h: Helpline) => h.texts?.length || h.bsl).map((h) => h.name),
      [RELAY, 'sms:999?body=register'],
    ],
    [
      'text',
      () => HELPLINES.filter((h: Helpline) => h.texts?.length || h.bsl).map((h) => h.name),
      [RELAY, 'sms:999?body=register'],
    ],
    [
      'sign',
      () => HELPLINES.filter((h: Helpline) => h.texts?.length || h.bsl).map((h) => h.name),
      [RELAY, 'sms:999?body=register'],
    ],
    ['women', () => withCategory('domestic-abuse', 'sexual-violence')],
    ['men', () => withCategory('men')],
    ['lgbt', () => withCategory('lgbt')],
    ['gay', () => withCategory('lgbt')],
    ['police', () => withCategory('report-crime'), ['tel:999', 'tel:101']],
  ];
  for (const [word, expected, police] of cases) {
    it(`"${word}" finds ${police ? 'the ways to reach the police and ' : ''}the services it means`, async () => {
      const el = await fixture<SafetyHelplineDirectory>(html`<safety-helpline-directory></safety-helpline-directory>`);
      await search(el, word);
      const want = expected();
      expect(want, `the data has services for "${word}"`).not.to.be.empty;
      expect(names(el)).to.include.members(want);
      // It filters: a search that ignored the words would show every service and pass the line above.
      expect(names(el).length, `"${word}" leaves some services out`).to.be.lessThan(TOTAL);
      expect(count(el)).to.equal(`Showing ${names(el).length} of ${TOTAL} services`);
      if (police) expect(policeWays(el)).to.include.members(police);
      if (police) expect(policeWays(el)).not.to.include('tel:18000');
      expect($(el, '[part="empty"]')).to.equal(null);
    });
  }

  it('"relay" and "18001" find Relay UK, which says how to call any number by typing', async () => {
    for (const word of ['relay', '18001']) {
      const el = await fixture<SafetyHelplineDirectory>(html`<safety-helpline-directory></safety-helpline-directory>`);
      await search(el, word);
      expect(policeWays(el), word).to.include(RELAY);
      el.remove();
    }
  });

  it('"child" finds services for children and young people, or says so and shows the national lines', async () => {
    const el = await fixture<SafetyHelplineDirectory>(html`<safety-helpline-directory></safety-helpline-directory>`);
    await search(el, 'child');
    const want = HELPLINES.filter(
      (h) =>
        (h.categories as readonly string[]).includes('children') ||
        /\b(child|young)/i.test(`${h.name} ${h.description}`),
    ).map((h) => h.name);
    expect(want, 'Childline is for children').to.include(HELPLINES.find((h) => h.id === 'childline')!.name);
    expect(names(el)).to.include.members(want);
    expect(names(el).length).to.be.lessThan(TOTAL);
  });

  it('several words: every word must match, else services matching some of them, with a note', async () => {
    const el = await fixture<SafetyHelplineDirectory>(html`<safety-helpline-directory></safety-helpline-directory>`);
    await search(el, 'my ex is stalking me');
    expect(names(el)).to.include.members([...withCategory('stalking'), ...withCategory('domestic-abuse')]);
    expect($(el, '[part="base"]')!.textContent).to.contain('match some of them');
    await expect(el).to.be.accessible();
  });

  it('never an empty page: says so, offers Clear search, and shows the national lines as call buttons', async () => {
    const el = await fixture<SafetyHelplineDirectory>(html`<safety-helpline-directory></safety-helpline-directory>`);
    await search(el, 'qwxz');
    const empty = $(el, '[part="empty"]')!;
    expect(empty.textContent).to.contain('No services match “qwxz”');
    expect(count(el)).to.equal(`Showing 0 of ${TOTAL} services`);
    const key = KEY_SERVICES['england-wales'].flatMap((id) => HELPLINES.find((h) => h.id === id) ?? []);
    const calls = [...empty.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')];
    expect(calls.map((a) => a.textContent!.trim())).to.deep.equal(key.map((h) => `Call ${h.phones![0]!.number}`));
    for (const a of calls) expect(a.checkVisibility()).to.equal(true);
    await expect(el).to.be.accessible();
    // Clear search: by keyboard, back to every service, focus back in the search box.
    const clear = $(el, '[part="clear"]') as HTMLButtonElement;
    expect(clear.textContent!.trim()).to.equal('Clear search');
    expect(clear.getBoundingClientRect().height).to.be.at.least(44);
    clear.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => count(el) === `Showing ${TOTAL} of ${TOTAL} services`, 'Clear search did not clear');
    expect(($(el, 'input[type="search"]') as HTMLInputElement).value).to.equal('');
    await waitUntil(
      () => el.shadowRoot!.activeElement === $(el, 'input[type="search"]'),
      'focus did not return to the search box',
    );
    expect($(el, '[part="empty"]')).to.equal(null);
  });

  it('the empty state keeps national lines even when the site shows no key lines', async () => {
    const el = await fixture<SafetyHelplineDirectory>(
      html`<safety-helpline-directory key-services=""></safety-helpline-directory>`,
    );
    expect($(el, '[part="key"]')).to.equal(null);
    await search(el, 'qwxz');
    expect($$(el, '[part="empty"] a[href^="tel:"]').length).to.be.greaterThan(0);
  });
});
