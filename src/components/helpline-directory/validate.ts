import { isIsoDate } from '../../internal/iso-date.js';
import { CATEGORIES, DAYS, type Helpline } from '../../data/helplines.js';
import { SERVICE_NATION_VALUES } from '../../internal/nation.js';
import { phoneDigits, phoneProblem } from '../../internal/phone.js';
import { warn } from '../../internal/warn.js';

/**
 * Run-time check of helpline data against `src/data/helplines.schema.json` (kept in step by a test),
 * plus what a schema cannot say: possible phone numbers, known wrong numbers, safe links, real times
 * and dates. Also used by `npm run check:data` on the bundled list.
 */

/** Numbers that older council and police pages still print (reference section 6). */
export const KNOWN_WRONG: Readonly<Record<string, string>> = {
  '08082020300': 'wrong number: the National Stalking Helpline is 0808 802 0300',
  '08453030900': 'outdated, chargeable number: Victim Support is 08 08 16 89 111',
  '08448044999': 'outdated number: NCDV is 0800 970 2070',
  '08002000247': 'wrong prefix: the National Domestic Abuse Helpline is 0808 2000 247',
  '02078408960': 'outdated number: Paladin is 020 3866 4107',
  '07501752741': 'number not found anywhere (Network for Surviving Stalking): remove it',
};

/** A check returns why a value is wrong, or nothing. `f` names the field. */
type Check = (v: unknown, f: string) => string | false | undefined;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const text: Check = (v, f) => !(typeof v === 'string' && v.trim()) && `${f} is not text`;
const bool: Check = (v, f) => typeof v !== 'boolean' && `${f} is not true or false`;
export { isIsoDate };

const date: Check = (v, f) => !isIsoDate(v) && `${f} is not a date (YYYY-MM-DD)`;
const oneOf =
  (allowed: readonly unknown[]): Check =>
  (v, f) =>
    !allowed.includes(v) && `${f} "${String(v)}" is not one of ${allowed.join(', ')}`;
const list =
  (each: Check, min = 0): Check =>
  (v, f) => {
    if (!Array.isArray(v) || v.length < min) return `${f} is not a list${min ? ' with an item' : ''}`;
    for (let i = 0; i < v.length; i++) {
      const p = each(v[i], `${f}[${i}]`);
      if (p) return p;
    }
    return undefined;
  };
/**
 * An absolute http(s) link with a plain host name (its last label starts with a letter, so it is never read
 * as an IPv4 address) and no spaces: `new URL` always accepts it. Checked first because a site list of
 * thousands has two links per entry, and `new URL` is most of the cost of reading it.
 */
const PLAIN_LINK = /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*(?::\d{1,4})?(?:[/?#]\S*)?$/i;
const link: Check = (v, f) => {
  if (typeof v !== 'string') return `${f} is not a link`;
  if (PLAIN_LINK.test(v.trim())) return undefined;
  try {
    return (
      !/^https?:$/.test(new URL(v.trim(), globalThis.document?.baseURI).protocol) &&
      `${f} "${v}" is not an https or http link`
    );
  } catch {
    return `${f} "${v}" is not a valid URL`;
  }
};
const phone: Check = (v, f) => {
  const p = phoneProblem(v);
  const wrong = !p && KNOWN_WRONG[phoneDigits(v as string).replace(/^\+44/, '0')];
  return p || wrong ? `${f}: ${p ?? `"${String(v)}" is a ${wrong}`}` : undefined;
};
const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const range: Check = (r, f) =>
  !(Array.isArray(r) && r.length === 2 && TIME.test(r[0]) && TIME.test(r[1]) && r[0] < r[1]) &&
  `${f} is not an ["HH:MM", "HH:MM"] opening time before a closing time`;

/** An object whose keys are checked (`true`: required); `strict` refuses other keys. */
const obj = (shape: Record<string, Check | [Check, true]>, strict = false): Check => {
  // Worked out once per shape, not per entry: a site may bring thousands of entries.
  const fields = Object.entries(shape).map(([k, c]) =>
    Array.isArray(c) ? ([k, c[0], c[1]] as const) : ([k, c, false] as const),
  );
  return (v, f) => {
    if (!isObj(v)) return `${f} is not an object`;
    const at = (k: string) => (f ? `${f}.${k}` : k);
    if (strict) for (const k in v) if (!(k in shape)) return `${at(k)} is an unknown key`;
    for (const [k, check, required] of fields) {
      const x = v[k];
      const p = x === undefined ? required && `${at(k)} is missing` : check(x, at(k));
      if (p) return p;
    }
    return undefined;
  };
};

const weekly = obj(
  {
    ...Object.fromEntries(DAYS.map((d) => [d, list(range)])),
    bankHolidays: oneOf(['closed', 'open']),
    closedOn: list(date),
  },
  true,
);
const hoursProblem: Check = (v, f) => v !== '24/7' && weekly(v, f);

const entry = obj({
  id: [
    (v, f) =>
      !(typeof v === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v)) &&
      `${f} is not lower-case words joined by hyphens`,
    true,
  ],
  name: [text, true],
  description: [text, true],
  operator: text,
  categories: [list(oneOf(CATEGORIES), 1), true],
  nations: list(oneOf(SERVICE_NATION_VALUES)),
  phones: list(obj({ number: [phone, true], label: text, free: bool, hiddenFromBill: bool })),
  texts: list(obj({ number: [phone, true], keyword: text })),
  email: (v, f) =>
    !(typeof v === 'string' && /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}$/i.test(v)) &&
    `${f} "${String(v)}" is not an email address`,
  website: link,
  webchat: obj({ url: [link, true], hours: hoursProblem }),
  hours: hoursProblem,
  interpreters: bool,
  bsl: text,
  source: [link, true],
  sourceDate: text,
  sourceNote: text,
  hoursSource: link,
  verifiedOn: [date, true],
  liveCheckedOn: date,
  hoursAsOf: (v, f) =>
    !(typeof v === 'string' && /^\d{4}-(?:0[1-9]|1[0-2])$/.test(v)) && `${f} is not a month (YYYY-MM)`,
  minAge: (v, f) =>
    !(Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 25) && `${f} is not an age from 1 to 25`,
  nationsInferred: bool,
  holidays: oneOf(['england-wales', 'scotland', 'northern-ireland']),
});

