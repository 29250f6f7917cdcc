import { expect, waitUntil } from '@open-wc/testing';
import '../src/components/helpline-directory/safety-helpline-directory.js';
import type { SafetyHelplineDirectory } from '../src/components/helpline-directory/safety-helpline-directory.js';
import { PAGE, addDirectory, entries, warmUp } from './support/big-list.js';

/**
 * The "Where this information comes from" disclosure of a 10,000-entry site list (issue 16): rendered only
 * when opened, for the cards listed above it (a page at a time), and following the search.
 */
const N = 10_000;

describe('<safety-helpline-directory> sources with 10,000 site entries', function () {
  this.timeout(180000);

  let el: SafetyHelplineDirectory | undefined;
  afterEach(() => el?.remove());

  const root = () => el!.shadowRoot!;
  const ids = (selector: string, attribute: (e: Element) => string | null) =>
    [...root().querySelectorAll(selector)].map(attribute).join(' ');
  const sourceIds = () => ids('.source-item', (e) => e.getAttribute('data-id'));
  const cardIds = () =>
    ids('[part="card"] [part="name"]', (e) => `big-${/number(\d+)/.exec(e.textContent ?? '')?.[1] ?? '?'}`);

  it('renders the sources only when opened, those of the cards listed, and follows "Show more" and the search', async () => {
    await warmUp();
    el = addDirectory(entries(N));
    await el.updateComplete;
    expect(root().querySelectorAll('.source-item').length, 'no sources before the disclosure opens').to.equal(0);
    const details = root().querySelector<HTMLDetailsElement>('[part~="sources"]')!;
    details.open = true;
    await waitUntil(() => root().querySelectorAll('.source-item').length > 0, 'sources render when opened', {
      timeout: 30000,
      interval: 10,
    });
    expect(root().querySelectorAll('.source-item').length).to.equal(PAGE);
    expect(sourceIds()).to.equal(cardIds());
    root().querySelector<HTMLButtonElement>('[part="more"]')!.click();
    await el.updateComplete;
    expect(root().querySelectorAll('.source-item').length).to.equal(2 * PAGE);
    expect(sourceIds()).to.equal(cardIds());
    const input = root().querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'number9999';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(sourceIds()).to.equal('big-9999');
    // Closing and opening again keeps what was rendered (nothing is rendered twice).
    const item = root().querySelector('.source-item');
    // Each change waits for its own toggle event and the render it may cause, not for a fixed time.
    const toggled = (d: HTMLDetailsElement) => new Promise((r) => d.addEventListener('toggle', r, { once: true }));
    let done = toggled(details);
    details.open = false;
    await done;
    await el.updateComplete;
    const again = root().querySelector<HTMLDetailsElement>('[part~="sources"]')!;
    done = toggled(again);
    again.open = true;
    await done;
    await el.updateComplete;
    expect(root().querySelector('.source-item') === item, 'the same source item').to.equal(true);
  });
});
