import type { SafetyHelplineDirectory } from '../../src/components/helpline-directory/safety-helpline-directory.js';

// Site lists of thousands of entries for the directory's big-list tests (test/helpline-directory-*big.test.ts).

/** Cards the directory lists at first and adds with each "Show more services" (its PAGE). */
export const PAGE = 25;

const CATEGORIES = ['stalking', 'domestic-abuse', 'victims', 'lgbt', 'men', 'legal-help'];
export const WORDS = ['stalking', 'domestic', 'abuse', 'advice', 'support', 'local', 'county', 'housing', 'refuge'];
const day = [['09:00', '17:00']];
/** Site entries like a county's own list: valid, every one different. */
export const entries = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `big-${i}`,
    name: `${WORDS[i % WORDS.length]} service number${i}`,
    operator: `Operator ${i % 37}`,
    description: `A ${WORDS[(i * 5) % WORDS.length]} service for area ${i}.`,
    phones: [{ number: `01632 ${String(960000 + (i % 1000)).slice(0, 3)} ${String(i % 1000).padStart(3, '0')}` }],
    website: `https://example.org/service/${i}`,
    hours: i % 3 === 0 ? '24/7' : { mon: day, tue: day, wed: day, thu: day, fri: day, bankHolidays: 'closed' },
    nations: ['england'],
    categories: [CATEGORIES[i % CATEGORIES.length]],
    source: `https://example.org/service/${i}`,
    verifiedOn: '2026-10-01',
  }));

/** A chain of zero-delay timers: how many times the page ran a task of its own while the directory worked. */
export function timerProbe() {
  let ticks = 0;
  let running = true;
  const tick = () => {
    ticks++;
    if (running) setTimeout(tick);
  };
  setTimeout(tick);
  return {
    get ticks() {
      return ticks;
    },
    stop: () => (running = false),
  };
}

/** Loads site-data validation (as on a page that used it once), then lets the page settle before measuring. */
export async function warmUp(): Promise<void> {
  const warm = document.createElement('safety-helpline-directory') as SafetyHelplineDirectory;
  warm.helplines = entries(1);
  document.body.append(warm);
  await warm.updateComplete;
  warm.remove();
  await new Promise((r) => setTimeout(r, 100));
}

/** A directory with only `list` (no bundled entries), added to the page. */
export function addDirectory(list: unknown[]): SafetyHelplineDirectory {
  const el = document.createElement('safety-helpline-directory') as SafetyHelplineDirectory;
  el.setAttribute('no-bundled', '');
  el.helplines = list;
  document.body.append(el);
  return el;
}
