import { CATEGORIES, DAYS, NATIONS, type Helpline } from '../../data/helplines.js';
import { phoneDigits, phoneProblem } from '../../internal/phone.js';
import { warn } from '../../internal/warn.js';

/**
 * Run-time check of helpline data against `src/data/helplines.schema.json` (kept in step by a test),
 * plus what a schema cannot say: possible phone numbers, safe links, real times and dates.
 * Also used by `npm run check:data` on the bundled list.
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

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const EMAIL = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}$/i;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

export function isIsoDate(v: unknown): v is string {
  // WebKit reads "2026-02-31" as an invalid date, others roll it over: both are refused.
  const d = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : undefined;
  return !!d && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v as string);
}

function linkProblem(v: unknown, field: string): string | undefined {
  if (!isStr(v)) return `${field} is not a link`;
  try {
    const { protocol } = new URL(v.trim(), globalThis.document?.baseURI);
    return protocol === 'https:' || protocol === 'http:' ? undefined : `${field} "${v}" is not an https or http link`;
  } catch {
    return `${field} "${v}" is not a valid URL`;
  }
}

function numberProblem(v: unknown, field: string): string | undefined {
  const p = phoneProblem(v);
  if (p) return `${field}: ${p}`;
  const wrong = KNOWN_WRONG[phoneDigits(v as string).replace(/^\+44/, '0')];
  return wrong && `${field} "${v}": ${wrong}`;
}

function listProblem<T>(v: unknown, field: string, each: (x: unknown, f: string) => string | undefined): string | undefined {
  if (!Array.isArray(v)) return `${field} is not a list`;
  for (const [i, x] of v.entries()) {
    const p = each(x as T, `${field}[${i}]`);
    if (p) return p;
  }
  return undefined;
}

export function hoursProblem(v: unknown, field = 'hours'): string | undefined {
  if (v === '24/7') return undefined;
  if (!isObj(v)) return `${field} is neither "24/7" nor a weekly timetable`;
  for (const [key, value] of Object.entries(v)) {
    if (key === 'bankHolidays') {
      if (value !== 'closed' && value !== 'open') return `${field}.bankHolidays is not "closed" or "open"`;
    } else if (key === 'closedOn') {
      const p = listProblem(value, `${field}.closedOn`, (d, f) => (isIsoDate(d) ? undefined : `${f} is not a date (YYYY-MM-DD)`));
      if (p) return p;
    } else if ((DAYS as readonly string[]).includes(key)) {
      const p = listProblem(value, `${field}.${key}`, (r, f) =>
        Array.isArray(r) && r.length === 2 && TIME.test(String(r[0])) && TIME.test(String(r[1])) && String(r[0]) < String(r[1])
          ? undefined
          : `${f} is not an ["HH:MM", "HH:MM"] opening time before a closing time`,
      );
      if (p) return p;
    } else return `${field} has an unknown key "${key}"`;
  }
  return undefined;
}

/** Why an entry is not valid helpline data, or `undefined` if it is. */
export function helplineProblem(h: unknown): string | undefined {
  if (!isObj(h)) return 'it is not an object';
  const { id, phones, texts, email, website, webchat, hours, nations, categories, operator, bsl } = h;
  const checks: Array<() => string | undefined> = [
    () => (typeof id === 'string' && ID.test(id) ? undefined : 'id is missing or not lower-case words joined by hyphens'),
    () => (isStr(h.name) ? undefined : 'name is missing'),
    () => (isStr(h.description) ? undefined : 'description is missing'),
    () => (operator === undefined || isStr(operator) ? undefined : 'operator is not text'),
    () => (bsl === undefined || isStr(bsl) ? undefined : 'bsl is not text'),
    () => (h.interpreters === undefined || typeof h.interpreters === 'boolean' ? undefined : 'interpreters is not true or false'),
    () =>
      Array.isArray(categories) && categories.length
        ? listProblem(categories, 'categories', (c, f) => ((CATEGORIES as readonly unknown[]).includes(c) ? undefined : `${f} "${String(c)}" is not a known category`))
        : 'categories is missing',
    () =>
      nations === undefined
        ? undefined
        : listProblem(nations, 'nations', (n, f) => ((NATIONS as readonly unknown[]).includes(n) ? undefined : `${f} "${String(n)}" is not a nation`)),
    () =>
      phones === undefined
        ? undefined
        : listProblem(phones, 'phones', (p, f) =>
            !isObj(p)
              ? `${f} is not an object`
              : numberProblem(p.number, `${f}.number`) ??
                (p.label === undefined || isStr(p.label) ? undefined : `${f}.label is not text`) ??
                (['free', 'hiddenFromBill'].some((k) => p[k] !== undefined && typeof p[k] !== 'boolean') ? `${f}.free or hiddenFromBill is not true or false` : undefined),
          ),
    () =>
      texts === undefined
        ? undefined
        : listProblem(texts, 'texts', (t, f) =>
            !isObj(t) ? `${f} is not an object` : numberProblem(t.number, `${f}.number`) ?? (t.keyword === undefined || isStr(t.keyword) ? undefined : `${f}.keyword is not text`),
          ),
    () => (email === undefined || (typeof email === 'string' && EMAIL.test(email)) ? undefined : `email "${String(email)}" is not an email address`),
    () => (website === undefined ? undefined : linkProblem(website, 'website')),
    () =>
      webchat === undefined
        ? undefined
        : !isObj(webchat)
          ? 'webchat is not an object'
          : linkProblem(webchat.url, 'webchat.url') ?? (webchat.hours === undefined ? undefined : hoursProblem(webchat.hours, 'webchat.hours')),
    () => (hours === undefined ? undefined : hoursProblem(hours)),
    () => linkProblem(h.source, 'source'),
    () => (isIsoDate(h.verifiedOn) ? undefined : 'verifiedOn is missing or not a date (YYYY-MM-DD)'),
    () => (phones || texts || email || website || webchat ? undefined : 'it gives no way to get in touch'),
  ];
  for (const check of checks) {
    const p = check();
    if (p) return p;
  }
  return undefined;
}

const SOURCE = '<safety-helpline-directory>';

/**
 * Site data (an array, or `{ "helplines": [...] }`) → the valid entries. Each bad entry is left out
 * with one console warning naming its id (or position) and the reason; so is a repeated id.
 */
export function readHelplines(data: unknown, from: string): Helpline[] {
  const list = isObj(data) ? data.helplines : data;
  if (!Array.isArray(list)) {
    warn(SOURCE, `${from} is not a list of helplines (an array, or an object with a "helplines" array); it is ignored.`);
    return [];
  }
  const out: Helpline[] = [];
  const ids = new Set<string>();
  list.forEach((h: unknown, i) => {
    const name = isObj(h) && typeof h.id === 'string' ? `"${h.id}"` : `#${i + 1}`;
    const problem = helplineProblem(h) ?? (ids.has((h as Helpline).id) ? 'its id is used by an earlier entry' : undefined);
    if (problem) warn(SOURCE, `entry ${name} from ${from} is left out: ${problem}.`);
    else {
      ids.add((h as Helpline).id);
      out.push(h as Helpline);
    }
  });
  return out;
}