/** Why an entry is not valid helpline data, or `undefined` if it is. */
export function helplineProblem(h: unknown): string | undefined {
  return (
    entry(h, '') ||
    ((['phones', 'texts', 'email', 'website', 'webchat'] as const).some((k) => (h as Helpline)[k])
      ? undefined
      : 'it gives no way to get in touch')
  );
}

/** Up to this many bad entries are reported one warning each; more give one summary warning. */
export const MAX_ENTRY_WARNINGS = 5;

/**
 * Validates entries `start` to `end` of site data `all` (data read in slices: `ids` holds the ids read so
 * far, `problems` collects why entries were left out, for `reportProblems` once the whole list is read).
 */
function readSlice(
  all: readonly unknown[],
  from: string,
  start: number,
  end: number,
  ids: Set<string>,
  problems: string[],
): Helpline[] {
  const good: Helpline[] = [];
  for (let i = start; i < Math.min(end, all.length); i++) {
    const h = all[i] as Helpline;
    const problem = helplineProblem(h) ?? (ids.has(h.id) ? 'its id is used by an earlier entry' : undefined);
    if (problem)
      problems.push(
        `entry ${isObj(h) && typeof h.id === 'string' ? `"${h.id}"` : `#${i + 1}`} from ${from} is left out: ${problem}.`,
      );
    else {
      ids.add(h.id);
      good.push(h);
    }
  }
  return good;
}

/**
 * Reads site data a slice at a time (for the directory, in this module because only site data needs it):
 * each slice validates for `ms` milliseconds, `step` entries between looks at the clock (however long an
 * entry takes on this device), and the next slice runs in a new task, so thousands of entries never hold
 * the main thread. `use` receives the valid entries after the first slice (the first cards at once) and
 * when the whole list is read, not on every slice between (which would work the whole list out again each
 * time); bad entries are reported once the whole list is read. `end` is called when the list is read or
 * `stale()` says it is no longer wanted. Returns whether that happened in the first slice.
 */
export function readInSlices(
  all: readonly unknown[],
  from: string,
  ms: number,
  step: number,
  stale: () => boolean,
  use: (list: Helpline[], complete: boolean) => void,
  end: () => void,
): boolean {
  const ids = new Set<string>();
  const problems: string[] = [];
  const out: Helpline[] = [];
  let at = 0;
  const slice = (): boolean => {
    if (stale()) return true;
    const first = !at;
    const t0 = performance.now();
    do out.push(...readSlice(all, from, at, (at += step), ids, problems));
    while (at < all.length && performance.now() - t0 < ms);
    const complete = at >= all.length;
    if (complete) reportProblems(problems, all.length, from);
    if (first || complete) use(complete ? out : out.slice(), complete);
    return complete;
  };
  let finished = false;
  const next = () => {
    if ((finished = slice())) end();
    else setTimeout(next);
  };
  next();
  return finished;
}

/** One warning per bad entry, or, when more than `MAX_ENTRY_WARNINGS` are bad, one summary warning. */
function reportProblems(problems: readonly string[], total: number, from: string): void {
  if (problems.length > MAX_ENTRY_WARNINGS) {
    warn(
      '<safety-helpline-directory>',
      `${problems.length} of ${total} entries from ${from} are left out. The first ${MAX_ENTRY_WARNINGS}: ${problems.slice(0, MAX_ENTRY_WARNINGS).join(' ')}`,
    );
  } else {
    for (const p of problems) warn('<safety-helpline-directory>', p);
  }
}

/** The list in site data (an array, or `{ "helplines": [...] }`), or `undefined` with one warning. */
export function helplineList(data: unknown, from: string): unknown[] | undefined {
  const all = isObj(data) ? data.helplines : data;
  if (Array.isArray(all)) return all;
  warn(
    '<safety-helpline-directory>',
    `${from} is not a list of helplines (an array, or an object with a "helplines" array); it is ignored.`,
  );
  return undefined;
}

/**
 * Site data (an array, or `{ "helplines": [...] }`) → the valid entries. Each bad entry is left out
 * with one console warning naming its id (or position) and the reason; so is a repeated id. When more
 * than `MAX_ENTRY_WARNINGS` entries are bad (a list of the wrong shape), one summary warning counts
 * them and names the first few instead of flooding the console. (The directory reads a big list in
 * slices with `readInSlices` and reports once at the end.)
 */
export function readHelplines(data: unknown, from: string): Helpline[] {
  const all = helplineList(data, from);
  if (!all) return [];
  const problems: string[] = [];
  const good = readSlice(all, from, 0, all.length, new Set<string>(), problems);
  reportProblems(problems, all.length, from);
  return good;
}
