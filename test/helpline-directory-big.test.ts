import { expect, waitUntil } from '@open-wc/testing';
import '../src/components/helpline-directory/safety-helpline-directory.js';
import type { SafetyHelplineDirectory } from '../src/components/helpline-directory/safety-helpline-directory.js';
import { WORDS, addDirectory, entries, timerProbe, warmUp } from './support/big-list.js';

/**
 * A site list of 10,000 entries (issues 13 and 16): the directory reads, renders and indexes it in many
 * short tasks, so the page (and a quick exit on it) can respond all the while. How long each task takes
 * is measured by the bench (`npm run bench -- --only helpline`: longest task while loading 10,000
 * entries); here, the behaviour: the work is split (the page runs a timer between slices). The Long Tasks
 * check (Chromium) and the sources disclosure have files of their own: 10,000 cards take most of a file's time.
 */

const N = 10_000;
describe('<safety-helpline-directory> with 10,000 site entries', function () {
  // Every card of 10,000 is rendered, a block at a time: seconds, more on a loaded machine or in WebKit.
  this.timeout(180000);

  let el: SafetyHelplineDirectory | undefined;
  afterEach(() => el?.remove());

  const root = () => el!.shadowRoot!;
  const cards = () => root().querySelectorAll('[part="card"]').length;
  const shown = () => root().querySelectorAll('[part="card"]:not([hidden])').length;
  const count = () => root().querySelector('[part="count"]')!.textContent!.trim();

  it('reads, renders and indexes the list in many tasks: the page runs its own timers between slices', async () => {
    const list = entries(N);
    await warmUp();
    const probe = timerProbe();
    el = addDirectory(list);
    // The first cards are there after the first task, before the whole list is read.
    await new Promise((r) => setTimeout(r));
    expect(cards() > 0, 'cards rendered in the first task').to.equal(true);
    expect(count() === `Showing ${N} of ${N} services`, 'the whole list read in the first task').to.equal(false);
    const start = probe.ticks;
    // `updateComplete` waits until the whole list is read.
    await el!.updateComplete;
    const read = probe.ticks - start;
    expect(count()).to.equal(`Showing ${N} of ${N} services`);
    await waitUntil(() => cards() === N, 'every card is rendered in the end', { timeout: 150000, interval: 100 });
    const rendered = probe.ticks - start - read;
    // The first search builds the index of every entry, in slices too; `updateComplete` waits for it.
    const input = root().querySelector<HTMLInputElement>('input[type="search"]')!;
    const before = probe.ticks;
    input.value = 'number9999';
    input.dispatchEvent(new Event('input'));
    await el!.updateComplete;
    const searched = probe.ticks - before;
    probe.stop();
    expect(shown()).to.equal(1);
    expect(count()).to.equal(`Showing 1 of ${N} services`);
    expect(root().querySelector('[part="card"]:not([hidden]) [part="name"]')!.textContent!.trim()).to.equal(
      `${WORDS[9999 % WORDS.length]} service number9999`,
    );

    // Split into many tasks: the page's own timer ran while the list was read, many times while its
    // cards were rendered, and while the search index was built.
    expect(read, 'timer runs while the list is read').to.be.greaterThan(1);
    expect(rendered, 'timer runs while the cards are rendered').to.be.greaterThan(20);
    expect(searched, 'timer runs while the search index is built').to.be.greaterThan(0);
  });
});

describe('<safety-helpline-directory> with 300 site entries (several blocks)', function () {
  this.timeout(60000);
  let el: SafetyHelplineDirectory | undefined;
  afterEach(() => el?.remove());

  it('starts with a first screenful of cards, fewer than a block; the next ones follow in later tasks', async () => {
    el = addDirectory(entries(300));
    await el.updateComplete;
    const cards = () => el!.shadowRoot!.querySelectorAll('[part="card"]').length;
    const first = cards();
    expect(first > 0 && first < 25, `first render has ${first} cards`).to.equal(true);
    await waitUntil(() => cards() === 300, 'the next cards follow', { timeout: 30000, interval: 20 });
  });

  it("a keystroke leaves unchanged cards' DOM nodes in place; only visibility changes", async () => {
    el = addDirectory(entries(300));
    await el.updateComplete;
    const root = el.shadowRoot!;
    const all = () => [...root.querySelectorAll('[part="card"]')];
    await waitUntil(() => all().length === 300, 'every card is rendered', { timeout: 30000, interval: 50 });
    const before = all();
    const names = before.map((c) => c.querySelector('[part="name"]'));
    const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    for (const value of ['stalking', 'stalking serv', 'refuge', '']) {
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      const after = all();
      const shownNow = after.filter((c) => !(c as HTMLElement).hidden).length;
      expect(root.querySelector('[part="count"]')!.textContent!.trim()).to.equal(`Showing ${shownNow} of 300 services`);
      expect(
        after.every((c, i) => c === before[i] && c.querySelector('[part="name"]') === names[i]),
        `"${value}": the same card and name nodes, in the same order`,
      ).to.equal(true);
    }
    expect(all().every((c) => !(c as HTMLElement).hidden)).to.equal(true);
  });
});
