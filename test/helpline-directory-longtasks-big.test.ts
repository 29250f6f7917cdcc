import { expect } from '@open-wc/testing';
import '../src/components/helpline-directory/safety-helpline-directory.js';
import type { SafetyHelplineDirectory } from '../src/components/helpline-directory/safety-helpline-directory.js';
import { addDirectory, entries, warmUp } from './support/big-list.js';

/**
 * A site list of 10,000 entries (issues 13 and 16), in Chromium, where the Long Tasks API exists: no task
 * comes near holding the page for a noticeable time while it is read, searched and paged.
 */
const N = 10_000;
/**
 * Far above the bench's 50 ms target: the Long Tasks API measures wall-clock time, and on a loaded 2-core
 * machine a traced slice of under 50 ms of CPU time was seen to take up to 1.2 s while the system ran other
 * work. Reading or rendering the whole list in one task (seconds at 1x) still fails it.
 */
const LONG_TASK_BOUND_MS = 2000;

/** Long tasks seen while `fn` runs (Chromium only: `null` where the Long Tasks API does not exist). */
async function longTasksDuring(fn: () => Promise<void>): Promise<number[] | null> {
  if (!PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
    await fn();
    return null;
  }
  const long: number[] = [];
  const observer = new PerformanceObserver((list) => long.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({ type: 'longtask' });
  try {
    await fn();
    // Entries are delivered after their task: one more task before reading them.
    await new Promise((r) => setTimeout(r, 50));
    long.push(...observer.takeRecords().map((e) => e.duration));
  } finally {
    observer.disconnect();
  }
  return long;
}

describe('<safety-helpline-directory> with 10,000 site entries: long tasks', function () {
  // 10,000 entries read and indexed in slices: seconds, more on a loaded machine.
  this.timeout(180000);

  let el: SafetyHelplineDirectory | undefined;
  afterEach(() => el?.remove());

  const root = () => el!.shadowRoot!;

  it(`no task over ${LONG_TASK_BOUND_MS} ms from setting the list to it read, searched and paged (Chromium: Long Tasks API)`, async function () {
    // Named reason: the Long Tasks API (PerformanceObserver type "longtask") exists only in Chromium.
    if (!PerformanceObserver.supportedEntryTypes?.includes('longtask')) this.skip();
    const list = entries(N);
    await warmUp();
    const long = await longTasksDuring(async () => {
      el = addDirectory(list);
      await el!.updateComplete;
      // The first search indexes every entry (in slices); a broad search, then the next pages of it.
      const input = root().querySelector<HTMLInputElement>('input[type="search"]')!;
      for (const value of ['s', 'st', 'stalking']) {
        input.value = value;
        input.dispatchEvent(new Event('input'));
        await el!.updateComplete;
      }
      for (let i = 0; i < 4; i++) {
        root().querySelector<HTMLButtonElement>('[part="more"]')!.click();
        await el!.updateComplete;
      }
      expect(root().querySelectorAll('[part="card"]').length).to.equal(125);
    });
    const longest = Math.round(Math.max(0, ...(long ?? [])));
    expect(longest, `longest task ${longest} ms (the bench measures the 50 ms target)`).to.be.at.most(
      LONG_TASK_BOUND_MS,
    );
  });
});
