import { expect, waitUntil } from '@open-wc/testing';
import '../src/components/helpline-directory/safety-helpline-directory.js';
import type { SafetyHelplineDirectory } from '../src/components/helpline-directory/safety-helpline-directory.js';
import { addDirectory, entries, timerProbe, warmUp } from './support/big-list.js';

/**
 * The "Where this information comes from" disclosure of a 10,000-entry site list (issue 16): rendered only
 * when opened, in blocks over many tasks. Its own file: the 10,000-card tests take most of a file's time.
 */
const N = 10_000;

describe('<safety-helpline-directory> sources with 10,000 site entries', function () {
  this.timeout(180000);

  let el: SafetyHelplineDirectory | undefined;
  afterEach(() => el?.remove());

  const root = () => el!.shadowRoot!;

  it('renders the sources disclosure only when opened, over many tasks, every entry in the end', async () => {
    const list = entries(N);
    await warmUp();
    el = addDirectory(list);
    await el!.updateComplete;
    const items = () => root().querySelectorAll('.source-item').length;
    expect(items(), 'no sources before the disclosure opens').to.equal(0);
    const probe = timerProbe();
    const details = root().querySelector<HTMLDetailsElement>('[part~="sources"]')!;
    details.open = true;
    // The toggle event, then the first block of sources, in a task of their own.
    await waitUntil(() => items() > 0, 'sources render when opened', { timeout: 30000, interval: 10 });
    const start = probe.ticks;
    expect(items() < N, `${items()} sources in the first task`).to.equal(true);
    await waitUntil(() => items() === N, 'every source is rendered in the end', { timeout: 150000, interval: 100 });
    const ticks = probe.ticks - start;
    probe.stop();
    expect(ticks, 'timer runs while the sources are rendered').to.be.greaterThan(5);
    const last = root().querySelector('.source-item:last-of-type');
    expect([...root().querySelectorAll('.source-item')].at(-1)!.getAttribute('data-id')).to.equal(`big-${N - 1}`);
    expect(last?.getAttribute('role')).to.equal('listitem');
    // Closing and opening again keeps what was rendered (nothing is rendered twice).
    const firstItem = root().querySelector('.source-item');
    details.open = false;
    await new Promise((r) => setTimeout(r, 50));
    details.open = true;
    await new Promise((r) => setTimeout(r, 50));
    expect(root().querySelector('.source-item') === firstItem, 'the same first source item').to.equal(true);
    expect(items()).to.equal(N);
  });
});
